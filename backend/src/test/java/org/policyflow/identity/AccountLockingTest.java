package org.policyflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wrong passwords slow an account down and lock it for a while, never for good; an administrator can lift the lock;
 * and nobody learns from the answers whether an account exists.
 */
class AccountLockingTest extends IdentityIntegrationTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcClient jdbc;

    private URI base() {
        return URI.create("http://localhost:" + port + "/");
    }

    @Test
    void wrongPasswordAnswersTheSameForAnExistingAndAnUnknownAccountEvenAfterEarlierFailures() {
        createUser("enumeration-test", "right");

        for (int attempt = 0; attempt < 4; attempt++) {
            HttpSession.Response existing = HttpSession.browser(base()).login("enumeration-test", "wrong");
            HttpSession.Response unknown = HttpSession.browser(base()).login("enumeration-nobody", "wrong");
            assertThat(existing.status()).isEqualTo(401);
            assertThat(existing.body()).as("attempt %d", attempt).isEqualTo(unknown.body())
                    .contains(CamundaIdentityAuthenticationProvider.WRONG_CREDENTIALS);
            assertThat(headers(existing)).as("attempt %d", attempt).isEqualTo(headers(unknown));

            HttpSession.Response existingScript = HttpSession.basic(base(), "enumeration-test", "wrong")
                    .get("/engine-rest/task");
            HttpSession.Response unknownScript = HttpSession.basic(base(), "enumeration-nobody", "wrong")
                    .get("/engine-rest/task");
            assertThat(existingScript.status()).isEqualTo(401);
            assertThat(existingScript.body()).isEqualTo(unknownScript.body());
            assertThat(headers(existingScript)).isEqualTo(headers(unknownScript));
        }
        // the right password of a locked account answers as a wrong one too
        HttpSession.Response locked = HttpSession.browser(base()).login("enumeration-test", "right");
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.body()).isEqualTo(HttpSession.browser(base()).login("enumeration-nobody", "right").body());
        assertThat(locked.body()).contains("多次输错", "分钟");
    }

    @Test
    void wrongPasswordTakesAboutAsLongForAnExistingAndAnUnknownAccount() {
        createUser("timing-test", "right");
        Supplier<HttpSession.Response> existing = () -> HttpSession.basic(base(), "timing-test", "wrong")
                .get("/api/session");
        Supplier<HttpSession.Response> unknown = () -> HttpSession.basic(base(), "timing-nobody", "wrong")
                .get("/api/session");
        existing.get();
        unknown.get();

        long existingMillis = medianMillis(existing);
        long unknownMillis = medianMillis(unknown);

        assertThat(Math.abs(existingMillis - unknownMillis)).as("existing %d ms, unknown %d ms", existingMillis,
                unknownMillis).isLessThan(60);
    }

    @Test
    void manyWrongPasswordsLockForAtMostFifteenMinutesNeverForGood() {
        createUser("lockout-test", "right");
        // as after a night of guessing: far more failures than Camunda's default limit of ten
        jdbc.sql("update ACT_ID_USER set ATTEMPTS_ = 500, LOCK_EXP_TIME_ = null where ID_ = ?")
                .param("lockout-test").update();

        assertThat(HttpSession.browser(base()).login("lockout-test", "right").status())
                .as("the right password once the lock has run out").isEqualTo(200);

        HttpSession.browser(base()).login("lockout-test", "wrong");
        Instant firstLock = lockExpiry("lockout-test");
        assertThat(Duration.between(Instant.now(), firstLock)).as("first failure: a short pause")
                .isBetween(Duration.ZERO, Duration.ofSeconds(2));

        jdbc.sql("update ACT_ID_USER set ATTEMPTS_ = 500, LOCK_EXP_TIME_ = null where ID_ = ?")
                .param("lockout-test").update();
        HttpSession.browser(base()).login("lockout-test", "wrong");
        assertThat(Duration.between(Instant.now(), lockExpiry("lockout-test"))).as("the longest lock")
                .isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
    }

    @Test
    void anAdministratorUnlocksAnAccount() {
        createUser("unlock-test", "right");
        lock("unlock-test");
        assertThat(HttpSession.browser(base()).login("unlock-test", "right").status()).isEqualTo(401);

        HttpSession department = HttpSession.basic(base(), TestDepartments.BUREAU_A, "demo");
        assertThat(department.send("POST", "/api/users/unlock-test/unlock", null).status()).isEqualTo(403);
        assertThat(HttpSession.anonymous(base()).send("POST", "/api/users/unlock-test/unlock", null).status())
                .isEqualTo(401);
        assertThat(HttpSession.browser(base()).login("unlock-test", "right").status()).as("still locked")
                .isEqualTo(401);

        HttpSession admin = HttpSession.login(base(), "admin", "demo");
        admin.get("/api/session"); // the login renews the CSRF token; the next answer brings it
        HttpSession.Response unknown = admin.send("POST", "/api/users/nobody-at-all/unlock", null);
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.body()).contains("nobody-at-all");
        assertThat(admin.send("POST", "/api/users/unlock-test/unlock", null).status()).isEqualTo(204);

        assertThat(HttpSession.browser(base()).login("unlock-test", "right").status()).isEqualTo(200);
    }

    @Test
    void camundaAdminsMayUnlockThroughTheEngineToo() {
        createUser("engine-unlock-test", "right");
        lock("engine-unlock-test");

        assertThat(HttpSession.basic(base(), "admin", "demo")
                .send("POST", "/engine-rest/user/engine-unlock-test/unlock", null).status())
                .isIn(204, 200);
        assertThat(HttpSession.browser(base()).login("engine-unlock-test", "right").status()).isEqualTo(200);
    }

    private void createUser(String id, String password) {
        User user = identityService.newUser(id);
        user.setPassword(password);
        identityService.saveUser(user);
    }

    /** Locks the account for an hour, as many wrong passwords would. */
    private void lock(String userId) {
        jdbc.sql("update ACT_ID_USER set ATTEMPTS_ = 30, LOCK_EXP_TIME_ = ? where ID_ = ?")
                .params(Timestamp.from(Instant.now().plus(Duration.ofHours(1))), userId).update();
    }

    private Instant lockExpiry(String userId) {
        return jdbc.sql("select LOCK_EXP_TIME_ from ACT_ID_USER where ID_ = ?").param(userId)
                .query(Timestamp.class).single().toInstant();
    }

    /** The headers of an answer without the ones that differ between any two answers. */
    private static Map<String, List<String>> headers(HttpSession.Response response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.remove("date");
        headers.computeIfPresent("set-cookie", (name, cookies) -> cookies.stream()
                .map(cookie -> cookie.substring(0, cookie.indexOf('='))).toList());
        return headers;
    }

    private static long medianMillis(Supplier<HttpSession.Response> request) {
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            long start = System.nanoTime();
            assertThat(request.get().status()).isEqualTo(401);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        Collections.sort(millis);
        return millis.get(millis.size() / 2);
    }
}
