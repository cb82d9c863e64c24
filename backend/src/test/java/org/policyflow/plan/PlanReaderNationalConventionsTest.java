package org.policyflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policyflow.plan.PlanReaderConventionsTest.items;
import static org.policyflow.plan.PlanReaderConventionsTest.names;

import org.junit.jupiter.api.Test;
import org.policyflow.plan.Plan.Item;
import org.policyflow.plan.Plan.NamedBody;

/**
 * The conventions of State Council and provincial plans that the reader missed (issue 18): lists closed by
 * 等有关部门和单位, collectives standing first, a note on its own line before the next label, and the names as written.
 */
class PlanReaderNationalConventionsTest {

    @Test
    void aListClosedByEtcAndTheRelevantDepartmentsAndUnitsStillLeads() {
        Plan plan = items("（一）推进甲项工作。（市发改委等有关部门和单位负责）",
                "（二）推进乙项工作。（市财政局、市工信局、市商务局等有关部门和单位按职责分工负责）",
                "（三）推进丙项工作。（市住建局等部门负责）",
                "（四）推进丁项工作。（市交通局、市水务局等相关单位按职责分工负责）");
        assertThat(plan.items()).extracting(i -> i.lead().name())
                .containsExactly("市发改委", "市财政局", "市住建局", "市交通局");
        assertThat(names(plan.items().get(1).supporting())).containsExactly("市工信局", "市商务局");
        assertThat(names(plan.items().get(3).supporting())).containsExactly("市水务局");
        assertThat(plan.warnings()).filteredOn(w -> w.message().contains("以“等”结尾")).hasSize(4);
        assertThat(plan.warnings()).noneMatch(w -> w.message().contains("不在单位名录"));
    }

    @Test
    void aCollectiveStandingFirstIsKeptAsWrittenAndLeftToTheCoordinatingOffice() {
        Plan plan = items("（一）推进甲项工作。（各有关部门和单位按职责分工负责）",
                "（二）推进乙项工作。（各省级人民政府负责）",
                "（三）推进丙项工作。（各有关部门和单位，各省级人民政府按职责分工负责）",
                "（四）推进丁项工作。（各县级市（区）人民政府负责）");
        assertThat(plan.items()).extracting(Item::collectiveLead)
                .containsExactly("各有关部门和单位", "各省级人民政府", "各有关部门和单位", "各县级市人民政府");
        assertThat(plan.items()).allSatisfy(item -> {
            assertThat(item.lead()).isNull();
            assertThat(item.responsibilityNote()).isNotNull();
            assertThat(item.supporting()).isEmpty();
        });
        // expanded to its members where the registry knows them
        assertThat(plan.items().get(3).implementers()).hasSize(10)
                .allSatisfy(county -> assertThat(county.writtenAs()).isEqualTo("各县级市人民政府"));
        assertThat(plan.warnings()).filteredOn(w -> w.message().contains("集合称谓") && w.message().contains("协调办公室"))
                .hasSize(4);
        assertThat(plan.warnings()).noneMatch(w -> w.message().contains("导入时将新建"));
    }

    @Test
    void aNamedBodyBeforeACollectiveLeads() {
        Plan plan = items("（一）推进甲项工作。（市发改委、各有关部门和单位按职责分工负责）");
        assertThat(plan.items().get(0).lead().name()).isEqualTo("市发改委");
        assertThat(plan.items().get(0).collectiveLead()).isNull();
    }

    @Test
    void aNoteOnItsOwnLineBeforeTheNextLabelStaysWithItsItem() {
        Plan plan = items("（一）推进甲项工作。加强统筹。",
                "（市发改委负责）",
                "（二）推进乙项工作。完善机制。",
                "（市财政局、市农业农村局等有关部门和单位按职责分工负责）",
                "（三）推进丙项工作。",
                "牵头单位：市工信局",
                "（四）推进丁项工作。");
        assertThat(plan.items()).hasSize(4);
        assertThat(plan.items()).extracting(i -> i.lead() == null ? null : i.lead().name())
                .containsExactly("市发改委", "市财政局", "市工信局", null);
        assertThat(plan.items()).extracting(Item::responsibilityNote).containsExactly("（市发改委负责）",
                "（市财政局、市农业农村局等有关部门和单位按职责分工负责）", "牵头单位：市工信局", null);
    }

    @Test
    void everyBodyKeepsTheNameTheDocumentUsed() {
        Plan plan = items("（一）推进甲项工作。（市发展改革委牵头，市农业局、苏州市工业和信息化局、市财政局参与）");
        Item item = plan.items().get(0);
        assertThat(item.lead().name()).isEqualTo("市发改委");
        assertThat(item.lead().writtenAs()).isEqualTo("市发展改革委");
        assertThat(item.supporting()).extracting(NamedBody::name, NamedBody::writtenAs).containsExactly(
                org.assertj.core.groups.Tuple.tuple("市农业农村局", "市农业局"),
                org.assertj.core.groups.Tuple.tuple("市工信局", "苏州市工业和信息化局"),
                org.assertj.core.groups.Tuple.tuple("市财政局", "市财政局"));
    }
}
