package org.policyflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * GET /api/search over the seed plan: each body finds only its own open tasks and the items it takes part in, the
 * office finds everybody's; a body is found by part of its name, an item by a word of its title; an empty or
 * over-long query is refused in Chinese; LIKE's wildcards are text.
 */
class SearchApiTest extends RunningApplication {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Seed item (二) 增加优质产品供给: led by 市市场监管局, carried out by every county, not by 市商务局. */
    private static final String ITEM_TWO = "苏府办〔2025〕77号-2";

    @Test
    void aBodyFindsItsOwnTasksButNotAnotherBodysWhichTheOfficeFinds() throws Exception {
        JsonNode asKunshan = search("kunshan", "太仓");
        assertThat(texts(asKunshan.get("bodies"), "id")).contains("taicang");
        assertThat(asKunshan.get("tasks")).as("昆山市 sees none of 太仓市's tasks").isEmpty();

        JsonNode asOffice = search("coordinator", "太仓");
        assertThat(asOffice.get("tasks")).isNotEmpty();
        assertThat(texts(asOffice.get("tasks"), "departmentId")).containsOnly("taicang");
        assertThat(texts(asOffice.get("tasks"), "departmentName")).containsOnly("太仓市");

        JsonNode own = search("kunshan", "昆山");
        assertThat(own.get("tasks")).isNotEmpty();
        assertThat(texts(own.get("tasks"), "departmentId")).containsOnly("kunshan");
        assertThat(texts(own.get("tasks"), "planDocNumber")).allMatch(doc -> !doc.isEmpty());
    }

    @Test
    void anItemIsFoundByAWordOfItsTitleByTheBodiesThatTakePartAndTheOffice() throws Exception {
        for (String user : List.of("kunshan", "market-regulation", "coordinator")) {
            JsonNode found = search(user, "优质产品");
            assertThat(texts(found.get("items"), "businessKey")).as(user).contains(ITEM_TWO);
        }
        JsonNode asCommerce = search("commerce", "优质产品");
        assertThat(texts(asCommerce.get("items"), "businessKey")).doesNotContain(ITEM_TWO);
        // a task of the item, for the county that carries it out, named by its item and plan
        JsonNode tasks = search("kunshan", "优质产品").get("tasks");
        assertThat(tasks).isNotEmpty();
        assertThat(texts(tasks, "departmentId")).containsOnly("kunshan");
        assertThat(texts(search("commerce", "优质产品").get("tasks"), "itemTitle"))
                .noneMatch(title -> title.startsWith("增加优质产品供给"));
    }

    @Test
    void anItemIsFoundByOneCharacterByItsLabelAndByItsNumberButNotByWordsThatOnlyShareItsPairs() throws Exception {
        assertThat(texts(search("coordinator", "矩").get("items"), "title")).containsExactly("打造苏州品牌矩阵");
        assertThat(texts(search("coordinator", "(十八)").get("items"), "businessKey"))
                .containsExactly("苏府办〔2025〕77号-18");
        assertThat(texts(search("coordinator", "77号-12").get("items"), "label")).containsExactly("(十二)");
        // (一) 深入推进质量强企强链强县 holds 质量, 量强 and 强链, each pair of 质量强链, but not the word itself
        assertThat(texts(search("coordinator", "质量强链").get("items"), "label")).doesNotContain("(一)");
        assertThat(texts(search("coordinator", "质量强企").get("items"), "label")).contains("(一)");
        // the newest plan first, each plan's items in document order
        List<long[]> order = new ArrayList<>();
        search("coordinator", "质").get("items").forEach(item -> order.add(new long[] {item.get("planId").asLong(),
                Long.parseLong(item.get("businessKey").asText().replaceAll(".*-", ""))}));
        assertThat(order).hasSizeGreaterThan(1);
        for (int i = 1; i < order.size(); i++) {
            long[] before = order.get(i - 1);
            long[] after = order.get(i);
            assertThat(before[0] > after[0] || before[0] == after[0] && before[1] < after[1])
                    .as("item %d of plan %d before item %d of plan %d", before[1], before[0], after[1], after[0])
                    .isTrue();
        }
    }

    @Test
    void plansByDocumentNumberAndTasksByTheirName() throws Exception {
        JsonNode found = search("kunshan", "77号");
        assertThat(texts(found.get("plans"), "docNumber")).contains("苏府办〔2025〕77号");
        JsonNode signing = search("kunshan", "签收");
        assertThat(texts(signing.get("tasks"), "title")).isNotEmpty().allMatch(title -> title.contains("签收"));
        assertThat(texts(signing.get("tasks"), "departmentId")).containsOnly("kunshan");
    }

    @Test
    void emptyOrOverLongQueriesAreRefusedInChineseAndWildcardsAreText() throws Exception {
        for (String query : List.of("", "%20%20")) {
            HttpResponse<String> answer = get("kunshan", "/api/search?q=" + query);
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.body()).contains("「搜索词」(q) 不能为空");
        }
        assertThat(get("kunshan", "/api/search").statusCode()).isEqualTo(400);
        HttpResponse<String> tooLong = get("kunshan", "/api/search?q=" + encode("质".repeat(51)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("最多 50 个字");
        assertThat(get("kunshan", "/api/search?q=" + encode("质".repeat(50))).statusCode()).isEqualTo(200);

        JsonNode wildcard = search("coordinator", "%");
        assertThat(wildcard.get("items")).as("%% is a character, not any text").isEmpty();
        assertThat(wildcard.get("bodies")).isEmpty();
        assertThat(get(null, "/api/search?q=" + encode("昆山")).statusCode()).isEqualTo(401);
    }

    private JsonNode search(String user, String query) throws Exception {
        HttpResponse<String> answer = get(user, "/api/search?q=" + encode(query));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private HttpResponse<String> get(String user, String path) {
        return send(user, "GET", path, null, BodyPublishers.noBody());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> texts(JsonNode list, String field) {
        List<String> texts = new ArrayList<>();
        list.forEach(node -> texts.add(node.path(field).asText()));
        return texts;
    }
}
