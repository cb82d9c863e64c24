package org.policyflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.policyflow.plan.PlanReaderConventionsTest.names;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.policyflow.department.DepartmentRegistry;
import org.policyflow.plan.Plan.Item;

/** Task-division tables (任务分工表) with merged cells, as text, Word and a portal page, and against the body. */
class TaskTableTest {

    private static final PlanReader READER = new PlanReader(DepartmentRegistry.load());

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

    @Test
    void theSameTableOnAPortalPageWithRealMergedCells() {
        String page = "<html><body><div id=\"zoom\">"
                + ANNEX_ONLY.substring(0, ANNEX_ONLY.indexOf("序号")).lines().map(l -> "<p>" + l + "</p>")
                        .reduce("", String::concat)
                + "<table><tr><th>序号</th><th>重点任务</th><th>具体措施</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr>"
                + "<tr><td>1</td><td>提升政务服务效能</td><td>推进一网通办</td><td>市政务办</td><td>市数据局</td><td>2025年6月底前</td></tr>"
                + "<tr><td rowspan=\"2\">2</td><td rowspan=\"2\">推进高效办成一件事</td><td>推出10个一件事主题套餐</td>"
                + "<td rowspan=\"2\">市政务办</td><td>市司法局、市人社局</td><td>2025年9月底前</td></tr>"
                + "<tr><td>推进一件事一次办</td><td>市财政局</td><td>2025年12月底前</td></tr>"
                + "<tr><td>3</td><td>优化市场准入</td><td>压缩开办时间</td><td>市市场监管局</td><td></td><td>2025年底前</td></tr>"
                + "</table></div></body></html>";
        assertAnnexRead(READER.read(PlanDocument.text(page.getBytes(StandardCharsets.UTF_8))));
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
