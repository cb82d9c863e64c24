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
    /**
     * Starts only where a run of digits starts and never gives back digits or spaces: a long run of either without a
     * unit after it was rescanned from each of its characters.
     */
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<!\\d)(\\d++(?:\\.\\d++)?)\\s*+(万|亿)?(余|多)?\\s*+(" + UNITS + ")(以上|左右|以内|以下|及以上)?");
    private static final String BOUNDARIES = "，。；：！？,;:!?（）()【】\n";
    private static final String SENTENCE_ENDS = "。；！？;!?\n";
    /** A target's clause is shown up to this many characters either side of its figure. */
    private static final int CLAUSE_REACH = 100;
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
    static List<Target> read(String text, Integer planYear, ReadDeadline readDeadline) {
        boolean[] masked = maskQuotedAndTitles(text);
        Deadlines deadlines = new Deadlines(text, planYear);
        List<Target> targets = new ArrayList<>();
        Matcher matcher = QUANTITY.matcher(text);
        while (matcher.find() && targets.size() <= PlanReader.MAX_TARGETS) {
            readDeadline.check();
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
                    comparator(text, start, matcher.group(3), matcher.group(5)), deadlines.before(start)));
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

    /**
     * The clause stating the target: between the punctuation marks around it, at most {@link #CLAUSE_REACH}
     * characters either side of the figure (a clause of thousands of figures would otherwise be repeated for each).
     */
    private static String clause(String text, int start, int end) {
        int from = start;
        while (from > 0 && start - from < CLAUSE_REACH && BOUNDARIES.indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        int to = end;
        while (to < text.length() && to - end < CLAUSE_REACH && BOUNDARIES.indexOf(text.charAt(to)) < 0) {
            to++;
        }
        return text.substring(from, to).strip();
    }

    /**
     * The last deadline a sentence gives before each target: 到2027年, 2025年6月底前, 年内, 9月底前. Each sentence is
     * read once, when the first target in it is asked for; targets are asked for in the order of the text.
     */
    private static final class Deadlines {
        private final String text;
        private final Integer planYear;
        private int sentenceFrom;
        private int sentenceTo = -1;
        /** The deadline stated at each position of the current sentence, null where none starts. */
        private LocalDate[] stated;
        private int read;
        private LocalDate last;

        Deadlines(String text, Integer planYear) {
            this.text = text;
            this.planYear = planYear;
        }

        LocalDate before(int start) {
            if (start >= sentenceTo) {
                enterSentenceAt(start);
            }
            for (; read < start - sentenceFrom; read++) {
                if (stated[read] != null) {
                    last = stated[read];
                }
            }
            return last;
        }

        /**
         * A year counts unless it is compared with (比2020年) or names something (《2025年…》); a month or 年内 counts
         * when the plan's year is known and it has no year of its own. Of those, the last before the target wins.
         */
        private void enterSentenceAt(int start) {
            sentenceFrom = start;
            while (sentenceFrom > 0 && SENTENCE_ENDS.indexOf(text.charAt(sentenceFrom - 1)) < 0) {
                sentenceFrom--;
            }
            sentenceTo = start;
            while (sentenceTo < text.length() && SENTENCE_ENDS.indexOf(text.charAt(sentenceTo)) < 0) {
                sentenceTo++;
            }
            stated = new LocalDate[sentenceTo - sentenceFrom];
            read = 0;
            last = null;
            Matcher year = YEAR_DEADLINE.matcher(text).region(sentenceFrom, sentenceTo);
            while (year.find()) {
                int value = Integer.parseInt(year.group(3));
                boolean titled = year.start() > sentenceFrom && text.charAt(year.start() - 1) == '《';
                if (year.group(1) == null && value >= 2000 && value <= 2100 && !titled) {
                    stated[year.start() - sentenceFrom] = endOf(value, year.group(4));
                }
            }
            if (planYear == null) {
                return;
            }
            Matcher month = MONTH_DEADLINE.matcher(text).region(sentenceFrom, sentenceTo);
            while (month.find()) {
                if (!(month.start() > sentenceFrom && text.charAt(month.start() - 1) == '年')) {
                    stated[month.start() - sentenceFrom] = endOf(planYear, month.group(1));
                }
            }
            Matcher thisYear = THIS_YEAR.matcher(text).region(sentenceFrom, sentenceTo);
            while (thisYear.find()) {
                char before = thisYear.start() > sentenceFrom ? text.charAt(thisYear.start() - 1) : ' ';
                if (!Character.isDigit(before) && before != '年') {
                    stated[thisYear.start() - sentenceFrom] = LocalDate.of(planYear, 12, 31);
                }
            }
        }
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
