package org.policyflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.policyflow.BrowserScript;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 16's work plan as a table in a real Chromium (frontend/e2e/work-plan.mjs): the lead of seed item (四) fills
 * 签收并制定工作计划's table, leaves one milestone empty and sees the error in that cell, fills it and submits; the item
 * page shows the plan. Here: the plan stored is the one typed, a milestone in every cell.
 */
class WorkPlanBrowserTest extends InboxApplicationTest {

    private static final String ITEM = "苏府办〔2025〕77号-4";
    private static final String LATE_MILESTONE = "第四季度完成全部竣工验收";

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

        BrowserScript.run(port, "work-plan", task.getId(), String.valueOf(itemId), lead, LATE_MILESTONE);

        assertThat(jdbc.sql("""
                select m.description from pf_milestone m join pf_work_plan w on w.id = m.work_plan_id
                where w.item_id = ? order by m.period_id, m.target_id""").param(itemId).query(String.class).list())
                .hasSize(cells).doesNotContainNull().contains(LATE_MILESTONE, "第1格阶段目标");
        assertThat(BrowserScript.SCREENSHOTS.resolve("work-plan-02-item-page-phone.png")).isNotEmptyFile();
    }
}
