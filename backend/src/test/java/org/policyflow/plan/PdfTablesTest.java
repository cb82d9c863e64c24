package org.policyflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * A ruled table in a PDF drawn as LibreOffice and Word print one: long stroked lines, not a filled rectangle per cell
 * edge as Chromium draws them (that one is plans/municipal-annex-plan.pdf, {@code TaskTableTest}). Latin text, since
 * PDFBox cannot embed a font a test could write Chinese with.
 */
class PdfTablesTest {

    @Test
    void aTableOfStrokedLinesComesOutARowPerLineWithItsMergedCellsAsTheOtherFormatsGiveThem() throws IOException {
        assertThat(PlanDocument.text(pdf(true))).isEqualTo(String.join("\n",
                "Plan of the city",
                "No\tTask\tLead",
                // two lines in a narrow cell joined again, with the space the wrap took
                "1\tDigital Office\tCity Data Bureau",
                // merged down: the number and lead written once, low in the merged cell, given in its first row
                "2\tBuild roads\tTransport",
                "\tPave streets\t",
                // merged across: the text in the first column, an empty cell for the one it covers
                "3\tShared task across the columns\t",
                "After the table.",
                ""));
    }

    @Test
    void withoutRulesTheLinesAreReadAsBefore() throws IOException {
        assertThat(PlanDocument.text(pdf(false))).startsWith("Plan of the city\nNo\tTask\tLead\n")
                .contains("Digital\nOffice\n");
    }

    @Test
    void aPageOfMoreRulesThanATableHasIsAChartAndItsTextIsReadAsLines() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                text(content, font, 55, 686, "No");
                text(content, font, 105, 686, "Task");
                text(content, font, 105, 676, "wrapped");
                for (int i = 0; i <= 1_000; i++) {
                    line(content, 50, 700 - i * 0.5f, 450, 700 - i * 0.5f);
                    line(content, 50 + i * 0.4f, 700, 50 + i * 0.4f, 200);
                }
            }
            document.save(out);
        }
        assertThat(PlanDocument.text(out.toByteArray())).isEqualTo("No\tTask\nwrapped\n");
    }

    /** y from the bottom of the page: rows at 700-680 (header), 680-640, 640-600, 600-560 and 560-520. */
    private static byte[] pdf(boolean ruled) throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                text(content, font, 50, 760, "Plan of the city");
                text(content, font, 55, 686, "No");
                text(content, font, 105, 686, "Task");
                text(content, font, 305, 686, "Lead");
                text(content, font, 55, 656, "1");
                text(content, font, 105, 665, "Digital");
                text(content, font, 105, 650, "Office");
                text(content, font, 305, 656, "City Data Bureau");
                text(content, font, 55, 590, "2");
                text(content, font, 105, 616, "Build roads");
                text(content, font, 305, 590, "Transport");
                text(content, font, 105, 576, "Pave streets");
                text(content, font, 55, 536, "3");
                text(content, font, 105, 536, "Shared task across the columns");
                text(content, font, 50, 480, "After the table.");
                if (ruled) {
                    for (float y : new float[] {700, 680, 640, 560, 520}) {
                        line(content, 50, y, 450, y);
                    }
                    line(content, 100, 600, 300, 600);
                    line(content, 50, 700, 50, 520);
                    line(content, 100, 700, 100, 520);
                    line(content, 300, 700, 300, 560);
                    line(content, 450, 700, 450, 520);
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static void text(PDPageContentStream content, PDType1Font font, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, 10);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static void line(PDPageContentStream content, float x0, float y0, float x1, float y1) throws IOException {
        content.moveTo(x0, y0);
        content.lineTo(x1, y1);
        content.stroke();
    }
}
