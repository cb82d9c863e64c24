package org.policyflow.plan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;

/**
 * The body of a Word document: paragraphs in order with their automatic numbering written out as the reader sees it
 * on screen (一、 (一) 1.), tables a row per line with tab-separated cells. Headers, footers and notes are not part of
 * the body.
 */
final class DocxText {

    private static final String CHINESE_DIGITS = "〇一二三四五六七八九";
    private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
    /** Real tables have a few columns: a cell claiming more cannot make a row costly. */
    private static final int MAX_SPAN = 64;
    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

    private final XWPFDocument document;
    /** Per numbering instance, the counter of each of its nine levels. */
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    private DocxText(XWPFDocument document) {
        this.document = document;
    }

    static String read(byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return new DocxText(document).text();
        } catch (IOException | RuntimeException e) {
            throw new PlanTextException("Word 文档（.docx）已损坏或无法读取（" + e.getMessage() + "）");
        }
    }

    private String text() {
        PlanDocument.Lines lines = new PlanDocument.Lines();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph paragraph) {
                String text = paragraph.getText();
                if (!text.isBlank()) {
                    lines.add(label(paragraph) + text);
                }
            } else if (element instanceof XWPFTable table) {
                table.getRows().forEach(row -> lines.row(row.getTableCells().stream().map(DocxText::cell).toList()));
            }
        }
        return lines.toString();
    }

    /**
     * A cell's text; a cell merged across columns (gridSpan) is followed by empty cells for the columns it covers, so
     * that each column keeps its place. A cell merged down (vMerge) is empty below its first row.
     */
    private static String cell(XWPFTableCell cell) {
        String text = cell.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining(""))
                .replace('\t', ' ').strip();
        int span = cell.getCTTc().getTcPr() == null || cell.getCTTc().getTcPr().getGridSpan() == null ? 1
                : cell.getCTTc().getTcPr().getGridSpan().getVal().intValue();
        return text + "\t".repeat(Math.max(0, Math.min(span, MAX_SPAN) - 1));
    }

    /** The automatic number of a paragraph as Word shows it, counting on from the paragraphs before it. */
    private String label(XWPFParagraph paragraph) {
        CTNumPr numPr = numbering(paragraph);
        XWPFNumbering numbering = document.getNumbering();
        if (numPr == null || numPr.getNumId() == null || numbering == null) {
            return "";
        }
        BigInteger numId = numPr.getNumId().getVal();
        int level = numPr.getIlvl() == null ? 0 : numPr.getIlvl().getVal().intValue();
        XWPFNum num = numbering.getNum(numId);
        if (num == null || level < 0 || level > 8) {
            return "";
        }
        XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
        if (abstractNum == null) {
            return "";
        }
        CTLvl[] levels = new CTLvl[9];
        for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
            int at = lvl.getIlvl().intValue();
            if (at >= 0 && at < 9) {
                levels[at] = lvl;
            }
        }
        if (levels[level] == null) {
            return "";
        }
        int[] count = counters.computeIfAbsent(numId, id -> new int[9]);
        count[level] = count[level] == 0 ? start(levels[level]) : count[level] + 1;
        for (int deeper = level + 1; deeper < 9; deeper++) {
            if (restarts(levels[deeper], level)) {
                count[deeper] = 0;
            }
        }
        String pattern = levels[level].getLvlText() == null ? "" : levels[level].getLvlText().getVal();
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) >= '1' && pattern.charAt(i + 1) <= '9') {
                int of = pattern.charAt(++i) - '1';
                int value = count[of] == 0 && levels[of] != null ? start(levels[of]) : count[of];
                label.append(format(value, levels[of] == null || levels[of].getNumFmt() == null ? "decimal"
                        : levels[of].getNumFmt().getVal().toString()));
            } else {
                label.append(c);
            }
        }
        return label.toString();
    }

    /** Numbering set on the paragraph, else on its style (headings numbered through their style). */
    private CTNumPr numbering(XWPFParagraph paragraph) {
        if (paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().getNumPr() != null) {
            return paragraph.getCTP().getPPr().getNumPr();
        }
        if (paragraph.getStyleID() == null || document.getStyles() == null) {
            return null;
        }
        XWPFStyle style = document.getStyles().getStyle(paragraph.getStyleID());
        return style == null || style.getCTStyle().getPPr() == null ? null : style.getCTStyle().getPPr().getNumPr();
    }

    /**
     * Whether a level starts again at a paragraph of the given higher level: by default yes, unless its lvlRestart
     * says never (0; items numbered straight through across sections) or only after a level higher still.
     */
    private static boolean restarts(CTLvl deeper, int level) {
        if (deeper == null || deeper.getLvlRestart() == null) {
            return true;
        }
        int restart = deeper.getLvlRestart().getVal().intValue();
        return restart != 0 && level <= restart - 1;
    }

    private static int start(CTLvl level) {
        return level.getStart() == null ? 1 : level.getStart().getVal().intValue();
    }

    /** A counter in one of Word's number formats; the ones Chinese documents use, and decimal for the others. */
    static String format(int value, String format) {
        return switch (format) {
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                 "ideographDigital" -> chinese(value);
            case "ideographTraditional" -> value >= 1 && value <= 10 ? String.valueOf(HEAVENLY_STEMS.charAt(value - 1))
                    : String.valueOf(value);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> value >= 1 && value <= 20
                    ? String.valueOf(CIRCLED.charAt(value - 1)) : String.valueOf(value);
            case "lowerLetter" -> value >= 1 && value <= 26 ? String.valueOf((char) ('a' + value - 1)) : "";
            case "upperLetter" -> value >= 1 && value <= 26 ? String.valueOf((char) ('A' + value - 1)) : "";
            case "bullet", "none" -> "";
            default -> String.valueOf(value);
        };
    }

    /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; larger numbers in digits. */
    static String chinese(int value) {
        if (value < 0 || value > 99) {
            return String.valueOf(value);
        }
        if (value < 10) {
            return String.valueOf(CHINESE_DIGITS.charAt(value));
        }
        int tens = value / 10;
        int ones = value % 10;
        return (tens == 1 ? "" : String.valueOf(CHINESE_DIGITS.charAt(tens))) + "十"
                + (ones == 0 ? "" : String.valueOf(CHINESE_DIGITS.charAt(ones)));
    }
}
