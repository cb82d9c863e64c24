package org.policyflow.simulation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * PolicyFlow's public HTTP API as a script reaches it: /api and /engine-rest with HTTP Basic, one demo account per
 * call. Answers outside 2xx other than 409 (a lost race, tried again next round) stop the simulation with the
 * server's message.
 */
final class PolicyFlowClient {

    static final ObjectMapper JSON = new ObjectMapper();

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

    PolicyFlowClient(String baseUrl, String password) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.password = password;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    JsonNode get(String user, String path) {
        return send(user, HttpRequest.newBuilder(uri(path)).GET(), path).body();
    }

    Answer post(String user, String path, Object body) {
        String json;
        try {
            json = body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json, StandardCharsets.UTF_8)), path);
    }

    long requests() {
        return requests.get();
    }

    private Answer send(String user, HttpRequest.Builder request, String path) {
        request.timeout(Duration.ofSeconds(120)).header("Accept", "application/json").header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        HttpRequest built = request.build();
        HttpResponse<String> response;
        try {
            requests.incrementAndGet();
            response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ServerUnreachable(baseUrl + " answers no more (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerUnreachable("interrupted", e);
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
