package org.policyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policyflow.BrowserScript;
import org.policyflow.web.AttackFixtures.World;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The workbench's shell in a real Chromium (frontend/e2e/shell.mjs), on a desktop and on a phone: a county lands on
 * 我的待办 with its fresh 签收 task, the office on 督办台 and back there from a task it opened, the modeller in 流程建模,
 * the administrator on 系统状态; /items/abc, an unknown address and bad imports (empty, binary, no items) say what is
 * wrong in Chinese; every page fits 390 px and is screenshot at both sizes.
 */
class ShellBrowserTest extends RunningApplication {

    @Autowired
    ApplicationContext context;

    @Test
    void everyUserLandsOnTheirWorkAndEveryPageFitsAPhone() throws Exception {
        World world = new AttackFixtures(this, context).newWorld();

        BrowserScript.run(port, "shell", AttackFixtures.COUNTY.user(), String.valueOf(world.itemId));

        for (String page : new String[] {"02-inbox", "03-task", "04-item", "05-dashboard", "08-desk", "11-modeler"}) {
            assertThat(BrowserScript.SCREENSHOTS.resolve("shell-" + page + "-phone.png")).isNotEmptyFile();
        }
    }
}
