package org.policyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.policyflow.BrowserScript;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The modeller renames a task of action-item (deployed here as the studio deploys it) and moves every running item
 * of the seed plan onto the new version in the studio's migration panel; the item page then shows that version.
 * Afterwards the items go back to the version before (ChangedActionItem), for the other tests of the application.
 */
class MigrationBrowserTest extends RunningApplication {

    private static final String SEED_PLAN = "苏府办〔2025〕77号";
    private static final String NEW_NAME = "按报告期报送进展";

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theModellerMovesTheSeedPlansItemsToTheRenamedVersion() throws Exception {
        try (ChangedActionItem changed = new ChangedActionItem(engine,
                xml -> xml.replace("name=\"按报告期报送\"", "name=\"" + NEW_NAME + "\""))) {
            migratesInTheBrowser(changed.target);
        }
    }

    private void migratesInTheBrowser(ProcessDefinition target) throws Exception {
        ProcessInstance item = runtimeService.createProcessInstanceQuery().processDefinitionKey("action-item")
                .processInstanceBusinessKeyLike(SEED_ITEMS).listPage(0, 1).get(0);
        long itemId = jdbc.sql("select id from v_item where business_key = ?").param(item.getBusinessKey())
                .query(Long.class).single();

        BrowserScript.run(port, "migration", SEED_PLAN, String.valueOf(itemId), String.valueOf(target.getVersion()),
                NEW_NAME);

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("action-item")
                .processInstanceBusinessKeyLike(SEED_ITEMS).list()).isNotEmpty()
                .extracting(ProcessInstance::getProcessDefinitionId).containsOnly(target.getId());
        assertThat(runtimeService.createIncidentQuery().count()).isZero();
    }
}
