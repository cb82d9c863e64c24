package org.policyflow.simulation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * PolicyFlow's public HTTP API as the workbench reaches it: each account logs in once (POST /api/session) and its
 * calls to /api and /engine-rest ride on that session with the CSRF token in cookie and header, as the React app
 * sends them. A session the server no longer knows (it was restarted) is replaced by a new login. Answers outside
 * 2xx other than 409 (a lost race, tried again next round) stop the simulation with the server's message.
 *
 * <p>Sessions rather than HTTP Basic on every call: Basic makes the server check the password on each request, a
 * measurable share of its time in a simulation of thousands of requests.
 */
final class PolicyFlowClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String CSRF_COOKIE = "POLICYFLOW-XSRF-TOKEN";
    private static final String CSRF_HEADER = "X-XSRF-TOKEN";

    /** An answer that counts: 2xx, or 409 when another action got there first. */
    record Answer(int status, JsonNode body) {
        boolean conflict() {
            return status == 409;
        }
    }

    private final String baseUrl;
    private final String password;
    private final HttpClient http;
    private final AtomicLong requests = new AtomicLong();
    /** Session cookie by account. */
    private final Map<String, String> sessions = new ConcurrentHashMap<>();
    /** The CSRF token this client sends, in the cookie and in the header (the server compares the two). */
    private final String csrfToken = UUID.randomUUID().toString();

    PolicyFlowClient(String baseUrl, String password) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.password = password;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    JsonNode get(String user, String path) {
        return send(user, () -> HttpRequest.newBuilder(uri(path)).GET(), path).body();
    }

    Answer post(String user, String path, Object body) {
        String json = json(body);
        return send(user, () -> HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json, StandardCharsets.UTF_8)), path);
    }

    /**
     * An engine query (POST /engine-rest/…) for the instances of one plan. The plan's id is a Long variable, which the
     * query string's {@code variables=planId_eq_N} never matches (it compares the text "N"); a JSON body carries the
     * number.
     */
    JsonNode queryOfPlan(String user, String path, Map<String, Object> criteria, long planId) {
        Map<String, Object> query = new java.util.LinkedHashMap<>(criteria);
        query.put("variables", List.of(Map.of("name", "planId", "operator", "eq", "value", planId)));
        return post(user, path, query).body();
    }

    long requests() {
        return requests.get();
    }

    private Answer send(String user, Supplier<HttpRequest.Builder> request, String path) {
        HttpRequest built = withSession(user, request.get(), false);
        HttpResponse<String> response = exchange(built);
        if (response.statusCode() == 401) {
            built = withSession(user, request.get(), true);
            response = exchange(built);
        }
        int status = response.statusCode();
        if (status == 409) {
            return new Answer(status, null);
        }
        if (status / 100 != 2) {
            throw new RefusedRequest(built.method() + " " + path + " as " + user + ": HTTP " + status + " "
                    + abbreviate(response.body()));
        }
        try {
            String text = response.body();
            return new Answer(status, text == null || text.isBlank() ? null : JSON.readTree(text));
        } catch (JsonProcessingException e) {
            throw new RefusedRequest(built.method() + " " + path + ": not JSON: " + abbreviate(response.body()));
        }
    }

    private HttpRequest withSession(String user, HttpRequest.Builder request, boolean newLogin) {
        String session = sessions.computeIfAbsent(user, this::login);
        if (newLogin) {
            session = login(user);
            sessions.put(user, session);
        }
        return request.timeout(Duration.ofSeconds(120)).header("Accept", "application/json")
                .header("Cookie", "JSESSIONID=" + session + "; " + CSRF_COOKIE + "=" + csrfToken)
                .header(CSRF_HEADER, csrfToken).build();
    }

    /** POST /api/session: the session cookie of a new login. */
    private String login(String user) {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/session")).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("Cookie", CSRF_COOKIE + "=" + csrfToken).header(CSRF_HEADER, csrfToken)
                .POST(BodyPublishers.ofString(json(Map.of("username", user, "password", password)),
                        StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() != 200) {
            throw new RefusedRequest("login as " + user + ": HTTP " + response.statusCode() + " "
                    + abbreviate(response.body()));
        }
        String session = response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).map(cookie -> cookie.substring(11).split(";")[0])
                .findFirst().orElseThrow(() -> new RefusedRequest("login as " + user + ": no session cookie"));
        return session;
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            requests.incrementAndGet();
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ServerUnreachable(baseUrl + " answers no more (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerUnreachable("interrupted", e);
        }
    }

    private static String json(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String abbreviate(String text) {
        return text == null ? "" : text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }

    /** The server did not answer (stopped, killed, unreachable). */
    static final class ServerUnreachable extends RuntimeException {
        ServerUnreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The server refused a request the simulation thought right: a bug on one side or the other. */
    static final class RefusedRequest extends RuntimeException {
        RefusedRequest(String message) {
            super(message);
        }
    }
}
