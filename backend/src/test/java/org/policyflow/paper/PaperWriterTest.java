package org.policyflow.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A paper written as PDF carries its Chinese text in an embedded font subset that PDFBox reads back as text, long
 * tables go on to a second page, and the .docx reads back with POI; without a TrueType font the PDF is refused with
 * 503 naming what was tried, and a format other than pdf or docx is 400 naming the parameter.
 */
class PaperWriterTest {

    private static final String NOTO_CFF = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

    private static Paper paper(int rows) {
        return Paper.builder("督办单", "督办〔2025〕12号", "督办〔2025〕12号-市发展改革委")
                .field("被督办单位", "市发展改革委")
                .field("督办事项", "(三) 推进服务供给提质")
                .field("整改要求", "请于期限内补报本季度进展并说明逾期原因,".repeat(6))
                .field("整改期限", "2025年12月31日前")
                .heading("一、各事项进展情况")
                .table(List.of("序号", "事项", "红黄绿灯"), List.of(1, 6, 2),
                        IntStream.rangeClosed(1, rows)
                                .mapToObj(n -> List.of(String.valueOf(n), "事项第" + n + "项", "绿灯")).toList())
                .footer("签发单位:行动方案协调办公室(盖章)")
                .build();
    }

    private static PaperWriter writer(String... fonts) {
        return new PaperWriter(new PaperFonts(List.of(fonts)));
    }

    @Test
    void pdfEmbedsASubsetOfTheChineseFontAndItsTextReadsBack() throws IOException {
        byte[] pdf = writer("/no/such/font.ttf", NOTO_CFF, PaperFonts.DEFAULT.split(",")[0])
                .write(paper(60), PaperFormat.PDF);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("督办单", "督办〔2025〕12号", "被督办单位:市发展改革委", "(三) 推进服务供给提质",
                    "整改期限:2025年12月31日前", "事项第60项", "签发单位:行动方案协调办公室(盖章)");
            assertThat(document.getNumberOfPages()).as("60 rows do not fit on one page").isGreaterThan(1);
            PDFont font = document.getPage(0).getResources().getFont(
                    document.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).as("a subset's name has a six-letter tag").matches("[A-Z]{6}\\+.*");
        }
        assertThat(pdf.length).as("a subset, not the 5 MB font").isLessThan(200_000);
    }

    @Test
    void docxReadsBackWithPoi() throws IOException {
        byte[] docx = writer().write(paper(3), PaperFormat.DOCX);

        try (InputStream in = new ByteArrayInputStream(docx); XWPFDocument document = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(text).contains("督办单", "督办〔2025〕12号", "被督办单位:市发展改革委", "整改期限:2025年12月31日前",
                    "事项第3项", "签发单位:行动方案协调办公室(盖章)");
            assertThat(document.getTables()).hasSize(1);
            assertThat(document.getTables().get(0).getRows()).hasSize(4);
            assertThat(document.getParagraphs().get(0).getRuns().get(0).getFontFamily()).isEqualTo("宋体");
        }
    }

    @Test
    void withoutATrueTypeFontAPdfIs503NamingWhatWasTried() {
        assertThatThrownBy(() -> writer("/no/such/font.ttf", NOTO_CFF).write(paper(1), PaperFormat.PDF))
                .isInstanceOfSatisfying(ResponseStatusException.class, e -> {
                    assertThat(e.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                    assertThat(e.getReason()).contains("policyflow.paper.fonts", "/no/such/font.ttf(不存在)",
                            NOTO_CFF + "(CFF 字形,无法嵌入)", "fonts-wqy-microhei");
                });
    }

    @Test
    void formatIsPdfOrDocxElse400NamingTheParameter() {
        assertThat(PaperFormat.of("PDF")).isEqualTo(PaperFormat.PDF);
        assertThat(PaperFormat.of("docx")).isEqualTo(PaperFormat.DOCX);
        assertThatThrownBy(() -> PaperFormat.of("xls")).isInstanceOfSatisfying(ResponseStatusException.class, e -> {
            assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(e.getReason()).contains("format", "xls");
        });
    }

    @Test
    void theDownloadCarriesTheChineseFileNameAsRfc5987() {
        HttpHeaders headers = PaperFormat.DOCX.download(paper(1), new byte[] {1}).getHeaders();
        assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
                .contains("filename*=UTF-8''%E7%9D%A3%E5%8A%9E").endsWith(".docx");
        assertThat(headers.getContentType().toString()).contains("wordprocessingml");
    }
}
