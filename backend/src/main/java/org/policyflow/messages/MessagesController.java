package org.policyflow.messages;

import java.net.URI;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import org.policyflow.engine.EngineClock;
import org.policyflow.identity.CoordinatingOffice;
import org.policyflow.identity.CurrentUser;
import org.policyflow.inbox.TextOnly;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.lang.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * 站内消息: the messages of the user's bodies with the user's own reading, and the coordinating office's setting of
 * each body's group robot.
 */
@RestController
class MessagesController {

    static final int MAX_PAGE_SIZE = 100;
    private static final int MAX_URL = 500;

    record Unread(long unread) {
    }

    /**
     * @param messagesByKind      站内消息 written, by kind
     * @param deliveriesByChannel outbox rows by channel (EMAIL, WEBHOOK) and status (PENDING, SENT, FAILED)
     */
    record Statistics(Map<String, Long> messagesByKind, Map<String, Map<String, Long>> deliveriesByChannel) {
    }

    record WebhookSetting(@JsonDeserialize(using = TextOnly.class) @Nullable String url) {
    }

    private final MessageStore messages;
    private final Outbox outbox;
    private final BodyWebhooks webhooks;
    private final EngineClock clock;

    MessagesController(MessageStore messages, Outbox outbox, BodyWebhooks webhooks, EngineClock clock) {
        this.messages = messages;
        this.outbox = outbox;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    @GetMapping("/api/messages")
    MessageStore.MessagePage page(@AuthenticationPrincipal CurrentUser user,
                           @RequestParam(defaultValue = "false") boolean unreadOnly,
                           @RequestParam(defaultValue = "0") int page,
                           @RequestParam(defaultValue = "20") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw problem(HttpStatus.BAD_REQUEST, "「页码」(page) 不能为负,「每页条数」(size) 须在 1 到 " + MAX_PAGE_SIZE
                    + " 之间");
        }
        return messages.page(user.userId(), user.departmentIds(), unreadOnly, page, size);
    }

    @GetMapping("/api/messages/unread-count")
    Unread unread(@AuthenticationPrincipal CurrentUser user) {
        return new Unread(messages.unread(user.userId(), user.departmentIds()));
    }

    /** Marks one message read for this user; 404 for a message of another body. */
    @PostMapping("/api/messages/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        if (!messages.markRead(user.userId(), user.departmentIds(), id, clock.instant())) {
            throw problem(HttpStatus.NOT_FOUND, "没有这条消息");
        }
    }

    @PostMapping("/api/messages/read-all")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void readAll(@AuthenticationPrincipal CurrentUser user) {
        messages.markAllRead(user.userId(), user.departmentIds(), clock.instant());
    }

    /** What was written and delivered, for the coordinating office and the year simulation's summary. */
    @GetMapping("/api/messages/statistics")
    @CoordinatingOffice
    Statistics statistics() {
        return new Statistics(messages.byKind(), outbox.byChannel());
    }

    @GetMapping("/api/messages/webhooks")
    @CoordinatingOffice
    List<BodyWebhooks.Webhook> webhooks() {
        return webhooks.all();
    }

    /** Sets (or, with an empty url, removes) the body's 企业微信 / 钉钉 group robot address. */
    @PutMapping("/api/messages/webhooks/{departmentId}")
    @CoordinatingOffice
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void setWebhook(@AuthenticationPrincipal CurrentUser user, @PathVariable String departmentId,
                    @RequestBody WebhookSetting setting) {
        if (!webhooks.departmentExists(departmentId)) {
            throw problem(HttpStatus.NOT_FOUND, "没有单位「" + departmentId + "」");
        }
        String url = setting == null || setting.url() == null ? "" : setting.url().strip();
        if (url.isEmpty()) {
            webhooks.remove(departmentId);
            return;
        }
        webhooks.set(departmentId, checkedUrl(url), user.userId(), clock.instant());
    }

    /** A robot address is an absolute http(s) URL with a host; anything else is refused naming the field. */
    static String checkedUrl(String url) {
        URI uri;
        try {
            uri = url.length() > MAX_URL ? null : new URI(url);
        } catch (java.net.URISyntaxException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || uri.getScheme() == null
                || !List.of("http", "https").contains(uri.getScheme().toLowerCase(java.util.Locale.ROOT))) {
            throw problem(HttpStatus.BAD_REQUEST, "「群机器人地址」(url) 须是 http:// 或 https:// 开头、不超过 " + MAX_URL
                    + " 个字符的网址");
        }
        return url;
    }

    private static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
