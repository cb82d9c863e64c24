package org.policyflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cookies a browser keeps to itself (HttpOnly, SameSite, Secure over TLS, also behind a TLS proxy) and the headers
 * that tell it what a page may load, who may frame it and what it tells other sites.
 */
class SecurityHeadersTest extends IdentityIntegrationTest {

    private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void sessionAndCsrfCookiesAreSameSiteLaxAndTheSessionCookieHttpOnly() throws Exception {
        List<String> cookies = login(false);

        assertThat(cookie(cookies, "JSESSIONID")).hasValueSatisfying(session -> assertThat(session)
                .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .doesNotContainIgnoringCase("Secure"));
        assertThat(cookie(cookies, SecurityConfig.CSRF_COOKIE)).hasValueSatisfying(csrf -> assertThat(csrf)
                .containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("HttpOnly"));
    }

    @Test
    void behindATlsProxyTheCookiesAreSecure() throws Exception {
        List<String> cookies = login(true);

        assertThat(cookie(cookies, "JSESSIONID")).hasValueSatisfying(session -> assertThat(session)
                .containsIgnoringCase("; Secure").containsIgnoringCase("SameSite=Lax"));
        assertThat(cookie(cookies, SecurityConfig.CSRF_COOKIE)).hasValueSatisfying(csrf -> assertThat(csrf)
                .containsIgnoringCase("; Secure"));
    }

    @Test
    void policyFlowPagesAndApiForbidForeignScriptsFramingAndReferrers() throws Exception {
        for (String path : List.of("/", "/login", "/api/session", "/assets/none.js")) {
            HttpResponse<String> response = get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self'", "script-src 'self'", "object-src 'none'",
                            "frame-ancestors 'none'", "base-uri 'self'").doesNotContain("unsafe-eval"));
            assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow()
                    .replaceAll(".*script-src ([^;]*).*", "$1")).as(path).isEqualTo("'self'");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        }
    }

    @Test
    void camundaWebappsKeepTheirOwnPolicy() throws Exception {
        HttpSession browser = HttpSession.login(URI.create("http://localhost:" + port + "/"), TestDepartments.BUREAU_A,
                "demo");
        HttpSession.Response tasklist = browser.get("/camunda/app/tasklist/default/");

        assertThat(tasklist.status()).isEqualTo(200);
        assertThat(tasklist.headers().allValues("Content-Security-Policy")).singleElement().satisfies(csp ->
                assertThat(csp).contains("'strict-dynamic'").doesNotContain("frame-ancestors 'self'"));
        assertThat(tasklist.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    /** Logs in as the React app does, optionally as if through a TLS proxy; the Set-Cookie headers it got. */
    private List<String> login(boolean behindTlsProxy) throws IOException, InterruptedException {
        HttpResponse<String> first = send(request("/api/session", behindTlsProxy).GET());
        String csrf = cookie(first.headers().allValues("Set-Cookie"), SecurityConfig.CSRF_COOKIE).orElseThrow();
        String token = csrf.substring(csrf.indexOf('=') + 1, csrf.indexOf(';'));
        HttpResponse<String> login = send(request("/api/session", behindTlsProxy)
                .header("Content-Type", "application/json").header("Cookie", SecurityConfig.CSRF_COOKIE + "=" + token)
                .header("X-XSRF-TOKEN", token)
                .POST(BodyPublishers.ofString("{\"username\":\"" + TestDepartments.BUREAU_A + "\",\"password\":\"demo\"}")));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return login.headers().allValues("Set-Cookie");
    }

    private HttpRequest.Builder request(String path, boolean behindTlsProxy) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").header("Sec-Fetch-Mode", "cors");
        if (behindTlsProxy) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7");
        }
        return request;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return CLIENT.send(request.build(), BodyHandlers.ofString());
    }

    private static Optional<String> cookie(List<String> setCookies, String name) {
        return setCookies.stream().filter(cookie -> cookie.startsWith(name + "=")).findFirst();
    }
}
