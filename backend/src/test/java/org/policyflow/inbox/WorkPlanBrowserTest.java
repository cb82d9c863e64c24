package org.policyflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.policyflow.BrowserScript;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16's work plan as a table in a real Chromium (frontend/e2e/work-plan.mjs): the lead of seed item (四) fills
 * 签收并制定工作计划's table, leaves one milestone empty and sees the error in that cell, fills it and submits; the item
 * page shows the plan; the lead then asks on the item page to change the last cell, the coordinating office approves
 * in 审批工作计划变更 and the item page shows the changed plan. Here: the plan in force is the one typed, a milestone in
 * every cell, with the approved change.
 */
class WorkPlanBrowserTest extends InboxApplicationTest {

    private static final String ITEM = "苏府办〔2025〕77号-4";
    private static final String LATE_MILESTONE = "第四季度完成全部竣工验收";
    private static final String CHANGED_MILESTONE = "次年一季度完成全部竣工验收";

    @LocalServerPort
    int port;

    @Test
    void theLeadFillsItsWorkPlanAsATableSeesTheEmptyCellsErrorAndTheItemPageShowsThePlan() throws Exception {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(ITEM).taskDefinitionKey("AcknowledgeLead")
                .singleResult();
        long itemId = jdbc.sql("select id from pf_item where business_key = ?").param(ITEM).query(Long.class).single();
        String lead = jdbc.sql("select department_id from pf_item_body where item_id = ? and role = 'LEAD'")
                .param(itemId).query(String.class).single();
        int cells = jdbc.sql("""
                select count(*) from pf_item i join pf_reporting_period p on p.plan_id = i.plan_id
                join pf_target t on t.item_id = i.id where i.id = ?""").param(itemId).query(Integer.class).single();
        assertThat(cells).as("seed item (四) has 6+ cells in its work plan").isGreaterThanOrEqualTo(6);

        BrowserScript.run(port, "work-plan", task.getId(), String.valueOf(itemId), lead, LATE_MILESTONE,
                CHANGED_MILESTONE);

        assertThat(jdbc.sql("select milestone from v_work_plan where item_id = ?").param(itemId)
                .query(String.class).list())
                .hasSize(cells).doesNotContainNull().contains(CHANGED_MILESTONE, "第1格阶段目标")
                .doesNotContain(LATE_MILESTONE);
        assertThat(BrowserScript.SCREENSHOTS.resolve("work-plan-02-item-page-phone.png")).isNotEmptyFile();
    }
}
