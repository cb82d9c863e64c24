package org.policyflow.paper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;

/** Writes a {@link Paper} as PDF (the Chinese font embedded as a subset, text extractable) or as .docx. */
@Component
public class PaperWriter {

    /** The font .docx names; Word and WPS on the offices' machines have it. */
    static final String DOCX_FONT = "宋体";

    private final PaperFonts fonts;

    PaperWriter(PaperFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] write(Paper paper, PaperFormat format) {
        try {
            return format == PaperFormat.PDF ? pdf(paper) : docx(paper);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] pdf(Paper paper) throws IOException {
        try (PaperFonts.LoadedFont loaded = fonts.open(); PDDocument document = new PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle(paper.number() + " " + paper.title());
            try (PdfLayout layout = new PdfLayout(document, loaded.font())) {
                layout.centred(paper.title(), PdfLayout.TITLE);
                layout.centred(paper.number(), PdfLayout.BODY);
                layout.gap();
                for (Paper.Block block : paper.blocks()) {
                    if (block instanceof Paper.Field field) {
                        layout.paragraph(field.label() + ":" + field.value(), PdfLayout.BODY);
                    } else if (block instanceof Paper.Heading heading) {
                        layout.gap();
                        layout.paragraph(heading.text(), PdfLayout.HEADING);
                    } else if (block instanceof Paper.Text text) {
                        layout.paragraph(text.text(), PdfLayout.BODY);
                    } else if (block instanceof Paper.Table table) {
                        layout.table(table.headers(), table.widths(), table.rows());
                    }
                }
                layout.gap();
                for (String line : paper.footer()) {
                    layout.right(line, PdfLayout.BODY);
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx(Paper paper) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(paper.number() + " " + paper.title());
            run(paragraph(document, ParagraphAlignment.CENTER), paper.title(), 22, true);
            run(paragraph(document, ParagraphAlignment.CENTER), paper.number(), 14, false);
            for (Paper.Block block : paper.blocks()) {
                if (block instanceof Paper.Field field) {
                    XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.LEFT);
                    run(paragraph, field.label() + ":", 14, true);
                    run(paragraph, field.value(), 14, false);
                } else if (block instanceof Paper.Heading heading) {
                    run(paragraph(document, ParagraphAlignment.LEFT), heading.text(), 15, true);
                } else if (block instanceof Paper.Text text) {
                    run(paragraph(document, ParagraphAlignment.LEFT), text.text(), 14, false);
                } else if (block instanceof Paper.Table table) {
                    table(document, table);
                }
            }
            paragraph(document, ParagraphAlignment.LEFT);
            for (String line : paper.footer()) {
                run(paragraph(document, ParagraphAlignment.RIGHT), line, 14, false);
            }
            document.write(out);
            return out.toByteArray();
        }
    }

    private static void table(XWPFDocument document, Paper.Table table) {
        XWPFTable grid = document.createTable(table.rows().size() + 1, table.headers().size());
        grid.setWidth("100%");
        int total = table.widths().stream().mapToInt(Integer::intValue).sum();
        for (int row = 0; row <= table.rows().size(); row++) {
            List<String> values = row == 0 ? table.headers() : table.rows().get(row - 1);
            for (int column = 0; column < table.headers().size(); column++) {
                XWPFTableCell cell = grid.getRow(row).getCell(column);
                cell.getCTTc().addNewTcPr().addNewTcW().setW(
                        BigInteger.valueOf(9000L * table.widths().get(column) / total));
                XWPFParagraph paragraph = cell.getParagraphs().get(0);
                run(paragraph, column < values.size() ? values.get(column) : "", 10.5, row == 0);
            }
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    private static void run(XWPFParagraph paragraph, String text, double size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text == null ? "" : text);
        run.setFontFamily(DOCX_FONT);
        run.setFontFamily(DOCX_FONT, XWPFRun.FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
    }
}
