package org.policyflow.plan;

import java.time.DateTimeException;
import java.time.LocalDate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.regex.Pattern;

import org.policyflow.department.BodyDirectory;
import org.policyflow.plan.Plan.Item;
import org.policyflow.plan.Plan.NamedBody;
import org.policyflow.plan.Plan.Section;
import org.policyflow.plan.Plan.Warning;
import org.policyflow.plan.ResponsibilityReader.Responsibility;

/**
 * Reads a Chinese government action plan (行动方案、实施方案、实施意见、工作要点) from plain text into a {@link Plan}.
 *
 * <p>The document is cut into numbered blocks: 一、 (sections), （一） and 1. (items or sub-headings). Which level
 * holds the action items is decided by where the responsibility notes are, so "（一）" items under "一、" headings,
 * "1." items under "（一）" headings and items numbered straight through across sections are all read. Framing
 * sections (总体要求、保障措施 …) hold no items unless a paragraph there names responsible bodies. Pure Java: the
 * command line uses it without Spring.
 */
final class PlanReader {

    private static final Pattern LEVEL0 = Pattern.compile("^第([一二三四五六七八九十]{1,3})(部分|章)\\s*+(.*)$");
    private static final Pattern LEVEL1 = Pattern.compile("^([一二三四五六七八九十]{1,3})\\s*+[、．.]\\s*+(.*)$");
    private static final Pattern LEVEL2 = Pattern.compile("^([（(]\\s*[一二三四五六七八九十]{1,3}\\s*[）)])\\s*+[、．.]?\\s*+(.*)$");
    private static final Pattern LEVEL3 = Pattern.compile("^(\\d{1,3})\\s*+[.．、](?!\\d)\\s*+(.*)$");
    private static final Pattern DOC_NUMBER = Pattern.compile(
            "([\\p{IsHan}]{1,16})\\s*[〔\\[［【(（]\\s*(\\d{4})\\s*[〕\\]］】)）]\\s*(\\d{1,4})\\s*号");
    private static final Pattern META = Pattern.compile(
            "^(发布时间|发布日期|成文日期|发文日期|印发日期|发文部门|发文机关|发文单位|发布机构|标题|文号|发文字号)\\s*+[:：]\\s*+(.*)$");
    private static final Pattern DATE_LINE = Pattern.compile("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})");
    private static final Pattern TITLE_LINE = Pattern.compile(
            "^[^。，；：:]{4,80}(行动方案|实施方案|工作方案|行动计划|工作计划|实施意见|指导意见|工作要点|若干措施|实施细则|三年行动)"
                    + "\\s*([（(][^）)]{0,20}[）)])?$");
    private static final Pattern QUOTED_TITLE = Pattern.compile("《([^》]{4,100}(方案|计划|意见|要点|措施|细则)[^》]{0,20})》");
    private static final Pattern NOTICE_TITLE = Pattern.compile("关于印发(.{4,100}?)的通知");
    private static final Pattern YEAR_IN_TITLE = Pattern.compile("(\\d{4})\\s*(年|—|-|－|～|~|至)");
    private static final Pattern FRAMING = Pattern.compile("^(总体要求|指导思想|基本原则|工作原则|总体目标|主要目标|工作目标|发展目标"
            + "|行动目标|保障措施|组织保障|保障机制|工作要求|组织实施|实施步骤|工作步骤|进度安排|时间安排|推进步骤|适用范围|总体思路|工作机制)");
    private static final Pattern STOP = Pattern.compile("^(抄送|印发|主送)\\s*[:：]");
    private static final Pattern APPENDIX = Pattern.compile("^附件\\s*\\d*\\s*[:：]?");
    private static final Pattern CLOSING = Pattern.compile("^[（(]此件[^）)]*[）)]$");
    private static final String OPENERS = "（(<〈【";
    private static final String CLOSERS = "）)>〉】";
    /** What may end an item's text after its closing note: 。；;.，, and white space. */
    private static final String NOTE_TRAILERS = "。；;.，, \t\n\u000B\f\r";
    /** Real items state a handful of targets; more are a generated text, and each would repeat its clause. */
    static final int MAX_TARGETS = 50;

    private final BodyDirectory directory;

    PlanReader(BodyDirectory directory) {
        this.directory = directory;
    }

    /** One numbered paragraph with the unnumbered lines that follow it. */
    private static final class Block {
        final int level;
        final String label;
        final int line;
        final StringBuilder text;
        final List<String> noteLines = new ArrayList<>();
        final List<Block> ancestors;
        private String heading;

        Block(int level, String label, String firstLine, int line, List<Block> ancestors) {
            this.level = level;
            this.label = label;
            this.text = new StringBuilder(firstLine);
            this.line = line;
            this.ancestors = ancestors;
        }

        /** Read once the text is complete: every block below asks for its ancestors' headings. */
        String heading() {
            if (heading == null) {
                heading = sentence(text.toString());
            }
            return heading;
        }

        boolean framing() {
            return FRAMING.matcher(heading()).find()
                    || ancestors.stream().anyMatch(a -> FRAMING.matcher(a.heading()).find());
        }
    }

    /** The responsibility note found in a block: the bracketed remark closing it, or lines such as 责任单位：…. */
    private record Note(String text, String content, int start, int end) {
    }

    /**
     * @throws PlanTextException if no numbered items are found: the text is not a plan
     */
    public Plan read(String source) {
        return read(source, ReadDeadline.NONE);
    }

    /**
     * @throws PlanTooComplexException if the deadline passes first
     * @throws PlanTextException       if no numbered items are found: the text is not a plan
     */
    Plan read(String source, ReadDeadline deadline) {
        String[] lines = PlanText.normalise(source).split("\n", -1);
        ResponsibilityReader responsibilities = new ResponsibilityReader(directory, deadline);
        TaskTable.Found table = TaskTable.find(lines, deadline);
        Map<String, String> meta = new LinkedHashMap<>();
        List<String> preamble = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        String issuer = null;
        LocalDate signed = null;
        Block current = null;
        Block[] open = new Block[4];
        boolean appendix = false;
        for (int i = 0; i < lines.length; i++) {
            deadline.check();
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (STOP.matcher(line).find()) {
                break;
            }
            if (table.tableLines()[i]) {
                continue;
            }
            Matcher metaLine = META.matcher(line);
            if (metaLine.matches() && blocks.isEmpty()) {
                meta.putIfAbsent(metaLine.group(1), metaLine.group(2).strip());
                continue;
            }
            Matcher date = DATE_LINE.matcher(line);
            if (date.matches() || CLOSING.matcher(line).matches()) {
                if (date.matches() && signed == null) {
                    signed = date(date.group(1), date.group(2), date.group(3));
                    String previous = i > 0 ? lines[i - 1].strip() : "";
                    if (issuer == null && previous.length() <= 40 && !previous.matches(".*[。，,；：:].*")) {
                        issuer = previous;
                        removeSignature(previous, current, preamble);
                    }
                }
                current = null;
                continue;
            }
            if (APPENDIX.matcher(line).lookingAt() && !blocks.isEmpty() && line.length() < 60) {
                appendix = true;
            }
            if (appendix) {
                continue;
            }
            Block block = numbered(line, i + 1, open);
            if (block != null) {
                blocks.add(block);
                current = block;
            } else if (current != null) {
                if (isOwnLineNote(line, responsibilities)) {
                    current.noteLines.add(line);
                } else {
                    current.text.append('\n').append(line);
                }
            } else {
                preamble.add(line);
            }
        }

        List<Warning> warnings = new ArrayList<>();
        String docNumber = docNumber(meta, lines);
        String title = title(meta, preamble);
        if (issuer == null) {
            issuer = firstOf(meta, "发文机关", "发文部门", "发文单位", "发布机构");
        }
        LocalDate published = publishedDate(meta, signed);
        Integer year = year(title, docNumber, published);
        if (docNumber == null) {
            warnings.add(new Warning(0, "未找到发文字号（如“苏府办〔2025〕77号”）"));
        }
        if (title == null) {
            warnings.add(new Warning(0, "未找到文件标题"));
        }

        int itemLevel = itemLevel(blocks, responsibilities, deadline);
        if (itemLevel < 0 && table.rows().isEmpty()) {
            throw new PlanTextException("未找到编号的工作事项（如“（一）…”或“1. …”），这不像一份行动方案或实施方案");
        }

        // keyed by id: a note repeating "下同" on every item must not make every later item walk a growing list
        Map<String, NamedBody> carried = new LinkedHashMap<>();
        for (String line : preamble) {
            if (ResponsibilityReader.CARRY_FORWARD.matcher(line).find() && line.contains("落实")) {
                responsibilities.read(line).carriedForward().forEach(b -> carried.putIfAbsent(b.id(), b));
            }
        }
        boolean conventionStated = preamble.stream().anyMatch(l -> ResponsibilityReader.CONVENTION.matcher(l).find())
                || blocks.stream().anyMatch(b -> ResponsibilityReader.CONVENTION.matcher(b.text).find()
                        || b.noteLines.stream().anyMatch(l -> ResponsibilityReader.CONVENTION.matcher(l).find()));
        boolean bareListWarned = false;

        List<Section> sections = new ArrayList<>();
        Map<Block, Integer> sectionIndex = new LinkedHashMap<>();
        List<Item> items = new ArrayList<>();
        Block item = null;
        List<Block> itemBlocks = new ArrayList<>();
        Map<Block, StringBuilder> itemTexts = new LinkedHashMap<>();
        Map<Block, List<String>> itemNoteLines = new LinkedHashMap<>();
        for (Block block : blocks) {
            deadline.check();
            if (block.level < itemLevel) {
                item = null;
            } else if (block.level == itemLevel) {
                boolean noted = !notes(block.text.toString(), block.noteLines, responsibilities).isEmpty();
                if (block.framing() && !noted) {
                    item = null;
                    continue;
                }
                item = block;
                itemBlocks.add(block);
                itemTexts.put(block, new StringBuilder(block.text));
                itemNoteLines.put(block, new ArrayList<>(block.noteLines));
            } else if (item != null) {
                itemTexts.get(item).append('\n').append(block.label).append(block.text);
                itemNoteLines.get(item).addAll(block.noteLines);
            }
        }

        for (Block block : itemBlocks) {
            deadline.check();
            String text = itemTexts.get(block).toString().strip();
            List<String> noteLines = itemNoteLines.get(block);
            List<Note> notes = notes(text, noteLines, responsibilities);
            String body = withoutNotes(text, notes);
            String fullText = noteLines.isEmpty() ? text : text + "\n" + String.join("\n", noteLines);

            NamedBody lead = null;
            String collectiveLead = null;
            Map<String, NamedBody> supporting = new LinkedHashMap<>();
            Map<String, NamedBody> implementers = new LinkedHashMap<>();
            if (notes.isEmpty()) {
                warnings.add(new Warning(block.line, block.label + "未写明责任单位，导入后由协调办公室分派"));
            }
            if (notes.size() > 1) {
                warnings.add(new Warning(block.line, block.label + "分句写有 " + notes.size()
                        + " 处责任单位，已合并：第一处的牵头单位为牵头单位，其余为配合单位"));
            }
            for (Note note : notes) {
                Responsibility responsibility = responsibilities.read(note.content());
                if (lead == null) {
                    lead = responsibility.lead();
                } else if (responsibility.lead() != null && !responsibility.lead().id().equals(lead.id())) {
                    supporting.putIfAbsent(responsibility.lead().id(), responsibility.lead());
                }
                if (collectiveLead == null) {
                    collectiveLead = responsibility.collectiveLead();
                }
                responsibility.supporting().forEach(b -> supporting.putIfAbsent(b.id(), b));
                responsibility.implementers().forEach(b -> implementers.putIfAbsent(b.id(), b));
                responsibility.carriedForward().forEach(b -> carried.putIfAbsent(b.id(), b));
                for (String message : responsibility.warnings()) {
                    warnings.add(new Warning(block.line, block.label + message));
                }
                if (responsibility.bareList() && !conventionStated && !bareListWarned) {
                    bareListWarned = true;
                    warnings.add(new Warning(block.line, "文件未说明牵头单位约定，按“排在第一位的为牵头单位”读取"));
                }
            }
            if (lead != null) {
                supporting.remove(lead.id());
                implementers.remove(lead.id());
                collectiveLead = null;
            } else if (collectiveLead != null) {
                warnings.add(new Warning(block.line, block.label + "牵头的是集合称谓“" + collectiveLead
                        + "”，导入后由协调办公室指定一个牵头单位"));
            } else if (!notes.isEmpty()) {
                warnings.add(new Warning(block.line, block.label + "责任说明中没有可作牵头单位的市级单位，导入后由协调办公室分派"));
            }
            supporting.keySet().forEach(implementers::remove);
            for (NamedBody carriedBody : carried.values()) {
                if (lead != null && lead.id().equals(carriedBody.id()) || supporting.containsKey(carriedBody.id())) {
                    continue;
                }
                (carriedBody.isCounty() ? implementers : supporting).putIfAbsent(carriedBody.id(), carriedBody);
            }
            // the item's section is the nearest heading above it: 一、 over its （一）, （一） over its 1.
            Block sectionBlock = block.ancestors.isEmpty() ? null : block.ancestors.get(block.ancestors.size() - 1);
            Integer sectionOrdinal = null;
            if (sectionBlock != null) {
                sectionOrdinal = sectionIndex.computeIfAbsent(sectionBlock, s -> {
                    sections.add(new Section(s.label, s.heading()));
                    return sections.size();
                });
            }
            List<Plan.Target> targets = TargetReader.read(body, year, deadline);
            if (targets.size() > MAX_TARGETS) {
                warnings.add(new Warning(block.line, block.label + "写有超过 " + MAX_TARGETS + " 个数量指标，只读取了前 "
                        + MAX_TARGETS + " 个"));
                targets = targets.subList(0, MAX_TARGETS);
            }
            items.add(new Item(items.size() + 1, block.label, sectionOrdinal, title(body), fullText,
                    lead, List.copyOf(supporting.values()), List.copyOf(implementers.values()), List.copyOf(targets),
                    notes.isEmpty() ? null : notes.stream().map(Note::text).collect(Collectors.joining("\n")),
                    block.line, collectiveLead, null));
        }
        fromTable(table.rows(), items, year, responsibilities, warnings, deadline);
        return new Plan(title, issuer, docNumber, published, year, sections, items, dedupe(warnings));
    }

    /**
     * The rows of a task-division table as items. A row whose task is an item of the body (the one title contains
     * the other) gives that item its bodies and deadline: the table wins, with a warning if the body named bodies
     * too. Other rows are items of their own, after the body's.
     */
    private static void fromTable(List<TaskTable.Row> rows, List<Item> items, Integer year,
                                  ResponsibilityReader responsibilities, List<Warning> warnings,
                                  ReadDeadline deadline) {
        Set<Integer> matched = new HashSet<>();
        int bodyItems = items.size();
        for (TaskTable.Row row : rows) {
            deadline.check();
            String note = row.note();
            Responsibility responsibility = responsibilities.read(note);
            String label = row.number() == null || row.number().isEmpty() ? "任务分工表第" + row.line() + "行"
                    : "任务分工表" + row.number() + "号";
            for (String message : responsibility.warnings()) {
                warnings.add(new Warning(row.line(), label + message));
            }
            String title = sentence(row.task());
            int at = -1;
            for (int i = 0; i < bodyItems && at < 0; i++) {
                String itemTitle = items.get(i).title();
                if (!matched.contains(i) && !title.isEmpty() && !itemTitle.isEmpty()
                        && (itemTitle.contains(title) || title.contains(itemTitle))) {
                    at = i;
                }
            }
            String text = row.measures() == null || row.measures().isEmpty() ? row.task()
                    : row.task() + "\n" + row.measures();
            if (at >= 0) {
                matched.add(at);
                Item item = items.get(at);
                if (item.responsibilityNote() == null) {
                    warnings.removeIf(w -> w.line() == item.line() && w.message().contains("未写明责任单位"));
                } else {
                    warnings.add(new Warning(item.line(), item.label() + "正文与任务分工表都写有责任单位，以任务分工表（第"
                            + row.line() + "行）为准"));
                }
                items.set(at, new Item(item.number(), item.label(), item.section(), item.title(), item.text(),
                        responsibility.lead(), responsibility.supporting(), responsibility.implementers(),
                        item.targets(), note, item.line(), responsibility.collectiveLead(), row.deadline()));
            } else {
                List<Plan.Target> targets = TargetReader.read(text, year, deadline);
                items.add(new Item(items.size() + 1, row.number() == null ? "" : row.number(), null, title(text), text,
                        responsibility.lead(), responsibility.supporting(), responsibility.implementers(),
                        List.copyOf(targets.subList(0, Math.min(targets.size(), MAX_TARGETS))), note, row.line(),
                        responsibility.collectiveLead(), row.deadline()));
            }
            if (responsibility.lead() == null) {
                warnings.add(new Warning(row.line(), label + "未写明可作牵头单位的单位，导入后由协调办公室分派"));
            }
        }
    }

    private static List<Warning> dedupe(List<Warning> warnings) {
        return List.copyOf(new LinkedHashSet<>(warnings));
    }

    private static void removeSignature(String signature, Block current, List<String> preamble) {
        if (current != null) {
            int at = current.text.lastIndexOf("\n" + signature);
            if (at >= 0 && at + signature.length() + 1 == current.text.length()) {
                current.text.setLength(at);
            }
        } else if (!preamble.isEmpty() && preamble.get(preamble.size() - 1).equals(signature)) {
            preamble.remove(preamble.size() - 1);
        }
    }

    private static Block numbered(String line, int lineNumber, Block[] open) {
        Matcher m;
        int level;
        String label;
        String rest;
        if ((m = LEVEL0.matcher(line)).matches()) {
            level = 0;
            label = "第" + m.group(1) + m.group(2);
            rest = m.group(3);
        } else if ((m = LEVEL1.matcher(line)).matches()) {
            level = 1;
            label = m.group(1) + "、";
            rest = m.group(2);
        } else if ((m = LEVEL2.matcher(line)).matches()) {
            level = 2;
            label = m.group(1).replace(" ", "");
            rest = m.group(2);
        } else if ((m = LEVEL3.matcher(line)).matches()) {
            level = 3;
            label = m.group(1) + ".";
            rest = m.group(2);
        } else {
            return null;
        }
        List<Block> ancestors = new ArrayList<>();
        for (int l = 0; l < level; l++) {
            if (open[l] != null) {
                ancestors.add(open[l]);
            }
        }
        Block block = new Block(level, label, rest.strip(), lineNumber, ancestors);
        open[level] = block;
        for (int l = level + 1; l < open.length; l++) {
            open[l] = null;
        }
        return block;
    }

    private static boolean isOwnLineNote(String line, ResponsibilityReader responsibilities) {
        if (ResponsibilityReader.LABEL.matcher(line).matches()) {
            return true;
        }
        int close = line.length() - 1;
        return close > 0 && OPENERS.indexOf(line.charAt(0)) >= 0 && matchingOpener(line, close) == 0
                && responsibilities.isNote(line.substring(1, close));
    }

    /**
     * The responsibility notes of an item, the one that governs first: lines of their own after it, else the
     * bracketed remark that ends its text; then remarks that end a sentence inside it ("推动A（市发改委牵头）；推动B
     * （市财政局牵头）。", or one right after the title: "1.实施基础设施改造（牵头单位：市住建局）。正文……").
     */
    private static List<Note> notes(String text, List<String> noteLines, ResponsibilityReader responsibilities) {
        List<Note> notes = new ArrayList<>();
        int innerEnd = text.length();
        if (!noteLines.isEmpty()) {
            String joined = String.join("\n", noteLines);
            String content = noteLines.stream().map(PlanReader::unbracket).collect(Collectors.joining("；"));
            notes.add(new Note(joined, content, text.length(), text.length()));
        } else {
            String trimmed = withoutTrailing(text, NOTE_TRAILERS);
            int close = trimmed.length() - 1;
            if (close >= 1 && CLOSERS.indexOf(trimmed.charAt(close)) >= 0) {
                int open = matchingOpener(trimmed, close);
                if (open >= 0 && responsibilities.isNote(trimmed.substring(open + 1, close))) {
                    notes.add(new Note(trimmed.substring(open), trimmed.substring(open + 1, close), open, text.length()));
                    innerEnd = open;
                }
            }
        }
        notes.addAll(sentenceNotes(text.substring(0, innerEnd), responsibilities));
        return notes;
    }

    /** The text without the run of these characters that ends it; from the end, so a long run is read once. */
    private static String withoutTrailing(String text, String characters) {
        int end = text.length();
        while (end > 0 && characters.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    /** Bracketed remarks naming bodies that close a sentence: followed by 。；, a line break or the end. */
    private static List<Note> sentenceNotes(String text, ResponsibilityReader responsibilities) {
        List<Note> notes = new ArrayList<>();
        int depth = 0;
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPENERS.indexOf(c) >= 0) {
                if (depth++ == 0) {
                    open = i;
                }
            } else if (CLOSERS.indexOf(c) >= 0 && depth > 0 && --depth == 0) {
                char next = i + 1 < text.length() ? text.charAt(i + 1) : '\n';
                String content = text.substring(open + 1, i);
                if ("。；;\n".indexOf(next) >= 0 && responsibilities.isNote(content)) {
                    notes.add(new Note(text.substring(open, i + 1), content, open, i + 1));
                }
            }
        }
        return notes;
    }

    /** The text without its notes: what targets are read from. */
    private static String withoutNotes(String text, List<Note> notes) {
        StringBuilder body = new StringBuilder();
        int from = 0;
        for (Note note : notes.stream().sorted(Comparator.comparingInt(Note::start)).toList()) {
            if (note.start() >= from) {
                body.append(text, from, note.start());
                from = note.end();
            }
        }
        return body.append(text.substring(Math.min(from, text.length()))).toString().strip();
    }

    private static String unbracket(String line) {
        int close = line.length() - 1;
        if (close > 0 && OPENERS.indexOf(line.charAt(0)) >= 0 && matchingOpener(line, close) == 0) {
            return line.substring(1, close);
        }
        return line;
    }

    /** Index of the bracket that the closing bracket at {@code close} matches; full-width, ASCII and <> nest freely. */
    private static int matchingOpener(String text, int close) {
        int depth = 0;
        for (int i = close; i >= 0; i--) {
            char c = text.charAt(i);
            if (CLOSERS.indexOf(c) >= 0) {
                depth++;
            } else if (OPENERS.indexOf(c) >= 0 && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The level whose paragraphs carry the most responsibility notes (on a tie the outer one: numbered sub-points of
     * an item may carry a note too); without notes, the deepest numbered level outside the framing sections.
     * -1 if there are no candidate items at all.
     */
    private static int itemLevel(List<Block> blocks, ResponsibilityReader responsibilities, ReadDeadline deadline) {
        int[] notes = new int[4];
        int[] candidates = new int[4];
        for (Block block : blocks) {
            deadline.check();
            if (block.level == 0) {
                continue;
            }
            boolean noted = !notes(block.text.toString(), block.noteLines, responsibilities).isEmpty();
            if (noted) {
                notes[block.level]++;
            }
            if (noted || !block.framing()) {
                candidates[block.level]++;
            }
        }
        int best = -1;
        for (int level = 1; level <= 3; level++) {
            if (notes[level] > 0 && (best < 0 || notes[level] > notes[best])) {
                best = level;
            }
        }
        if (best > 0) {
            return best;
        }
        for (int level = 3; level >= 1; level--) {
            if (candidates[level] > 0) {
                return level;
            }
        }
        return -1;
    }

    /** The first sentence: up to the first full stop, or the first line if the title stands on its own line. */
    private static String title(String text) {
        String title = sentence(text);
        return title.length() > 200 ? title.substring(0, 200) + "…" : title;
    }

    private static String sentence(String text) {
        String stripped = text.strip();
        int end = stripped.length();
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '；' || c == '\n') {
                end = i;
                break;
            }
        }
        return stripped.substring(0, end).replaceAll("[：:，,]$", "").strip();
    }

    private static String docNumber(Map<String, String> meta, String[] lines) {
        String fromMeta = firstOf(meta, "文号", "发文字号");
        for (String candidate : fromMeta != null ? List.of(fromMeta) : List.of(lines)) {
            Matcher m = DOC_NUMBER.matcher(candidate);
            if (m.find()) {
                return m.group(1) + "〔" + m.group(2) + "〕" + m.group(3) + "号";
            }
        }
        return null;
    }

    private static String title(Map<String, String> meta, List<String> preamble) {
        String fromMeta = firstOf(meta, "标题");
        if (fromMeta != null) {
            return fromMeta;
        }
        for (String line : preamble) {
            if (TITLE_LINE.matcher(line).matches() && !line.startsWith("关于")) {
                return line;
            }
        }
        for (String line : preamble) {
            Matcher quoted = QUOTED_TITLE.matcher(line);
            if (quoted.find()) {
                return quoted.group(1);
            }
        }
        for (String line : preamble) {
            Matcher notice = NOTICE_TITLE.matcher(line);
            if (notice.find()) {
                return notice.group(1).replaceAll("^《|》$", "");
            }
        }
        for (String line : preamble) {
            if (TITLE_LINE.matcher(line).matches()) {
                return line;
            }
        }
        return null;
    }

    private static LocalDate publishedDate(Map<String, String> meta, LocalDate signed) {
        for (String key : List.of("发布时间", "发布日期", "印发日期", "成文日期", "发文日期")) {
            String value = meta.get(key);
            if (value != null) {
                Matcher m = ISO_DATE.matcher(value);
                if (m.find()) {
                    LocalDate date = date(m.group(1), m.group(2), m.group(3));
                    if (date != null) {
                        return date;
                    }
                }
            }
        }
        return signed;
    }

    private static Integer year(String title, String docNumber, LocalDate published) {
        if (title != null) {
            Matcher m = YEAR_IN_TITLE.matcher(title);
            if (m.find()) {
                return Integer.valueOf(m.group(1));
            }
        }
        if (docNumber != null) {
            Matcher m = DOC_NUMBER.matcher(docNumber);
            if (m.find()) {
                return Integer.valueOf(m.group(2));
            }
        }
        return published == null ? null : published.getYear();
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String firstOf(Map<String, String> meta, String... keys) {
        for (String key : keys) {
            String value = meta.get(key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
