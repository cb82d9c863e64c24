package org.policyflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The React app's login session and how the Camunda webapps and /engine-rest share it. */
class SessionLoginTest extends IdentityIntegrationTest {

    private static final String TASKLIST = "/camunda/app/tasklist/default/";
    private static final String WEBAPP_USER = "/camunda/api/admin/auth/user/default";

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;

    private URI base() {
        return URI.create("http://localhost:" + port + "/");
    }

    @Test
    void loginAnswersWithTheUserItsDepartmentAndRoles() {
        HttpSession browser = HttpSession.browser(base());
        HttpSession.Response login = browser.login(TestDepartments.BUREAU_A, "demo");

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).contains("\"userId\":\"test-bureau-a\"", "\"name\":\"测试局甲 工作人员\"",
                "\"department\":{\"id\":\"test-bureau-a\",\"name\":\"测试局甲\"}", "\"roles\":[\"DEPARTMENT\"]");
        assertThat(browser.cookie("JSESSIONID")).isPresent();
        assertThat(browser.get("/api/session").body()).contains("\"userId\":\"test-bureau-a\"");
    }

    @Test
    void coordinatorBelongsToTheCoordinatingOffice() {
        HttpSession.Response login = HttpSession.browser(base()).login("coordinator", "demo");

        assertThat(login.body()).contains("\"department\":{\"id\":\"coordination-office\",\"name\":\"行动方案协调办公室\"}",
                "\"roles\":[\"COORDINATOR\"]");
    }

    @Test
    void modellerAndAdminHaveNoDepartment() {
        assertThat(HttpSession.browser(base()).login("modeller", "demo").body())
                .contains("\"department\":null", "\"roles\":[\"MODELLER\"]");
        assertThat(HttpSession.browser(base()).login("admin", "demo").body())
                .contains("\"department\":null", "\"roles\":[\"ADMIN\"]");
    }

    @Test
    void theCamundaWebappsTakeTheSessionUser() {
        HttpSession anonymous = HttpSession.browser(base());
        HttpSession.Response page = anonymous.get(TASKLIST);
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/login?next=%2Fcamunda%2Fapp%2Ftasklist%2Fdefault%2F"));
        assertThat(anonymous.get("/camunda/api/engine/engine/default/task").status()).isEqualTo(401);

        HttpSession browser = HttpSession.login(base(), TestDepartments.BUREAU_A, "demo");
        assertThat(browser.get(TASKLIST).status()).isEqualTo(200);
        HttpSession.Response webappUser = browser.get(WEBAPP_USER);
        assertThat(webappUser.status()).isEqualTo(200);
        assertThat(webappUser.body()).contains("\"userId\":\"test-bureau-a\"", "\"tasklist\"");
    }

    @Test
    void logoutEndsTheSessionForTheAppTheWebappsAndEngineRest() {
        HttpSession browser = HttpSession.login(base(), TestDepartments.BUREAU_A, "demo");
        browser.get(TASKLIST);
        assertThat(browser.get("/engine-rest/task").status()).isEqualTo(200);

        assertThat(browser.send("DELETE", "/api/session", null).status()).isEqualTo(204);

        assertThat(browser.get("/api/session").status()).isEqualTo(401);
        assertThat(browser.get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(browser.get(WEBAPP_USER).status()).isIn(401, 404);
        assertThat(browser.get(TASKLIST).status()).isEqualTo(302);
    }

    @Test
    void logoutInTasklistEndsTheAppSessionToo() {
        HttpSession browser = HttpSession.login(base(), TestDepartments.BUREAU_A, "demo");
        browser.get(TASKLIST);

        assertThat(browser.send("POST", WEBAPP_USER + "/logout", null).status()).isEqualTo(204);

        assertThat(browser.get("/api/session").status()).isEqualTo(401);
    }

    @Test
    void sessionRequestsNeedTheCsrfTokenScriptsWithBasicDoNot() {
        String task = standaloneTask();
        HttpSession browser = HttpSession.login(base(), TestDepartments.BUREAU_A, "demo");
        String claim = "{\"userId\":\"test-bureau-a\"}";

        HttpSession.Response forged = browser.withoutCsrfToken().send("POST", "/engine-rest/task/" + task + "/claim", claim);
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("CSRF");
        assertThat(browser.send("DELETE", "/api/session", null).status()).as("logout without token").isEqualTo(403);

        assertThat(HttpSession.basic(base(), TestDepartments.BUREAU_A, "demo")
                .send("POST", "/engine-rest/task/" + task + "/claim", claim).status()).isEqualTo(204);
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() {
        HttpSession.Response login = HttpSession.browser(base()).withoutCsrfToken()
                .send("POST", "/api/session", "{\"username\":\"test-bureau-a\",\"password\":\"demo\"}");
        assertThat(login.status()).isEqualTo(403);
    }

    @Test
    void wrongPasswordIsToldInChineseWithoutPasswordDialog() {
        // an unknown user: a wrong password of a real one would lock it for the other tests
        HttpSession browser = HttpSession.browser(base());
        HttpSession.Response login = browser.login("nobody", "demo");
        assertThat(login.status()).isEqualTo(401);
        assertThat(login.body()).contains("用户名或密码错误", "\"code\":\"bad-credentials\"");

        HttpSession.Response api = browser.get("/engine-rest/task");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.headers().firstValue("WWW-Authenticate")).as("no browser password dialog").isEmpty();
        assertThat(api.body()).contains("请先登录");

        HttpSession.Response script = HttpSession.basic(base(), "nobody", "demo").get("/engine-rest/task");
        assertThat(script.status()).isEqualTo(401);
        assertThat(script.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(challenge ->
                assertThat(challenge).startsWith("Basic"));
        assertThat(script.body()).contains("用户名或密码错误");
    }

    @Test
    void missingPasswordIsABadRequestNamingTheField() {
        HttpSession browser = HttpSession.browser(base());
        browser.get("/api/session");
        HttpSession.Response login = browser.send("POST", "/api/session", "{\"username\":\"test-bureau-a\"}");
        assertThat(login.status()).isEqualTo(400);
        assertThat(login.body()).contains("password");
    }

    private String standaloneTask() {
        Task task = taskService.newTask();
        task.setName("CSRF 测试任务");
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), TestDepartments.BUREAU_A);
        return task.getId();
    }
}
