package org.policyflow.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.jsoup.nodes.Entities;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Writes a plan text as the files offices receive: a Word file whose section and item numbers are Word's automatic
 * numbering, a portal page with its frame around the article. Made in the tests from the text itself, so that each
 * format can be compared with it. (The PDF is a fixture, plans/seed.pdf: Chromium printed the seed, a paragraph per
 * line, with its running header and footer; PDFBox cannot embed the CFF fonts a test could write Chinese with.)
 */
final class PlanDocuments {

    private static final Pattern SECTION = Pattern.compile("^([一二三四五六七八九十]{1,3})、(.*)$");
    private static final Pattern ITEM = Pattern.compile("^\\(([一二三四五六七八九十]{1,3})\\)(.*)$");

    private PlanDocuments() {
    }

    /**
     * Lines "一、…" and "(一)…" become paragraphs numbered by Word (一、 and (一), the items numbered straight through
     * across sections); lines with tabs become a table, one row each.
     */
    static byte[] docx(String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new XWPFHeaderFooterPolicy(document).createHeader(XWPFHeaderFooterPolicy.DEFAULT).createParagraph()
                    .createRun().setText("苏州市人民政府办公室文件");
            XWPFNumbering numbering = document.createNumbering();
            CTAbstractNum outline = CTAbstractNum.Factory.newInstance();
            outline.setAbstractNumId(BigInteger.ONE);
            level(outline, 0, "%1、", null);
            level(outline, 1, "(%2)", BigInteger.ZERO);
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(outline)));
            XWPFTable table = null;
            for (String line : text.split("\n")) {
                if (line.contains("\t")) {
                    String[] cells = line.split("\t", -1);
                    if (table == null) {
                        table = document.createTable(1, cells.length);
                    } else {
                        table.createRow();
                    }
                    for (int c = 0; c < cells.length; c++) {
                        table.getRow(table.getNumberOfRows() - 1).getCell(c).setText(cells[c]);
                    }
                    continue;
                }
                table = null;
                XWPFParagraph paragraph = document.createParagraph();
                Matcher section = SECTION.matcher(line);
                Matcher item = ITEM.matcher(line);
                if (section.matches() || item.matches()) {
                    paragraph.setNumID(numId);
                    paragraph.setNumILvl(BigInteger.valueOf(section.matches() ? 0 : 1));
                    line = section.matches() ? section.group(2) : item.group(2);
                }
                paragraph.createRun().setText(line);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void level(CTAbstractNum outline, int ilvl, String text, BigInteger restart) {
        CTLvl level = outline.addNewLvl();
        level.setIlvl(BigInteger.valueOf(ilvl));
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(STNumberFormat.CHINESE_COUNTING);
        level.addNewLvlText().setVal(text);
        if (restart != null) {
            level.addNewLvlRestart().setVal(restart);
        }
    }

    /** A portal page: scripts, styles, navigation and a footer around the article, a paragraph per line. */
    static String html(String text) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>苏州市人民政府</title>"
                + "<style>p{text-indent:2em}</style><script>var 一、 = '(一)推进';</script></head><body>"
                + "<div class=\"header\"><nav><a href=\"/\">首页</a> <a href=\"/zwgk\">政务公开</a> 一、导航</nav></div>"
                + "<div class=\"main\"><h1 class=\"title\">门户标题</h1><div id=\"zoom\">");
        for (String line : text.split("\n")) {
            if (line.contains("\t")) {
                page.append("<table><tr>");
                for (String cell : line.split("\t", -1)) {
                    page.append("<td>").append(Entities.escape(cell)).append("</td>");
                }
                page.append("</tr></table>");
            } else {
                page.append("<p>").append(Entities.escape(line)).append("</p>\n");
            }
        }
        return page.append("</div></div><footer>主办：苏州市人民政府办公室 (一)网站标识码</footer></body></html>").toString();
    }
}
