package org.policyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.policyflow.BrowserScript;
import org.policyflow.web.AttackFixtures.World;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Tasklist still works for a department behind the engine's trust boundary (issue 14), in Chinese (issue 16), in a
 * real Chromium (frontend/e2e/tasklist-department.mjs): the item's lead reads its work plan form in Tasklist (a block
 * per cell, nothing internal, nothing folded); 昆山市 logs in through the workbench, opens its 签收配合任务
 * of a freshly imported item in Camunda Tasklist (认领, 完成 …, no Camunda 8 migration banner), claims it, fills in
 * the Camunda Form, sees the server refuse a control character in 签收说明, corrects it and completes the task, and
 * the refusal's error is gone; a browser in English gets Tasklist in English. The API then shows the task completed
 * by that user and its acknowledgement recorded once.
 */
class TasklistDepartmentBrowserTest extends RunningApplication {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    TaskService taskService;

    @Test
    void aCountyClaimsFillsInAndCompletesItsTaskInTasklist() throws Exception {
        World world = new AttackFixtures(this, context).newWorld();
        String county = AttackFixtures.COUNTY.user();

        BrowserScript.run(port, "tasklist-department", county, world.countyTask, AttackFixtures.LEAD.user(),
                world.leadTask);

        String history = send(county, "GET", "/engine-rest/history/task?taskId=" + world.countyTask, null,
                BodyPublishers.noBody()).body();
        assertThat(history).contains("\"deleteReason\":\"completed\"").contains("\"assignee\":\"" + county + "\"");
        assertThat(send(county, "GET", "/engine-rest/task/" + world.countyTask, null, BodyPublishers.noBody())
                .statusCode()).as("the task is no longer open").isEqualTo(404);
        assertThat(jdbc.sql("select outcome || ':' || recorded_by || ':' || comment from pf_acknowledgement"
                        + " where task_id = ?").param(world.countyTask).query(String.class).list())
                .containsExactly("ACCEPTED:" + county + ":已签收,按要求落实(浏览器测试)");
        assertThat(taskService.createTaskQuery().processInstanceId(world.instance).taskCandidateGroup(county).count())
                .as("the process moved on: the county has no open acknowledgement left").isZero();
    }
}
