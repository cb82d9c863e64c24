package org.policyflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policyflow.department.Body;
import org.policyflow.department.DepartmentRegistry;
import org.policyflow.plan.Plan.Item;
import org.policyflow.plan.Plan.NamedBody;
import org.policyflow.plan.Plan.Target;

/**
 * Each responsibility convention of the genre, in documents written the way other cities write them
 * (src/test/resources/plans) and in short inline examples.
 */
class PlanReaderConventionsTest {

    private static final PlanReader READER = new PlanReader(DepartmentRegistry.load());

    static Plan document(String name) throws IOException {
        try (InputStream in = PlanReaderConventionsTest.class.getResourceAsStream("/plans/" + name)) {
            return READER.read(PlanText.decode(in.readAllBytes()));
        }
    }

    /** A minimal plan: one section, the given item lines. */
    static Plan items(String... lines) {
        return READER.read("测试市2025年工作方案\n测政办〔2025〕1号\n一、重点任务\n" + String.join("\n", lines));
    }

    static List<String> names(List<NamedBody> bodies) {
        return bodies.stream().map(NamedBody::name).toList();
    }

    @Test
    void itemsNumbered1UnderHeadingsNumberedInBracketsWithLabelledNotesAndFramingSections() throws IOException {
        Plan plan = document("wuxi-implementation-plan.txt");
        assertThat(plan.title()).isEqualTo("无锡市推进数字经济高质量发展实施方案（2024—2026年）");
        assertThat(plan.issuer()).isEqualTo("无锡市人民政府办公室");
        assertThat(plan.docNumber()).isEqualTo("锡政办发〔2024〕21号");
        assertThat(plan.published()).isEqualTo(LocalDate.of(2024, 4, 18));
        assertThat(plan.year()).isEqualTo(2024);
        // 总体要求 and 保障措施 frame the plan: their paragraphs are no items
        assertThat(plan.sections()).extracting(Plan.Section::label, Plan.Section::title)
                .containsExactly(tuple("（一）", "夯实数字基础设施"), tuple("（二）", "壮大数字产业"));
        assertThat(plan.items()).extracting(Item::label, Item::section, Item::title).containsExactly(
                tuple("1.", 1, "加快5G网络建设"), tuple("2.", 1, "建设算力基础设施"),
                tuple("3.", 2, "培育集成电路产业集群"), tuple("4.", 2, "发展软件和信息服务业"),
                tuple("5.", 2, "推进产业数字化转型"));

        Item first = plan.items().get(0);   // （牵头单位：A，配合单位：B、C）
        assertThat(first.lead().name()).isEqualTo("市工信局");
        assertThat(names(first.supporting())).containsExactly("市住建局", "市交通局");
        assertThat(first.implementers()).isEmpty();

        Item second = plan.items().get(1);  // （A牵头，B、C参与）
        assertThat(second.lead().name()).isEqualTo("市发改委");
        assertThat(names(second.supporting())).containsExactly("市工信局", "市数据局");
        assertThat(second.supporting().get(1).kind()).isEqualTo(Body.OTHER);
        assertThat(second.supporting().get(1).id()).matches("body-[0-9a-f]{10}");

        Item third = plan.items().get(2);   // （责任单位：A、B、C） on its own line after the item
        assertThat(third.lead().name()).isEqualTo("市工信局");
        assertThat(names(third.supporting())).containsExactly("市发改委", "市科技局");
        assertThat(third.responsibilityNote()).isEqualTo("（责任单位：市工信局、市发改委、市科技局）");
        assertThat(third.line()).isEqualTo(18);

        Item fourth = plan.items().get(3);  // text over two lines, note with ；and 等 on the next line
        assertThat(fourth.lead().name()).isEqualTo("市工信局");
        assertThat(names(fourth.supporting())).containsExactly("市科技局", "市商务局");
        assertThat(fourth.targets()).extracting(Target::value, Target::unit, Target::comparator, Target::deadline)
                .containsExactly(tuple(new java.math.BigDecimal("200"), "家", "ABOUT", LocalDate.of(2024, 6, 30)),
                        tuple(new java.math.BigDecimal("10"), "家", "AT_LEAST", null));

        Item fifth = plan.items().get(4);   // no note: no invented lead
        assertThat(fifth.lead()).isNull();
        assertThat(fifth.supporting()).isEmpty();
        assertThat(fifth.responsibilityNote()).isNull();
        assertThat(plan.warnings()).anySatisfy(w -> {
            assertThat(w.line()).isEqualTo(23);
            assertThat(w.message()).contains("未写明责任单位");
        });
        assertThat(plan.warnings()).anySatisfy(w -> {
            assertThat(w.line()).isEqualTo(16);
            assertThat(w.message()).contains("市数据局");
        });
    }

    @Test
    void itemsNumberedStraightThroughWithAConventionStatedOnce() throws IOException {
        Plan plan = document("changzhou-work-points.txt");
        assertThat(plan.year()).isEqualTo(2025);
        assertThat(plan.sections()).hasSize(2);
        assertThat(plan.items()).extracting(Item::label, Item::section)
                .containsExactly(tuple("1.", 1), tuple("2.", 1), tuple("3.", 2), tuple("4.", 2), tuple("5.", 2));
        // the convention sits in the first note: only the bodies before it are read as bodies
        assertThat(plan.items().get(0).lead().name()).isEqualTo("市政务办");
        assertThat(names(plan.items().get(0).supporting())).containsExactly("市数据局");
        // a bare list afterwards follows the convention
        assertThat(plan.items().get(1).lead().name()).isEqualTo("市发改委");
        assertThat(names(plan.items().get(1).supporting())).containsExactly("市财政局", "市工信局");
        assertThat(plan.warnings()).noneMatch(w -> w.message().contains("未说明牵头单位约定"));
        // 责任单位：… on its own line without brackets
        assertThat(plan.items().get(2).lead().name()).isEqualTo("市市场监管局");
        assertThat(names(plan.items().get(2).supporting())).containsExactly("市公安局", "市税务局");
        // （A指导，各地负责落实）
        assertThat(plan.items().get(3).lead().name()).isEqualTo("市卫生健康委");
        assertThat(plan.items().get(3).implementers()).hasSize(10).allMatch(NamedBody::isCounty);
        // 市各有关部门 is no body: reported, not invented
        assertThat(plan.items().get(4).lead().name()).isEqualTo("市发改委");
        assertThat(plan.items().get(4).supporting()).isEmpty();
        assertThat(plan.warnings()).anySatisfy(w -> assertThat(w.message()).contains("市各有关部门"));
        assertThat(plan.items().get(2).targets()).extracting(Target::unit, Target::comparator)
                .containsExactly(tuple("个工作日", "AT_MOST"));
        assertThat(plan.items().get(1).targets().get(0).value()).isEqualByComparingTo("100000");
        assertThat(plan.items().get(1).targets().get(0).unit()).isEqualTo("万元");
    }

    @Test
    void conventionInThePreambleAndCarryForwardWithDownSame() throws IOException {
        Plan plan = document("suzhou-implementation-opinions.txt");
        assertThat(plan.issuer()).isEqualTo("苏州市人民政府");
        assertThat(plan.published()).isEqualTo(LocalDate.of(2025, 3, 6));
        assertThat(plan.items()).hasSize(4);
        Item first = plan.items().get(0);
        assertThat(first.lead().name()).isEqualTo("市体育局");
        assertThat(names(first.supporting())).containsExactly("市住建局", "市园林绿化局");
        // 苏州工业园区和苏州高新区管委会 names two bodies; "下同" carries all of them to the later items
        for (Item item : plan.items()) {
            assertThat(item.implementers()).as("item %d", item.number()).hasSize(10).allMatch(NamedBody::isCounty);
        }
        assertThat(plan.items().get(1).lead().name()).isEqualTo("市教育局");
        assertThat(names(plan.items().get(1).supporting())).containsExactly("市体育局");
        assertThat(first.targets()).extracting(Target::deadline).containsExactly(LocalDate.of(2025, 12, 31));
        assertThat(plan.items().get(2).targets()).extracting(t -> t.value().toPlainString(), Target::unit,
                Target::comparator).containsExactly(tuple("1000", "场次", "AT_LEAST"), tuple("500000", "人次", "ABOUT"));
        // a note without a closing full stop is still the item's note
        assertThat(plan.items().get(3).lead().name()).isEqualTo("市体育局");
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void leadAloneAndLeadWithParticipants() {
        Plan plan = items(
                "（一）推进老旧小区改造。完成改造项目120个。（市住建局牵头负责）",
                "（二）完善养老服务网络。（市民政局牵头，市卫生健康委、市医保局参与）",
                "（三）推进文旅融合。（市文广旅局牵头，市商务局配合）");
        assertThat(plan.items()).extracting(i -> i.lead().name())
                .containsExactly("市住建局", "市民政局", "市文广旅局");
        assertThat(names(plan.items().get(1).supporting())).containsExactly("市卫生健康委", "市医保局");
        assertThat(names(plan.items().get(2).supporting())).containsExactly("市商务局");
    }

    @Test
    void mixedBracketsAndAngleBracketsNest() {
        Plan plan = items(
                "（一）加强质量监管。(市市场监管局、市公安局，各县级市（区）人民政府按职责分工负责）",
                "(二)推进标准化建设。（市市场监管局、市发改委，各县级市<区>人民政府<管委会>按职责分工负责)");
        for (Item item : plan.items()) {
            assertThat(item.lead().name()).isEqualTo("市市场监管局");
            assertThat(item.supporting()).hasSize(1);
            assertThat(item.implementers()).hasSize(10);
        }
    }

    @Test
    void officialNamesAndAliasesResolveToTheRegistry() {
        Plan plan = items("（一）推进质量认证。（苏州市市场监督管理局、苏州市工业和信息化局、工业园区、高新区按职责分工负责）");
        Item item = plan.items().get(0);
        assertThat(item.lead().id()).isEqualTo("market-regulation");
        assertThat(item.supporting()).extracting(NamedBody::id).containsExactly("industry-it");
        assertThat(item.implementers()).extracting(NamedBody::id)
                .containsExactly("suzhou-industrial-park", "suzhou-new-district");
        assertThat(plan.warnings()).isEmpty();
    }

    @Test
    void severalLeadsKeepTheFirstAndWarn() {
        Plan plan = items("（一）推进政务数据共享。（市发改委、市财政局共同牵头，市司法局参与）");
        Item item = plan.items().get(0);
        assertThat(item.lead().name()).isEqualTo("市发改委");
        assertThat(names(item.supporting())).containsExactly("市财政局", "市司法局");
        assertThat(plan.warnings()).anySatisfy(w -> assertThat(w.message()).contains("多个牵头单位"));
    }

    @Test
    void jointWordingAndTimeLimitsInsideTheNote() {
        Plan plan = items(
                "（一）建设数字政府。（市发改委会同市财政局负责）",
                "（二）推进文明城市创建。（市委宣传部、市文广旅局分别牵头，市政府有关部门配合）",
                "（三）推进零售业态升级。（责任单位：市商务局、市市场监管局；完成时限：2025年12月底）",
                "（四）整治消费投诉热点。（市市场监管局、市消保委按职责分工抓好落实）",
                "（五）推进充电设施建设。",
                "牵头单位：市发改委",
                "配合单位：市住建局、市交通局");
        assertThat(plan.items()).extracting(i -> i.lead().name())
                .containsExactly("市发改委", "市委宣传部", "市商务局", "市市场监管局", "市发改委");
        assertThat(plan.items()).extracting(i -> names(i.supporting())).containsExactly(
                List.of("市财政局"), List.of("市文广旅局"), List.of("市市场监管局"), List.of("市消保委"),
                List.of("市住建局", "市交通局"));
        assertThat(plan.items().get(4).responsibilityNote()).isEqualTo("牵头单位：市发改委\n配合单位：市住建局、市交通局");
        assertThat(plan.warnings()).noneMatch(w -> w.message().contains("不在单位名录"));
    }

    @Test
    void indentedMultiParagraphItemsWithTheNoteAfterTheTitle() {
        Plan plan = READER.read(String.join("\n",
                "南京市推进城市更新三年行动方案（2025—2027年）",
                "　　第一部分　重点任务",
                "　　一、推进老旧小区改造",
                "　　1.实施基础设施改造（牵头单位：市住建局；配合单位：市水务局）。",
                "　　（1）改造供水管网不少于300公里；",
                "　　（2）到2026年底，完成加装电梯１２００台。",
                "　　2.完善社区服务设施。新建社区养老服务站20个。（市民政局牵头）",
                "　　二、保障措施",
                "　　（一）加强组织领导。成立工作专班。"));
        assertThat(plan.year()).isEqualTo(2025);
        assertThat(plan.sections()).extracting(Plan.Section::title).containsExactly("推进老旧小区改造");
        assertThat(plan.items()).hasSize(2);
        Item first = plan.items().get(0);
        assertThat(first.title()).isEqualTo("实施基础设施改造");
        assertThat(first.lead().name()).isEqualTo("市住建局");
        assertThat(names(first.supporting())).containsExactly("市水务局");
        assertThat(first.targets()).extracting(t -> t.value().toPlainString(), Target::unit, Target::deadline)
                .containsExactly(tuple("300", "公里", null), tuple("1200", "台", LocalDate.of(2026, 12, 31)));
        assertThat(plan.items().get(1).lead().name()).isEqualTo("市民政局");
        assertThat(plan.items().get(1).line()).isEqualTo(7);
    }

    @Test
    void notesClosingSentencesInsideAnItemAreMerged() {
        Plan plan = items("（一）推进消费扩容。举办购物节活动30场（市商务局牵头）；发放文旅消费券（市文广旅局负责）。"
                + "发挥市消保委（市消费者协会）作用，开展体验式调查。");
        Item item = plan.items().get(0);
        assertThat(item.lead().name()).isEqualTo("市商务局");
        assertThat(names(item.supporting())).containsExactly("市文广旅局");
        assertThat(item.responsibilityNote()).isEqualTo("（市商务局牵头）\n（市文广旅局负责）");
        assertThat(item.targets()).extracting(Target::text).containsExactly("举办购物节活动30场");
        assertThat(plan.warnings()).anySatisfy(w -> assertThat(w.message()).contains("已合并"));
    }

    @Test
    void onlyCountyGovernmentsResponsibleLeavesTheLeadOpen() {
        Plan plan = items("（一）落实属地管理责任。（各县级市（区）人民政府负责）");
        Item item = plan.items().get(0);
        assertThat(item.lead()).isNull();
        assertThat(item.implementers()).hasSize(10);
        assertThat(plan.warnings()).anySatisfy(w -> {
            assertThat(w.line()).isEqualTo(4);
            assertThat(w.message()).contains("协调办公室");
        });
    }

    @Test
    void asidesInBracketsAreNoNotes() {
        Plan plan = items("（一）建设质量基础设施。推动国家碳计量中心(江苏)建设，完善检测网络（含县级站点）。",
                "（二）推进园区升级。支持开发区提档升级（省级以上开发区）。");
        assertThat(plan.items()).extracting(Item::responsibilityNote).containsOnlyNulls();
        assertThat(plan.items()).extracting(Item::lead).containsOnlyNulls();
    }

    @Test
    void aProvincialPlanNamesBodiesTheRegistryDoesNotKnow() {
        Plan plan = items("（一）推进质量强省建设。（省市场监管局、省工业和信息化厅）",
                "（二）加强标准化工作。（省市场监管局牵头，省科技厅、省商务厅等按职责分工负责）");
        assertThat(plan.items()).extracting(i -> i.lead().name()).containsExactly("省市场监管局", "省市场监管局");
        assertThat(plan.items().get(0).lead().kind()).isEqualTo(Body.OTHER);
        assertThat(names(plan.items().get(1).supporting())).containsExactly("省科技厅", "省商务厅");
        assertThat(plan.items().get(0).lead().id()).isEqualTo(plan.items().get(1).lead().id());
    }

    @Test
    void bareListsWithoutAStatedConventionAreReadFirstLeadsWithAWarning() {
        Plan plan = items("（一）发展夜间经济。（市商务局、市文广旅局）", "（二）发展会展经济。（市商务局、市发改委）");
        assertThat(plan.items()).extracting(i -> i.lead().name()).containsExactly("市商务局", "市商务局");
        assertThat(plan.warnings()).filteredOn(w -> w.message().contains("未说明牵头单位约定")).hasSize(1);
    }

    @Test
    void numberedLinesInsideAnItemStayInIt() {
        Plan plan = items(
                "（一）实施消费提振行动。重点做好以下工作：",
                "1. 举办购物节活动不少于30场；",
                "2. 发放消费券。",
                "（市商务局牵头，市财政局配合）",
                "（二）优化消费环境。（市市场监管局牵头负责）");
        assertThat(plan.items()).hasSize(2);
        assertThat(plan.items().get(0).lead().name()).isEqualTo("市商务局");
        assertThat(plan.items().get(0).targets()).extracting(Target::unit).containsExactly("场");
        assertThat(plan.items().get(0).text()).contains("2.发放消费券");
    }

    @Test
    void moneyIsNormalisedTo10kYuanAndCountsByTheirMultiplier() {
        List<Target> targets = TargetReader.read("投入资金1.5亿元，补贴500万元，奖励3000元，服务1.5亿人次，建成30个以上。", 2025,
                ReadDeadline.NONE);
        assertThat(targets).extracting(t -> t.value().toPlainString(), Target::unit).containsExactly(
                tuple("15000", "万元"), tuple("500", "万元"), tuple("3000", "元"), tuple("150000000", "人次"),
                tuple("30", "个"));
    }

    @Test
    void comparatorsAndDeadlines() {
        List<Target> targets = TargetReader.read("到2027年，培育企业超过300家。2026年6月底前建成站点约50个，"
                + "年内实现覆盖率不低于95%，较2020年增长3个百分点，新增就业逾2万人，培育100余家示范企业，排放量控制在5万吨以内。", 2025,
                ReadDeadline.NONE);
        assertThat(targets).extracting(t -> t.value().toPlainString(), Target::unit, Target::comparator, Target::deadline)
                .containsExactly(
                        tuple("300", "家", "MORE_THAN", LocalDate.of(2027, 12, 31)),
                        tuple("50", "个", "ABOUT", LocalDate.of(2026, 6, 30)),
                        tuple("95", "%", "AT_LEAST", LocalDate.of(2025, 12, 31)),
                        tuple("3", "个百分点", "REACH", LocalDate.of(2025, 12, 31)),
                        tuple("20000", "人", "MORE_THAN", LocalDate.of(2025, 12, 31)),
                        tuple("100", "家", "MORE_THAN", LocalDate.of(2025, 12, 31)),
                        tuple("50000", "吨", "AT_MOST", LocalDate.of(2025, 12, 31)));
    }

    @Test
    void deadlinesWithTheirOwnYearOrMonth() {
        assertThat(TargetReader.read("2026年年底前建成站点30个。9月底建成示范点5个。", 2025, ReadDeadline.NONE))
                .extracting(Target::deadline)
                .containsExactly(LocalDate.of(2026, 12, 31), LocalDate.of(2025, 9, 30));
    }

    @Test
    void numbersThatAreNoCommitments() {
        assertThat(TargetReader.read("经市政府第89次常务会议审议，落实《2025年质量工作要点》和“1+3”政策体系，"
                + "推广5G应用，开通12345热线，实施“十五五”规划，连续6个月开展检查，15分钟生活圈全覆盖。", 2025, ReadDeadline.NONE)).isEmpty();
    }

    @Test
    void refusesWhatIsNoPlan() {
        assertThatThrownBy(() -> READER.read("这是一段普通的说明文字。\n没有任何编号的事项。"))
                .isInstanceOf(PlanTextException.class).hasMessageContaining("未找到编号的工作事项");
        assertThatThrownBy(() -> PlanText.decode(new byte[0])).hasMessageContaining("为空");
        assertThatThrownBy(() -> PlanText.decode(new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1}))
                .hasMessageContaining("二进制");
        // GBK is detected and read (issue 18); bytes of no Chinese encoding are still refused
        assertThat(PlanText.decode("一、总体要求".getBytes(java.nio.charset.Charset.forName("GBK")))).isEqualTo("一、总体要求");
        assertThatThrownBy(() -> PlanText.decode(new byte[] {(byte) 0x81, (byte) 0xFF, (byte) 0xFE, 0x7F, 0x01}))
                .hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> PlanText.decode(new byte[PlanText.MAX_BYTES + 1])).hasMessageContaining("过大");
        assertThat(PlanText.decode("\uFEFF一、任务\r\n（一）事项。（市发改委牵头负责）".getBytes(StandardCharsets.UTF_8)))
                .isNotBlank();
    }
}
