package org.policyflow.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policyflow.plan.Plan.Target;

/**
 * Finds quantitative commitments in an item's text: a number in Arabic digits with a unit of count, share, score or
 * money ("突破6万人", "不少于200项", "20个以上", "500家左右", "达到96%"). Numbers that are not commitments are skipped:
 * years and dates, ordinals (第89次), numbers inside titles 《…》 and quoted names “…”, and numbers in words (三同,
 * 一企一策, 十五五), which real plans do not use for targets.
 */
final class TargetReader {

    static final String AT_LEAST = "AT_LEAST";
    static final String MORE_THAN = "MORE_THAN";
    static final String ABOUT = "ABOUT";
    static final String REACH = "REACH";
    static final String AT_MOST = "AT_MOST";

    /** Longest first, so that 个百分点 wins over 个 and 人次 over 人. */
    private static final String UNITS = "个百分点|个工作日|平方公里|平方米|万千瓦|千瓦时|千瓦|兆瓦|千米|千克|公里|公顷|人次|家次|场次|户次"
            + "|万元|亿元|元|人|名|家|个|项|台|套|条|分|所|座|处|户|件|辆|艘|架|批|次|场|种|款|部|篇|门|张|吨|亩|米|倍|%|‰";
    private static final Pattern QUANTITY = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(万|亿)?(余|多)?\\s*(" + UNITS + ")(以上|左右|以内|以下|及以上)?");
    private static final Pattern BOUNDARY = Pattern.compile("[，。；：！？,;:!?（）()【】\\n]");
    private static final Pattern SENTENCE_END = Pattern.compile("[。；！？;!?\\n]");
    private static final Pattern YEAR_DEADLINE = Pattern.compile(
            "(比|较|相比|对比|同比|与)?(到|至|截至|截止|于|在)?(\\d{4})\\s*年\\s*(?:(\\d{1,2})\\s*月)?\\s*(底|末|前|内)?");
    private static final Pattern MONTH_DEADLINE = Pattern.compile("(\\d{1,2})\\s*月\\s*(?:(?:底|末)前?|前)");
    private static final Pattern THIS_YEAR = Pattern.compile("年内|年底前|年底|年末|年度内|全年");
    private static final String[][] PREFIXES = {
            {"不少于", AT_LEAST}, {"不低于", AT_LEAST}, {"不小于", AT_LEAST}, {"至少", AT_LEAST}, {"突破", AT_LEAST},
            {"不超过", AT_MOST}, {"不高于", AT_MOST}, {"不多于", AT_MOST}, {"控制在", AT_MOST}, {"压缩至", AT_MOST},
            {"压减至", AT_MOST}, {"缩短至", AT_MOST}, {"降至", AT_MOST}, {"降低至", AT_MOST}, {"低于", AT_MOST},
            {"超过", MORE_THAN}, {"多于", MORE_THAN}, {"高于", MORE_THAN}, {"逾", MORE_THAN}, {"超", MORE_THAN},
            {"大约", ABOUT}, {"约", ABOUT},
    };

    private TargetReader() {
    }

    /**
     * @param text     the item's text without its responsibility note
     * @param planYear the plan's year, for deadlines such as 年内 or 6月底前 (may be null)
     */
    static List<Target> read(String text, Integer planYear) {
        boolean[] masked = maskQuotedAndTitles(text);
        List<Target> targets = new ArrayList<>();
        Matcher matcher = QUANTITY.matcher(text);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            if (masked[start] || !standsAlone(text, start, end, matcher.group(4))) {
                continue;
            }
            BigDecimal value = new BigDecimal(matcher.group(1));
            String unit = matcher.group(4);
            if ("万".equals(matcher.group(2))) {
                value = value.multiply(BigDecimal.valueOf(10_000));
            } else if ("亿".equals(matcher.group(2))) {
                value = value.multiply(BigDecimal.valueOf(100_000_000));
            }
            // money is reported in 万元 in Chinese government statistics
            if (unit.equals("亿元")) {
                value = value.multiply(BigDecimal.valueOf(10_000));
                unit = "万元";
            } else if (unit.equals("元") && matcher.group(2) != null) {
                value = value.divide(BigDecimal.valueOf(10_000));
                unit = "万元";
            } else if (unit.equals("万元") && matcher.group(2) != null) {
                value = value.multiply(BigDecimal.valueOf(10_000));
            }
            targets.add(new Target(clause(text, start, end), plain(value), unit,
                    comparator(text, start, matcher.group(3), matcher.group(5)), deadline(text, start, planYear)));
        }
        return targets;
    }

    /** 60000 rather than 6E+4: plain digits in JSON and in the database. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** Not part of a code or a longer token (5G, H7N9, 12315), not an ordinal, a date or a duration. */
    private static boolean standsAlone(String text, int start, int end, String unit) {
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        char after = end < text.length() ? text.charAt(end) : ' ';
        if (before == '第' || before == '.' || Character.isLetterOrDigit(before) && before < 128
                || after < 128 && Character.isLetter(after)) {
            return false;
        }
        String rest = text.substring(end, Math.min(text.length(), end + 2));
        return switch (unit) {
            case "个" -> !rest.startsWith("月") && !rest.startsWith("小时") && !rest.startsWith("季度")
                    && !rest.startsWith("星期");
            case "分" -> !rest.startsWith("钟") && !rest.startsWith("之");
            case "次" -> !rest.startsWith("会议") && !rest.startsWith("常务");
            case "部" -> !rest.startsWith("门");
            default -> true;
        };
    }

    private static String comparator(String text, int start, String approximately, String suffix) {
        if (suffix != null) {
            return switch (suffix) {
                case "以上", "及以上" -> AT_LEAST;
                case "左右" -> ABOUT;
                default -> AT_MOST;
            };
        }
        if (approximately != null) {
            return MORE_THAN;
        }
        String before = text.substring(Math.max(0, start - 4), start).strip();
        for (String[] prefix : PREFIXES) {
            if (before.endsWith(prefix[0])) {
                return prefix[1];
            }
        }
        return REACH;
    }

    /** The clause stating the target: between the punctuation marks around it. */
    private static String clause(String text, int start, int end) {
        int from = 0;
        Matcher boundary = BOUNDARY.matcher(text);
        while (boundary.find() && boundary.start() < start) {
            from = boundary.end();
        }
        int to = text.length();
        if (boundary.find(end)) {
            to = boundary.start();
        }
        return text.substring(from, to).strip();
    }

    /** The last deadline the sentence gives before the target: 到2027年, 2025年6月底前, 年内, 9月底前. */
    private static LocalDate deadline(String text, int start, Integer planYear) {
        int from = 0;
        Matcher end = SENTENCE_END.matcher(text);
        while (end.find() && end.start() < start) {
            from = end.end();
        }
        String sentence = text.substring(from, start);
        LocalDate deadline = null;
        int position = -1;
        Matcher year = YEAR_DEADLINE.matcher(sentence);
        while (year.find()) {
            int value = Integer.parseInt(year.group(3));
            if (year.group(1) != null || value < 2000 || value > 2100 || sentence.startsWith("《", year.start() - 1)) {
                continue;
            }
            deadline = endOf(value, year.group(4));
            position = year.start();
        }
        if (planYear != null) {
            Matcher month = MONTH_DEADLINE.matcher(sentence);
            while (month.find()) {
                boolean hasOwnYear = month.start() > 0 && sentence.charAt(month.start() - 1) == '年';
                if (!hasOwnYear && month.start() > position) {
                    deadline = endOf(planYear, month.group(1));
                    position = month.start();
                }
            }
            Matcher thisYear = THIS_YEAR.matcher(sentence);
            while (thisYear.find()) {
                char before = thisYear.start() > 0 ? sentence.charAt(thisYear.start() - 1) : ' ';
                boolean hasOwnYear = Character.isDigit(before) || before == '年';
                if (!hasOwnYear && thisYear.start() > position) {
                    deadline = LocalDate.of(planYear, 12, 31);
                    position = thisYear.start();
                }
            }
        }
        return deadline;
    }

    private static LocalDate endOf(int year, String month) {
        if (month == null) {
            return LocalDate.of(year, 12, 31);
        }
        int m = Integer.parseInt(month);
        return m >= 1 && m <= 12 ? YearMonth.of(year, m).atEndOfMonth() : LocalDate.of(year, 12, 31);
    }

    /** Marks the characters inside 《…》 and quotation marks, where numbers name things instead of committing to them. */
    private static boolean[] maskQuotedAndTitles(String text) {
        boolean[] masked = new boolean[text.length() + 1];
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '《') {
                depth++;
            } else if (c == '》' && depth > 0) {
                depth--;
            } else if (c == '“') {
                quoted = true;
            } else if (c == '”') {
                quoted = false;
            }
            masked[i] = depth > 0 || quoted;
        }
        return masked;
    }
}
