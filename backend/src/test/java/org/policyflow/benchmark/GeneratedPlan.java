package org.policyflow.benchmark;

import java.util.List;

/**
 * A plan document written like the seed (苏府办〔2025〕77号) but with as many items as a benchmark needs, so that one
 * import through {@code POST /api/plans} starts many action items. Every item has a rotating lead, the same six
 * supporting bodies and, through item 1's "以下均需各县级市…落实", the ten county-level implementers: 17 open tasks per
 * item after the import (签收并制定工作计划 for the lead, 签收配合任务 for each of the 16 others).
 */
final class GeneratedPlan {

    /** Bodies with a 签收配合任务 in every item: the six supporting bodies, then the ten implementers. */
    static final List<String> CONTRIBUTORS = List.of("industry-it", "agriculture", "commerce", "civil-affairs",
            "housing-construction", "culture-tourism", "zhangjiagang", "changshu", "taicang", "kunshan", "wujiang",
            "wuzhong", "xiangcheng", "gusu", "suzhou-industrial-park", "suzhou-new-district");
    static final int TASKS_PER_ITEM = CONTRIBUTORS.size() + 1;

    private static final String SUPPORTING = "市工信局、市农业农村局、市商务局、市民政局、市住建局、市文广旅局";
    private static final List<String> LEADS = List.of("市市场监管局", "市卫生健康委", "市体育局", "市医保局", "市交通局",
            "市水务局", "市发改委", "市科技局", "市委宣传部", "市教育局", "市园林绿化局", "市公安局", "市司法局", "市财政局");
    private static final String[] SECTIONS = {"一、强化质量支撑", "二、加强品牌引领", "三、深化技术赋能", "四、严格安全守护",
            "五、优化消费环境", "六、强化组织保障"};

    private GeneratedPlan() {
    }

    static String docNumber(int number) {
        return "苏府办〔2025〕" + number + "号";
    }

    /** The text of plan {@code number} (its document number 苏府办〔2025〕{number}号) with {@code items} items. */
    static String text(int number, int items) {
        StringBuilder text = new StringBuilder("""
                发布时间:2025-07-28
                发文部门:苏州市人民政府
                %s
                各县级市(区)人民政府,苏州工业园区、苏州高新区管委会;市各委办局,各直属单位:
                《“品质苏州”建设行动方案(2025年)》已经市政府常务会议审议通过,现印发给你们,请认真贯彻落实。
                苏州市人民政府办公室
                2025年7月24日
                为全面推进“品质苏州”建设,制定本行动方案。
                """.formatted(docNumber(number)));
        int perSection = (items + SECTIONS.length - 1) / SECTIONS.length;
        for (int item = 1; item <= items; item++) {
            if ((item - 1) % perSection == 0) {
                text.append(SECTIONS[(item - 1) / perSection]).append('\n');
            }
            String lead = LEADS.get(item % LEADS.size());
            text.append(item).append(".推进质量提升重点工作第").append(item).append("项。帮助")
                    .append(100 + item % 400).append("家小微企业开展质量管理体系认证提升,培育一批质量标杆企业。(")
                    .append(lead).append('、').append(SUPPORTING).append("按职责分工负责")
                    .append(item == 1 ? ";以下均需各县级市<区>人民政府<管委会>落实,不再列出)" : ")").append('\n');
        }
        return text.append("苏州市人民政府办公室\n2025年7月24日\n").toString();
    }
}
