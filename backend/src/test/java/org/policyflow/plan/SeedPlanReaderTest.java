package org.policyflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyflow.department.DepartmentRegistry;
import org.policyflow.plan.Plan.Item;
import org.policyflow.plan.Plan.NamedBody;
import org.policyflow.plan.Plan.Target;

/** The seed plan 苏府办〔2025〕77号 as the issue specifies it must be read. */
class SeedPlanReaderTest {

    static final Path SEED = Path.of("../seeds/000_cdfeba58f173929d.txt");
    static final List<String> COUNTIES = List.of("张家港市", "常熟市", "太仓市", "昆山市", "吴江区", "吴中区", "相城区",
            "姑苏区", "苏州工业园区", "苏州高新区");

    static Plan plan;

    @BeforeAll
    static void read() throws IOException {
        plan = new PlanReader(DepartmentRegistry.load()).read(PlanText.decode(Files.readAllBytes(SEED)));
    }

    static List<String> names(List<NamedBody> bodies) {
        return bodies.stream().map(NamedBody::name).toList();
    }

    Item item(int number) {
        return plan.items().get(number - 1);
    }

    @Test
    void readsTheDocumentHeader() {
        assertThat(plan.title()).isEqualTo("“品质苏州”建设行动方案(2025年)");
        assertThat(plan.issuer()).isEqualTo("苏州市人民政府办公室");
        assertThat(plan.docNumber()).isEqualTo("苏府办〔2025〕77号");
        assertThat(plan.published()).isEqualTo(LocalDate.of(2025, 7, 28));
        assertThat(plan.year()).isEqualTo(2025);
    }

    @Test
    void has18ItemsInSixSections() {
        assertThat(plan.sections()).extracting(Plan.Section::label, Plan.Section::title).containsExactly(
                tuple("一、", "强化质量支撑"), tuple("二、", "加强品牌引领"), tuple("三、", "深化技术赋能"),
                tuple("四、", "严格安全守护"), tuple("五、", "优化消费环境"), tuple("六、", "构建质量共治"));
        assertThat(plan.items()).hasSize(18);
        assertThat(plan.items()).extracting(Item::section)
                .containsExactly(1, 1, 1, 1, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 6, 6);
        assertThat(plan.items()).extracting(Item::number).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 18).boxed().toList());
        assertThat(item(1).label()).isEqualTo("(一)");
        assertThat(item(18).label()).isEqualTo("(十八)");
        assertThat(item(1).title()).isEqualTo("深入推进质量强企强链强县");
        assertThat(item(1).line()).isEqualTo(12);
        assertThat(item(3).text()).startsWith("推进服务供给提质。促进首发首店经济").endsWith("市医保局按职责分工负责)");
    }

    @Test
    void item1IsLedByMarketRegulationWithIndustrySupportingAndCountiesImplementing() {
        assertThat(item(1).lead().name()).isEqualTo("市市场监管局");
        assertThat(item(1).lead().id()).isEqualTo("market-regulation");
        assertThat(names(item(1).supporting())).containsExactly("市工信局");
        assertThat(names(item(1).implementers())).containsExactlyElementsOf(COUNTIES);
    }

    @Test
    void item3IsLedByCommerceWithSixSupportingBodiesInOrder() {
        assertThat(item(3).lead().name()).isEqualTo("市商务局");
        assertThat(names(item(3).supporting()))
                .containsExactly("市民政局", "市住建局", "市文广旅局", "市卫生健康委", "市体育局", "市医保局");
    }

    @Test
    void items8To10And13AreLedByMarketRegulationAlone() {
        for (int number : new int[] {8, 9, 10, 13}) {
            assertThat(item(number).lead().name()).as("item %d", number).isEqualTo("市市场监管局");
            assertThat(item(number).supporting()).as("item %d", number).isEmpty();
            assertThat(item(number).responsibilityNote()).isEqualTo("(市市场监管局牵头负责)");
        }
    }

    @Test
    void item14ReadsTheShortFormula() {
        assertThat(item(14).lead().name()).isEqualTo("市市场监管局");
        assertThat(names(item(14).supporting())).containsExactly("市住建局");
    }

    @Test
    void item18DropsTheTrailingEtcFromTheLastBodyAndSaysSo() {
        assertThat(item(18).lead().name()).isEqualTo("市市场监管局");
        assertThat(names(item(18).supporting()))
                .containsExactly("市发改委", "市财政局", "市住建局", "市商务局", "市社科联", "市消保委");
        assertThat(plan.warnings()).anySatisfy(warning -> {
            assertThat(warning.line()).isEqualTo(34);
            assertThat(warning.message()).contains("等");
        });
    }

    @Test
    void everyItemHasTheTenCountyLevelUnitsAsImplementersAndALead() {
        for (Item item : plan.items()) {
            assertThat(names(item.implementers())).as("item %d", item.number()).containsExactlyElementsOf(COUNTIES);
            assertThat(item.lead()).as("item %d", item.number()).isNotNull();
            assertThat(item.supporting()).noneMatch(NamedBody::isCounty);
            assertThat(item.supporting()).allMatch(NamedBody::isRegistered);
        }
        assertThat(plan.warnings()).hasSize(1);
    }

    @Test
    void finds23NumericTargetsWithNormalisedValues() {
        List<Target> targets = plan.items().stream().flatMap(item -> item.targets().stream()).toList();
        assertThat(targets).extracting(t -> t.value().toPlainString(), Target::unit, Target::comparator).containsExactly(
                tuple("60000", "人", "AT_LEAST"), tuple("500", "家", "REACH"), tuple("3", "家", "REACH"),
                tuple("30", "条", "REACH"), tuple("2000", "家", "AT_LEAST"),
                tuple("85", "分", "REACH"),
                tuple("96", "%", "REACH"), tuple("100", "%", "REACH"),
                tuple("20", "个", "AT_LEAST"),
                tuple("1000", "家", "REACH"), tuple("200", "家", "AT_LEAST"), tuple("40", "%", "AT_LEAST"),
                tuple("500", "家", "ABOUT"),
                tuple("5", "项", "AT_LEAST"), tuple("200", "项", "AT_LEAST"),
                tuple("20", "个", "AT_LEAST"), tuple("5", "个", "AT_LEAST"),
                tuple("3", "家", "REACH"),
                tuple("1200", "台", "AT_LEAST"), tuple("3100", "台", "REACH"),
                tuple("5000", "家", "REACH"), tuple("10000", "家", "REACH"),
                tuple("500", "个", "REACH"));
        assertThat(item(1).targets().get(0)).isEqualTo(new Target("推动全市首席质量官人数突破6万人",
                new BigDecimal("60000"), "人", "AT_LEAST", null));
        assertThat(item(4).targets().get(1).text()).isEqualTo("交工验收合格率100%");
        assertThat(item(16).targets().get(0).deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(targets.stream().filter(t -> t.deadline() != null)).hasSize(1);
    }

    @Test
    void qualitativeCommitmentsAndNamesWithNumbersAreNoTargets() {
        // 全省领先, “三同”, 《…条例》, “六化”, 二、三级, “一企一策”, “十五五”
        for (int number : new int[] {2, 6, 8, 11, 12, 17, 18}) {
            assertThat(item(number).targets()).as("item %d", number).isEmpty();
        }
    }
}
