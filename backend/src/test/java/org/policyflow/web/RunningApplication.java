package org.policyflow.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.policyflow.ApplicationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole application on H2 with the seed plan and the demo accounts, reached over real HTTP the way scripts reach
 * it (HTTP Basic). The tests of this package extend it; the application is {@link ApplicationTest}'s shared one.
 */
abstract class RunningApplication extends ApplicationTest {

    /**
     * Business keys of the seed plan's items: the tests of the shared application import plans and start instances of
     * their own, so a test that takes "an open task" takes one of these.
     */
    static final String SEED_ITEMS = "苏府办〔2025〕77号-%";

    static final String PASSWORD = "demo";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    int port;

    HttpResponse<String> send(String user, String method, String path, String contentType, BodyPublisher body) {
        HttpResponse<String> answer = send(user, PASSWORD, method, path, contentType, body, Duration.ofSeconds(60));
        if (answer == null) {
            throw new IllegalStateException(method + " " + path + " got no answer within 60 s");
        }
        return answer;
    }

    /** The answer, or null when none came within {@code timeout} (the request is abandoned then). */
    HttpResponse<String> send(String user, String method, String path, String contentType, BodyPublisher body,
            Duration timeout) {
        return send(user, PASSWORD, method, path, contentType, body, timeout);
    }

    /** A GET with HTTP Basic credentials of one's own (a wrong password, an unknown user). */
    HttpResponse<String> sendAs(String user, String password, String method, String path) {
        return send(user, password, method, path, null, HttpRequest.BodyPublishers.noBody(), Duration.ofSeconds(60));
    }

    private HttpResponse<String> send(String user, String password, String method, String path, String contentType,
            BodyPublisher body, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(timeout).header("Accept", "application/json")
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            return null;
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " got no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code text} as a JSON string literal. */
    static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> postJson(String user, String path, String json) {
        return send(user, "POST", path, "application/json",
                HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }
}
