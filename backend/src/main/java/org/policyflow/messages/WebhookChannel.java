package org.policyflow.messages;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * The body's group robot (企业微信 / 钉钉): one POST of their text message, {"msgtype":"text","text":{"content":...}}.
 * Both answer 200 with {"errcode":0} when they took it; another errcode is a failure to retry.
 */
@Component
class WebhookChannel implements Channel {

    static final String NAME = "WEBHOOK";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final BodyWebhooks webhooks;
    private final Links links;
    private final ObjectMapper json;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebhookChannel(BodyWebhooks webhooks, Links links, ObjectMapper json) {
        this.webhooks = webhooks;
        this.links = links;
        this.json = json;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> recipients(String departmentId) {
        return webhooks.url(departmentId).stream().toList();
    }

    @Override
    public void send(long deliveryId, String recipient, Message message) throws Exception {
        String content = "【PolicyFlow】" + message.title() + "\n" + message.body() + "\n"
                + links.absolute(message.link());
        String payload = json.writeValueAsString(Map.of("msgtype", "text", "text", Map.of("content", content)));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(recipient)).timeout(TIMEOUT)
                        .header("Content-Type", "application/json; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
        }
        JsonNode answer = response.body().strip().startsWith("{") ? json.readTree(response.body()) : null;
        if (answer != null && answer.has("errcode") && answer.get("errcode").asInt() != 0) {
            throw new IllegalStateException("errcode " + answer.get("errcode").asInt() + ": " + response.body());
        }
    }
}
