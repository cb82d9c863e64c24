package org.policyflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.policyflow.department.DepartmentRegistry;
import org.policyflow.plan.Plan.Item;
import org.policyflow.plan.Plan.Target;

/**
 * Texts built to make the reader rescan its input or recurse once per bracket (issue 14, item 7) are read to the same
 * result as their ordinary counterparts. How long they take is measured by hand (PlanReaderTimings,
 * docs/BENCHMARKS.md), not asserted here.
 */
class HostilePlanTextTest {

    private static final PlanReader READER = new PlanReader(DepartmentRegistry.load());

    @Test
    void aNoteNestedAHundredThousandBracketsDeepIsReadWithItsAsidesStripped() {
        Plan plan = READER.read(HostilePlans.deepNote(100_000));
        assertThat(plan.items()).hasSize(1);
        Item item = plan.items().get(0);
        assertThat(item.lead().name()).isEqualTo("市商务局");
        assertThat(item.supporting()).isEmpty();
        assertThat(item.title()).isEqualTo("推进测试工作，建成10个站点");
        assertThat(item.targets()).extracting(Target::value).containsExactly(BigDecimal.valueOf(10));
        assertThat(item.responsibilityNote()).startsWith("（市商务局牵头（（").hasSize(200_000 + 10);
        assertThat(ResponsibilityReader.stripNested(item.responsibilityNote().substring(1))).isEqualTo("市商务局牵头）");
    }

    @Test
    void aHundredThousandLinesOfTargetsUnderOneMegabyteAreReadAsOneItemWithItsFirstTargets() {
        String text = HostilePlans.manyLines(100_000);
        assertThat(text.length()).isLessThan(PlanText.MAX_CHARACTERS);
        Plan plan = READER.read(PlanText.check(text));
        assertThat(plan.items()).hasSize(1);
        Item item = plan.items().get(0);
        assertThat(item.lead().name()).isEqualTo("市商务局");
        assertThat(item.targets()).hasSize(PlanReader.MAX_TARGETS)
                .allSatisfy(target -> {
                    assertThat(target.text()).isEqualTo("年内建成1个");
                    assertThat(target.value()).isEqualTo(BigDecimal.ONE);
                    assertThat(target.deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
                });
        assertThat(plan.warnings()).extracting(Plan.Warning::message)
                .contains("（一）写有超过 50 个数量指标，只读取了前 50 个");
    }

    @Test
    void eightThousandItemsAreEachReadWithTheirLeadAndTarget() {
        Plan plan = READER.read(HostilePlans.manyItems(8_000));
        assertThat(plan.items()).hasSize(8_000);
        assertThat(plan.items().stream().map(item -> item.lead().name()).distinct()).containsExactly("市商务局");
        assertThat(plan.items().stream().flatMap(item -> item.targets().stream()).map(Target::value).toList())
                .hasSize(8_000).containsOnly(BigDecimal.valueOf(10));
        assertThat(plan.items().get(7_999).title()).isEqualTo("推进第7999项工作，建成10个");
        assertThat(plan.sections()).hasSize(1);
    }

    @Test
    void unbalancedBracketsOfBothWidthsMixedLeaveTheClosingNoteReadable() {
        Plan plan = READER.read(HostilePlans.unbalanced(50_000));
        assertThat(plan.items()).hasSize(1);
        Item item = plan.items().get(0);
        assertThat(item.lead().name()).isEqualTo("市商务局");
        assertThat(item.responsibilityNote()).isEqualTo("（市商务局牵头）");
        assertThat(item.title()).startsWith("推进测试工作）(（甲】〈）(（甲】〈").endsWith("…").hasSize(201);
        assertThat(item.targets()).extracting(Target::value).containsExactly(BigDecimal.valueOf(10));
    }

    @Test
    void aReadPastItsDeadlineGivesUpWithAMessageSayingWhy() {
        assertThatThrownBy(() -> READER.read(HostilePlans.manyItems(100), ReadDeadline.after(Duration.ofNanos(1))))
                .isInstanceOf(PlanTooComplexException.class)
                .hasMessage("方案文本过于复杂，未能在 0 毫秒内读完，请检查括号是否配对，或把文件拆分后分别导入");
        assertThat(READER.read(HostilePlans.manyItems(100), ReadDeadline.after(Duration.ofMinutes(1))).items())
                .hasSize(100);
    }

    @Test
    void anInterruptedReadGivesUp() {
        Thread.currentThread().interrupt();
        try {
            ReadDeadline aMinute = ReadDeadline.after(Duration.ofMinutes(1));
            assertThatThrownBy(() -> READER.read(HostilePlans.manyItems(100), aMinute))
                    .isInstanceOf(PlanTooComplexException.class);
        } finally {
            Thread.interrupted();
        }
    }
}
