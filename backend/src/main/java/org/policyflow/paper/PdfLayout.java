package org.policyflow.paper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays text out on A4 pages top to bottom: lines wrap at the margin character by character (Chinese has no spaces
 * to break at), a table's cells wrap within their column, and a new page starts when the next line or row would
 * not fit (repeating a table's header).
 */
final class PdfLayout implements AutoCloseable {

    static final float TITLE = 20;
    static final float HEADING = 14;
    static final float BODY = 12;
    private static final float TABLE = 9.5f;
    private static final float MARGIN = 56;
    private static final float LEADING = 1.5f;
    private static final float PADDING = 3;

    private final PDDocument document;
    private final PDType0Font font;
    private final CmapLookup glyphs;
    private final float width;
    private PDPageContentStream page;
    private float y;

    PdfLayout(PDDocument document, TrueTypeFont font) throws IOException {
        this.document = document;
        this.font = PDType0Font.load(document, font, true);
        this.glyphs = font.getUnicodeCmapLookup();
        this.width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        newPage();
    }

    void centred(String text, float size) throws IOException {
        for (String line : wrap(text, size, width)) {
            line(line, MARGIN + (width - width(line, size)) / 2, size);
        }
    }

    void right(String text, float size) throws IOException {
        for (String line : wrap(text, size, width)) {
            line(line, MARGIN + width - width(line, size), size);
        }
    }

    void paragraph(String text, float size) throws IOException {
        for (String line : wrap(text, size, width)) {
            line(line, MARGIN, size);
        }
    }

    void gap() {
        y -= BODY;
    }

    void table(List<String> headers, List<Integer> weights, List<List<String>> rows) throws IOException {
        int total = weights.stream().mapToInt(Integer::intValue).sum();
        float[] columns = new float[weights.size()];
        for (int column = 0; column < columns.length; column++) {
            columns[column] = width * weights.get(column) / total;
        }
        y -= BODY / 2;
        row(headers, columns);
        for (List<String> row : rows) {
            if (!row(row, columns)) {
                newPage();
                row(headers, columns);
                row(row, columns);
            }
        }
        y -= BODY / 2;
    }

    /** Draws one table row if it fits on the page; false if a new page is needed first. */
    private boolean row(List<String> values, float[] columns) throws IOException {
        List<List<String>> cells = new ArrayList<>();
        int lines = 1;
        for (int column = 0; column < columns.length; column++) {
            String value = column < values.size() && values.get(column) != null ? values.get(column) : "";
            List<String> wrapped = wrap(value, TABLE, columns[column] - 2 * PADDING);
            cells.add(wrapped);
            lines = Math.max(lines, wrapped.size());
        }
        float height = lines * TABLE * LEADING + 2 * PADDING;
        if (y - height < MARGIN && y < PDRectangle.A4.getHeight() - MARGIN - TITLE) {
            return false;
        }
        float x = MARGIN;
        for (int column = 0; column < columns.length; column++) {
            page.addRect(x, y - height, columns[column], height);
            page.stroke();
            float baseline = y - PADDING - TABLE;
            for (String line : cells.get(column)) {
                text(line, x + PADDING, baseline, TABLE);
                baseline -= TABLE * LEADING;
            }
            x += columns[column];
        }
        y -= height;
        return true;
    }

    private void line(String text, float x, float size) throws IOException {
        if (y - size * LEADING < MARGIN) {
            newPage();
        }
        y -= size * LEADING;
        text(text, x, y, size);
    }

    private void text(String text, float x, float baseline, float size) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, baseline);
        page.showText(text);
        page.endText();
    }

    /** The text in lines no wider than the width; line breaks in the text are kept, characters the font lacks become ?. */
    private List<String> wrap(String text, float size, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\r?\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (int index = 0; index < paragraph.length(); ) {
                int codePoint = paragraph.codePointAt(index);
                index += Character.charCount(codePoint);
                String glyph = printable(codePoint);
                float glyphWidth = width(glyph, size);
                if (lineWidth + glyphWidth > maxWidth && !line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                line.append(glyph);
                lineWidth += glyphWidth;
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private String printable(int codePoint) {
        String glyph = Character.isISOControl(codePoint) ? " " : new String(Character.toChars(codePoint));
        return " ".equals(glyph) || glyphs.getGlyphId(codePoint) != 0 ? glyph : "?";
    }

    private float width(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        page.setLineWidth(0.5f);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    @Override
    public void close() throws IOException {
        page.close();
    }
}
