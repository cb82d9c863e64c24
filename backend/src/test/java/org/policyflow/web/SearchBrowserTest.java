package org.policyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.policyflow.BrowserScript;
import org.policyflow.web.AttackFixtures.World;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The header's search in a real Chromium (frontend/e2e/search.mjs, issue 16): 昆山市 finds a freshly imported item by a
 * word of its title and its own tasks by its name; the item's timeline shows who signed by name (昆山市 工作人员),
 * not by login id. Screenshots of the results at 1366×768 and 390×844.
 */
class SearchBrowserTest extends RunningApplication {

    @Autowired
    ApplicationContext context;

    @Test
    void aCountyFindsAnItemByAWordOfItsTitleAndItsTasksByItsNameAndSeesNamesInTheTimeline() throws Exception {
        World world = new AttackFixtures(this, context).newWorld();
        String county = AttackFixtures.COUNTY.user();
        HttpResponse<String> signed = postJson(county, "/engine-rest/task/" + world.countyTask + "/complete",
                "{\"variables\":" + AttackFixtures.formOnly(AttackFixtures.COUNTY) + "}");
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(204);
        String titleWord = "攻击测试" + world.businessKey.replaceAll(".*〕(\\d+)号-1", "$1");

        BrowserScript.run(port, "search", county, titleWord, "昆山市", "昆山市 工作人员");
    }
}
