package org.policyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.policyflow.ApplicationTest;
import org.policyflow.BrowserScript;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real Chromium (frontend/e2e/workbench.mjs): the coordinator imports a small plan through the import page
 * with a corrected lead and target; the modeller renames a task of action-item.bpmn in the modeler and deploys
 * version 2. Screenshots land in target/screenshots/.
 */
class WorkbenchBrowserTest extends ApplicationTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void coordinatorImportsAPlanAndModellerDeploysVersionTwo() throws Exception {
        BrowserScript.run(port, "workbench");

        // what the page sent is what the import wrote: the chosen lead and the edited target
        assertThat(jdbc.sql("select b.department_id from pf_item_body b join pf_item i on i.id = b.item_id "
                        + "where i.business_key = ? and b.role = 'LEAD'").param("苏府办〔2025〕902号-1")
                .query(String.class).single()).isEqualTo("market-regulation");
        assertThat(jdbc.sql("select t.target_value from pf_target t join pf_item i on i.id = t.item_id "
                        + "where i.business_key = ?").param("苏府办〔2025〕902号-2")
                .query(BigDecimal.class).single()).isEqualByComparingTo("350");
        assertThat(BrowserScript.SCREENSHOTS.resolve("21-modeler-version-2.png")).isNotEmptyFile();
    }
}
