package org.policyflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.policyflow.plan.PlanReaderConventionsTest.names;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.policyflow.department.DepartmentRegistry;
import org.policyflow.plan.Plan.Item;

/** Task-division tables (任务分工表) with merged cells, as text, Word, a portal page and a PDF, and against the body. */
class TaskTableTest {

    private static final PlanReader READER = new PlanReader(DepartmentRegistry.load());
    private static final Path PLANS = Path.of("src/test/resources/plans");

    /** A municipal plan whose assignments are only in its annex table; the second task's cells are merged down. */
    static final String ANNEX_ONLY = String.join("\n",
            "苏州市2025年优化营商环境工作方案",
            "苏府办〔2025〕88号",
            "一、主要任务",
            "（一）提升政务服务效能。推进政务服务一网通办。",
            "（二）优化市场准入。压缩企业开办时间。",
            "附件",
            "任务分工表",
            "序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限",
            "1\t提升政务服务效能\t推进一网通办\t市政务办\t市数据局\t2025年6月底前",
            "2\t推进高效办成一件事\t推出10个一件事主题套餐\t市政务办\t市司法局、市人社局\t2025年9月底前",
            "\t\t推进一件事一次办\t\t市财政局\t2025年12月底前",
            // the header again: the table goes on over a page
            "序号\t重点任务\t具体措施\t牵头单位\t配合单位\t完成时限",
            "3\t优化市场准入\t压缩开办时间\t市市场监管局\t\t2025年底前",
            "");

    static void assertAnnexRead(Plan plan) {
        assertThat(plan.items()).extracting(Item::label, Item::title, i -> i.lead().name(), i -> names(i.supporting()),
                Item::deadline).containsExactly(
                tuple("（一）", "提升政务服务效能", "市政务办", java.util.List.of("市数据局"), "2025年6月底前"),
                tuple("（二）", "优化市场准入", "市市场监管局", java.util.List.of(), "2025年底前"),
                tuple("2", "推进高效办成一件事", "市政务办", java.util.List.of("市司法局", "市人社局"), "2025年9月底前"),
                // the merged cells carried down: the same task, number and lead; its own measures and supporting body
                tuple("2", "推进高效办成一件事", "市政务办", java.util.List.of("市财政局"), "2025年12月底前"));
        assertThat(plan.items().get(3).text()).isEqualTo("推进高效办成一件事\n推进一件事一次办");
        assertThat(plan.items().get(2).targets()).hasSize(1);
        assertThat(plan.warnings()).noneMatch(w -> w.message().contains("未写明责任单位"));
    }

    @Test
    void anAnnexTableAssignsTheItemsAndItsOtherRowsAreItems() {
        assertAnnexRead(READER.read(ANNEX_ONLY));
    }

    @Test
    void theSameTableInAWordFile() throws IOException {
        assertAnnexRead(READER.read(PlanDocument.text(PlanDocuments.docx(ANNEX_ONLY))));
    }

    /** The page the PDF below was printed from: a real table, the second task's cells merged down (rowspan). */
    @Test
    void theSameTableOnAPortalPageWithRealMergedCells() throws IOException {
        byte[] page = Files.readAllBytes(PLANS.resolve("municipal-annex-plan.html"));
        assertThat(new String(page, StandardCharsets.UTF_8)).contains("rowspan=\"2\"");
        assertAnnexRead(READER.read(PlanDocument.text(page)));
    }

    /**
     * That page printed by Chromium: ruled cells so narrow that most of their text wraps over two or three lines
     * (序/号, 推进高效/办成一件/事), the merged cells drawn once across both of their rows with their text centred,
     * and the table going on over the next page under its repeated header. It reads as the text does.
     */
    @Test
    void theSameTableInAPdfWithWrappedAndMergedCells() throws IOException {
        byte[] pdf = Files.readAllBytes(PLANS.resolve("municipal-annex-plan.pdf"));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            PDFTextStripper lastPage = new PDFTextStripper();
            lastPage.setStartPage(3);
            assertThat(lastPage.getText(document)).contains("完成时限", "优化市场");
            assertThat(new PDFTextStripper().getText(document)).doesNotContain("推进高效办成一件事", "序号")
                    .contains("推进高效", "办成一件");
        }
        String text = PlanDocument.text(pdf);
        assertThat(text).isEqualTo(ANNEX_ONLY)
                .contains("2\t推进高效办成一件事\t推出10个一件事主题套餐\t市政务办\t市司法局、市人社局\t2025年9月底前\n");
        assertThat(READER.read(text)).isEqualTo(READER.read(ANNEX_ONLY));
        assertAnnexRead(READER.read(text));
    }

    @Test
    void whenTheBodyAndTheTableBothAssignAnItemTheTableWins() {
        Plan plan = READER.read(ANNEX_ONLY.replace("推进政务服务一网通办。", "推进政务服务一网通办。（市发改委负责）"));
        assertThat(plan.items().get(0).lead().name()).isEqualTo("市政务办");
        assertThat(plan.warnings()).anySatisfy(w -> {
            assertThat(w.line()).isEqualTo(4);
            assertThat(w.message()).contains("以任务分工表", "为准");
        });
    }

    @Test
    void aPlanThatIsOnlyATableIsRead() {
        Plan plan = READER.read("重点任务清单\n序号\t主要任务\t责任单位\n1\t建设智慧城市\t市数据局、市工信局\n");
        assertThat(plan.items()).extracting(i -> i.lead().name(), i -> names(i.supporting()))
                .containsExactly(tuple("市数据局", java.util.List.of("市工信局")));
        assertThat(plan.warnings()).noneMatch(w -> w.message().contains("多个牵头单位"));
    }
}
