package org.policyflow.plan;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text layer of a PDF in reading order (PDFBox follows the content and its article threads, so columns are read
 * one after the other), without running headers, footers and page numbers, and with the lines a paragraph was broken
 * into joined again: a line that reaches the right edge of the text goes on in the next one unless that one is
 * indented or starts a new numbered paragraph after a closing full stop or bracket. The right edge is the left margin
 * mirrored (documents have margins of about the same width on both sides, 公文 a narrower right one): in a document of
 * short lines, none of them reaches it and none is joined. A ruled table comes out a row per line with tab-separated
 * cells ({@link PdfTables}), a table without rules as its lines with a tab where a wide gap parts two cells.
 */
final class PdfText {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^[-—–－\\s]*#+[-—–－\\s]*$|^第#+页(，?共#+页)?$|^#+\\s*/\\s*#+$|^(page|Page)\\s*#+(\\s*of\\s*#+)?$");
    private static final Pattern NEW_PARAGRAPH = Pattern.compile(
            "^(第[一二三四五六七八九十]{1,3}(部分|章)|[一二三四五六七八九十]{1,3}\\s*[、．.]|[（(]\\s*[一二三四五六七八九十\\d]{1,3}\\s*[）)]"
                    + "|\\d{1,3}\\s*[.．、](?!\\d)|附件|[①-⑳])");
    private static final String PARAGRAPH_ENDS = "。；：！？）)」』”";

    /**
     * @param margin    whether the line sits in the top or bottom tenth of its page, where headers and footers are
     * @param pageWidth the width of its page
     * @param glyphs    its text positions
     * @param cells     the cells of a table row, which is never joined to a paragraph; null for a line of text
     */
    private record Line(String text, float left, float right, float height, boolean margin, float pageWidth,
                        List<TextPosition> glyphs, List<String> cells) {
    }

    private PdfText() {
    }

    static String read(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            LineCollector collector = new LineCollector();
            collector.writeText(pdf, new StringWriter());
            List<List<Line>> pages = collector.pages;
            if (pages.stream().flatMap(List::stream).allMatch(line -> line.text().isBlank())) {
                throw new PlanTextException("PDF 中没有可提取的文字（可能是扫描件或图片）：请导入带文字层的 PDF，"
                        + "或同一文件的 Word、网页版本，或先用 OCR 软件识别成文字");
            }
            return paragraphs(withoutRunningLines(pages));
        } catch (InvalidPasswordException e) {
            throw new PlanTextException("PDF 已加密，需要密码才能读取：请导入未加密的文件");
        } catch (IOException e) {
            throw new PlanTextException("不是有效的 PDF 文件，或文件已损坏（" + e.getMessage() + "）");
        }
    }

    /**
     * Drops page numbers and the lines repeated on two or more pages alike (digits aside): running headers and
     * footers. Only lines in the top or bottom tenth of a page are looked at, so body text is never taken for them;
     * where on the page they come in the content does not matter (printers often draw them last).
     */
    private static List<Line> withoutRunningLines(List<List<Line>> pages) {
        Map<String, Integer> repeated = new HashMap<>();
        for (List<Line> page : pages) {
            page.stream().filter(Line::margin).map(PdfText::key).distinct().forEach(k -> repeated.merge(k, 1, Integer::sum));
        }
        List<Line> body = new ArrayList<>();
        for (List<Line> page : pages) {
            for (Line line : page) {
                String key = key(line);
                if (!(line.margin() && (repeated.get(key) > 1 || PAGE_NUMBER.matcher(key).matches()))) {
                    body.add(line);
                }
            }
        }
        return body;
    }

    private static String key(Line line) {
        return line.text().replaceAll("\\s+", "").replaceAll("\\d+", "#");
    }

    private static String paragraphs(List<Line> lines) {
        float left = Float.MAX_VALUE;
        for (Line line : lines) {
            if (line.cells() == null) {
                left = Math.min(left, line.left());
            }
        }
        PlanDocument.Lines out = new PlanDocument.Lines();
        StringBuilder paragraph = new StringBuilder();
        Line previous = null;
        for (Line line : lines) {
            if (line.cells() != null) {
                out.add(paragraph.toString());
                paragraph.setLength(0);
                out.row(line.cells());
                previous = null;
                continue;
            }
            String text = line.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            boolean continues = previous != null
                    && previous.right() >= previous.pageWidth() - left - 2 * previous.height()
                    && line.left() < left + 0.8f * line.height()
                    && !(NEW_PARAGRAPH.matcher(text).lookingAt() && endsParagraph(previous.text()));
            if (!continues) {
                out.add(paragraph.toString());
                paragraph.setLength(0);
            } else if (latin(paragraph.charAt(paragraph.length() - 1)) && latin(text.charAt(0))) {
                paragraph.append(' ');
            }
            paragraph.append(text);
            previous = line;
        }
        out.add(paragraph.toString());
        return out.toString();
    }

    private static boolean endsParagraph(String text) {
        String stripped = text.strip();
        return !stripped.isEmpty() && PARAGRAPH_ENDS.indexOf(stripped.charAt(stripped.length() - 1)) >= 0;
    }

    static boolean latin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    /** Collects the text of each page as lines with where they begin and end, instead of writing it out. */
    private static final class LineCollector extends PDFTextStripper {
        final List<List<Line>> pages = new ArrayList<>();
        private List<Line> page;
        private final StringBuilder text = new StringBuilder();
        private final List<TextPosition> glyphs = new ArrayList<>();
        private float left = Float.MAX_VALUE;
        private float right;
        private float height;
        private float top = Float.MAX_VALUE;
        private float bottom;
        private float pageHeight;
        private float pageWidth;

        LineCollector() throws IOException {
            setSortByPosition(false);
        }

        @Override
        protected void startPage(PDPage pdPage) {
            page = new ArrayList<>();
            pageHeight = pdPage.getMediaBox().getHeight();
            pageWidth = pdPage.getMediaBox().getWidth();
        }

        @Override
        protected void endPage(PDPage pdPage) throws IOException {
            endLine();
            if (pdPage.getRotation() % 360 == 0) {
                for (PdfTables.Table table : PdfTables.of(pdPage)) {
                    page = withTable(page, table);
                }
            }
            pages.add(page);
        }

        /** The lines of a page with those standing in the table replaced by its rows, where its first line was. */
        private List<Line> withTable(List<Line> lines, PdfTables.Table table) {
            List<Line> out = new ArrayList<>();
            List<TextPosition> inTable = new ArrayList<>();
            int at = -1;
            for (Line line : lines) {
                if (line.cells() == null && !line.glyphs().isEmpty() && table.contains(line.glyphs().get(0))) {
                    inTable.addAll(line.glyphs());
                    at = at < 0 ? out.size() : at;
                } else {
                    out.add(line);
                }
            }
            if (at >= 0) {
                List<Line> rows = table.rows(inTable).stream().map(cells -> new Line(String.join("\t", cells),
                        table.left(), table.right(), 0, false, pageWidth, List.of(), cells)).toList();
                out.addAll(at, rows);
            }
            return out;
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) {
            // a wide gap on a line parts the cells of a table row
            if (!text.isEmpty() && !positions.isEmpty() && positions.get(0).getXDirAdj() > right + 2 * height) {
                text.append('\t');
            } else if (!text.isEmpty() && latin(text.charAt(text.length() - 1)) && !string.isEmpty()
                    && latin(string.charAt(0)) && !positions.isEmpty() && positions.get(0).getXDirAdj() > right + 1) {
                text.append(' ');
            }
            text.append(string);
            glyphs.addAll(positions);
            for (TextPosition position : positions) {
                left = Math.min(left, position.getXDirAdj());
                right = Math.max(right, position.getXDirAdj() + position.getWidthDirAdj());
                height = Math.max(height, position.getFontSizeInPt());
                top = Math.min(top, position.getYDirAdj());
                bottom = Math.max(bottom, position.getYDirAdj());
            }
        }

        @Override
        protected void writeWordSeparator() {
            // words are joined in writeString: Chinese has no spaces between words, and justified lines spread out
        }

        @Override
        protected void writeLineSeparator() {
            endLine();
        }

        private void endLine() {
            if (!text.isEmpty()) {
                page.add(new Line(text.toString(), left, right, height,
                        bottom < pageHeight * 0.1f || top > pageHeight * 0.9f, pageWidth, List.copyOf(glyphs), null));
            }
            text.setLength(0);
            glyphs.clear();
            left = Float.MAX_VALUE;
            right = 0;
            height = 0;
            top = Float.MAX_VALUE;
            bottom = 0;
        }
    }
}
