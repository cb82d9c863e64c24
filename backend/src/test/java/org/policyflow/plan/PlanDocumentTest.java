package org.policyflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyflow.department.DepartmentRegistry;

/** The seed plan as a GBK text, a Word file, a portal page and a PDF reads exactly as its UTF-8 text does. */
class PlanDocumentTest {

    private static final PlanReader READER = new PlanReader(DepartmentRegistry.load());
    static String seed;
    static Plan expected;

    @BeforeAll
    static void readTheText() throws IOException {
        seed = Files.readString(SeedPlanReaderTest.SEED);
        expected = READER.read(seed);
        assertThat(expected.items()).hasSize(18);
    }

    Plan read(byte[] bytes) {
        return READER.read(PlanDocument.text(bytes));
    }

    @Test
    void gbkAndGb18030TextIsDetected() {
        assertThat(read(seed.getBytes(Charset.forName("GBK")))).isEqualTo(expected);
        assertThat(read(seed.getBytes(Charset.forName("GB18030")))).isEqualTo(expected);
        assertThat(read(seed.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
    }

    @Test
    void aWordFileWithAutomaticNumberingReadsLikeTheText() throws IOException {
        byte[] docx = PlanDocuments.docx(seed);
        assertThat(new String(docx, StandardCharsets.ISO_8859_1)).doesNotContain("(十八)");
        assertThat(PlanDocument.text(docx)).isEqualTo(seed.strip() + "\n");
        assertThat(read(docx)).isEqualTo(expected);
    }

    @Test
    void aPortalPageReadsLikeTheText() {
        String page = PlanDocuments.html(seed);
        assertThat(PlanDocument.text(page.getBytes(StandardCharsets.UTF_8))).isEqualTo(seed.strip() + "\n");
        assertThat(read(page.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
        assertThat(read(page.replace("charset=\"utf-8\"", "charset=\"gbk\"").getBytes(Charset.forName("GBK"))))
                .isEqualTo(expected);
    }

    @Test
    void aPdfReadsLikeTheTextWithoutHeadersAndPageNumbers() throws IOException {
        byte[] pdf;
        try (var in = PlanDocumentTest.class.getResourceAsStream("/plans/seed.pdf")) {
            pdf = in.readAllBytes();
        }
        assertThat(PlanDocument.text(pdf)).isEqualTo(seed.strip() + "\n");
        assertThat(read(pdf)).isEqualTo(expected);
    }

    /** A State Council plan (等有关部门和单位, 排在第一位…下同, a collective first on its own line) and a district one. */
    @Test
    void plansOfOtherStylesReadAlikeInEveryFormat() throws IOException {
        for (String name : List.of("state-council-action-plan.txt", "district-work-plan.txt")) {
            String text = Files.readString(Path.of("src/test/resources/plans", name));
            Plan plan = READER.read(text);
            assertThat(read(text.getBytes(Charset.forName("GB18030")))).as(name).isEqualTo(plan);
            assertThat(read(PlanDocuments.docx(text))).as(name).isEqualTo(plan);
            assertThat(read(PlanDocuments.html(text).getBytes(StandardCharsets.UTF_8))).as(name).isEqualTo(plan);
            // printed by Chromium from a page of one paragraph per line, like plans/seed.pdf
            assertThat(read(Files.readAllBytes(Path.of("src/test/resources/plans", name.replace(".txt", ".pdf")))))
                    .as(name + " as PDF").isEqualTo(plan);
        }
        Plan national = READER.read(Files.readString(Path.of("src/test/resources/plans/state-council-action-plan.txt")));
        assertThat(national.docNumber()).isEqualTo("国办发〔2025〕9号");
        assertThat(national.items()).extracting(i -> i.lead() == null ? null : i.lead().writtenAs(),
                Plan.Item::collectiveLead).containsExactly(tuple("人力资源社会保障部", null), tuple("中国证监会", null),
                tuple(null, "各有关部门和单位"), tuple("国家卫生健康委", null));
        assertThat(national.items().get(0).supporting()).extracting(Plan.NamedBody::writtenAs)
                .containsExactly("国家发展改革委");
        Plan district = READER.read(Files.readString(Path.of("src/test/resources/plans/district-work-plan.txt")));
        assertThat(district.items()).extracting(i -> i.lead().writtenAs()).containsExactly("区住建局", "区城管局");
    }

    @Test
    void tablesBecomeARowPerLineInEveryFormat() throws IOException {
        String text = "序号\t重点任务\t牵头单位\n1\t推进数据共享\t市发改委\n";
        assertThat(PlanDocument.text(PlanDocuments.docx(text))).isEqualTo(text);
        assertThat(PlanDocument.text(PlanDocuments.html(seed.strip() + "\n" + text).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(seed.strip() + "\n" + text);
    }

    @Test
    void filesThatCannotBeReadAreRefusedNamingTheProblem() throws IOException {
        ByteArrayOutputStream imageOnly = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.save(imageOnly);
        }
        assertThatThrownBy(() -> PlanDocument.text(imageOnly.toByteArray())).isInstanceOf(PlanTextException.class)
                .hasMessageContaining("PDF 中没有可提取的文字").hasMessageContaining("扫描件");
        assertThatThrownBy(() -> PlanDocument.text("%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("不是有效的 PDF 文件");
        assertThatThrownBy(() -> PlanDocument.text(new byte[] {'P', 'K', 3, 4, 1, 2, 3}))
                .isInstanceOf(PlanTextException.class);
        assertThatThrownBy(() -> PlanDocument.text(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}))
                .hasMessageContaining(".docx");
        assertThatThrownBy(() -> PlanDocument.text(new byte[] {(byte) 0x81, (byte) 0xFF, (byte) 0xFE, 0x7F, 0x01}))
                .isInstanceOf(PlanTextException.class);
        assertThatThrownBy(() -> PlanDocument.text(new byte[9 * 1024 * 1024])).hasMessageContaining("过大");
        assertThatThrownBy(() -> PlanDocument.text(new byte[0])).hasMessageContaining("为空");
    }
}
