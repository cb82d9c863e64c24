package org.policyflow.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.policyflow.ApplicationTest;
import org.policyflow.escalation.NoticeIssued;
import org.policyflow.reporting.ReminderSent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The message centre on the whole application: digests written by a real import, reminders and 督办单 announced in a
 * transaction as the engine's delegates announce them, each body reading only its own, and delivery from the outbox
 * to a real SMTP server (GreenMail) and a real HTTP listener standing in for a group robot.
 */
class MessageCentreTest extends ApplicationTest {

    private static final String PASSWORD = "demo";
    private static final String LEAD = "commerce";
    private static final String COUNTY = "kunshan";
    private static final AtomicInteger DOCUMENTS = new AtomicInteger(8100);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    TestRestTemplate http;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    OutboxDelivery delivery;
    @Autowired
    Outbox outbox;
    @Autowired
    MessageStore messages;
    @Autowired
    IdentityService identities;
    @Autowired
    Links links;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired
    org.camunda.bpm.engine.ManagementService management;

    /** Imports a plan of two items led by commerce, one with kunshan; @return the items' ids by title. */
    private Map<String, Long> importPlan(String token) {
        int number = DOCUMENTS.incrementAndGet();
        String plan = """
                苏州市人民政府办公室关于印发消息测试工作要点的通知
                苏府办〔2026〕%d号
                一、重点任务
                （一）开展%s甲。年内服务企业不少于300家。（市商务局牵头，昆山市配合）
                （二）开展%s乙。年内走访企业不少于100家。（市商务局牵头负责）
                """.formatted(number, token, token);
        ResponseEntity<String> imported = post("coordinator", "/api/plans", Map.of("text", plan));
        assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.CREATED);
        return Map.of(
                "甲", jdbc.sql("select id from pf_item where business_key = ?").param("苏府办〔2026〕" + number + "号-1")
                        .query(Long.class).single(),
                "乙", jdbc.sql("select id from pf_item where business_key = ?").param("苏府办〔2026〕" + number + "号-2")
                        .query(Long.class).single());
    }

    private List<JsonNode> messagesMentioning(String user, String token) throws IOException {
        JsonNode page = json.readTree(get(user, "/api/messages?size=100").getBody());
        List<JsonNode> found = new java.util.ArrayList<>();
        page.get("rows").forEach(row -> {
            if (row.get("body").asText().contains(token) || row.get("title").asText().contains(token)) {
                found.add(row);
            }
        });
        return found;
    }

    @Test
    void anImportTellsEachBodyOnceNamingAllItsNewTasks() throws IOException {
        importPlan("消息摘要");

        List<JsonNode> lead = messagesMentioning(LEAD, "消息摘要");
        assertThat(lead).as("one digest for the lead's two new tasks").hasSize(1);
        assertThat(lead.get(0).get("kind").asText()).isEqualTo("NEW_TASKS");
        assertThat(lead.get(0).get("taskCount").asInt()).isEqualTo(2);
        assertThat(lead.get(0).get("title").asText()).isEqualTo("新待办 2 项");
        assertThat(lead.get(0).get("body").asText()).contains("消息摘要甲", "消息摘要乙", "截止");
        List<JsonNode> county = messagesMentioning(COUNTY, "消息摘要");
        assertThat(county).hasSize(1);
        assertThat(county.get(0).get("body").asText()).contains("消息摘要甲").doesNotContain("消息摘要乙");
        assertThat(jdbc.sql("select count(*) from pf_message where id = ? and open_until > ?")
                .params(lead.get(0).get("id").asLong(), java.sql.Timestamp.from(Instant.now().plusSeconds(60)))
                .query(Long.class).single()).as("the import closed the digest").isZero();
    }

    @Test
    void aUserReadsOnlyTheirBodysMessagesAndReadsThemForThemselves() throws IOException {
        importPlan("消息已读");
        long message = messagesMentioning(LEAD, "消息已读").get(0).get("id").asLong();
        long unread = unread(LEAD);

        assertThat(post(COUNTY, "/api/messages/" + message + "/read", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(messagesMentioning("water", "消息已读")).isEmpty();
        assertThat(post(LEAD, "/api/messages/" + message + "/read", null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post(LEAD, "/api/messages/" + message + "/read", null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(unread(LEAD)).isEqualTo(unread - 1);
        assertThat(messagesMentioning(LEAD, "消息已读").get(0).get("read").asBoolean()).isTrue();
        assertThat(get(LEAD, "/api/messages?size=0").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        assertThat(post(LEAD, "/api/messages/read-all", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(unread(LEAD)).isZero();
    }

    @Test
    void remindersAndNoticesMarkTheBodysOpenTaskAndTellTheBody() throws IOException {
        long item = importPlan("消息提醒").get("甲");
        Instant due = Instant.now().plus(Duration.ofDays(3));
        inTransaction(() -> {
            events.publishEvent(new ReminderSent(item, null, COUNTY, ReminderSent.Kind.REMINDER, due, Instant.now()));
            events.publishEvent(new ReminderSent(item, null, COUNTY, ReminderSent.Kind.URGE, due, Instant.now()));
            events.publishEvent(new NoticeIssued(item, COUNTY, "BLUE", "蓝色督办", "限期报送配合材料",
                    LocalDate.now().plusDays(5), Instant.now()));
        });

        JsonNode row = json.readTree(get(COUNTY, "/api/inbox?itemId=" + item).getBody()).get("rows").get(0);
        JsonNode marks = row.get("marks");
        assertThat(marks.get("remindedAt").isNull()).isFalse();
        assertThat(marks.get("urgedAt").isNull()).isFalse();
        assertThat(marks.get("escalationLevel").asText()).isEqualTo("蓝色督办");
        JsonNode page = json.readTree(get(COUNTY, "/api/tasks/" + row.get("taskId").asText()).getBody());
        assertThat(page.get("marks").get("escalatedAt").isNull()).isFalse();
        JsonNode leadRow = json.readTree(get(LEAD, "/api/inbox?itemId=" + item).getBody()).get("rows").get(0);
        assertThat(leadRow.get("marks").get("urgedAt").isNull()).as("another body's task is not marked").isTrue();

        List<JsonNode> told = messagesMentioning(COUNTY, "消息提醒甲");
        assertThat(told).extracting(message -> message.get("kind").asText())
                .contains("NEW_TASKS", "REMINDER", "URGE", "NOTICE");
        JsonNode urge = told.stream().filter(message -> message.get("kind").asText().equals("URGE")).findFirst()
                .orElseThrow();
        assertThat(urge.get("title").asText()).startsWith("催办:");
        assertThat(urge.get("link").asText()).isEqualTo("/tasks/" + row.get("taskId").asText());
        assertThat(messagesMentioning(LEAD, "消息提醒甲")).extracting(message -> message.get("kind").asText())
                .containsOnly("NEW_TASKS");
    }

    @Test
    void theReportingPeriodsReminderAndUrgeTimersMarkTheContributorsTaskAndTellItsBody() throws IOException {
        long item = importPlan("消息计时").get("甲");
        long plan = jdbc.sql("select plan_id from v_item where id = ?").param(item).query(Long.class).single();
        long period = jdbc.sql("select min(id) from v_reporting_period where plan_id = ?").param(plan)
                .query(Long.class).single();
        Map<String, Object> variables = new java.util.HashMap<>(Map.of("planId", plan, "itemId", item,
                "itemLabel", "(一) 开展消息计时甲", "leadDepartmentId", LEAD,
                "contributorDepartmentIds", new java.util.ArrayList<>(List.of(COUNTY)), "periodId", period,
                "calendarMode", "REAL"));
        String instance = runtime.startProcessInstanceByKey("reporting-period", "消息计时-" + period, variables)
                .getId();

        management.executeJob(timer(instance, "ContributionReminder"));
        management.executeJob(timer(instance, "ContributionOverdue"));

        JsonNode rows = json.readTree(get(COUNTY, "/api/inbox?itemId=" + item).getBody()).get("rows");
        JsonNode contribution = java.util.stream.StreamSupport.stream(rows.spliterator(), false)
                .filter(row -> row.get("taskKey").asText().equals("SubmitContribution")).findFirst().orElseThrow();
        assertThat(contribution.get("marks").get("remindedAt").isNull()).isFalse();
        assertThat(contribution.get("marks").get("urgedAt").isNull()).isFalse();
        List<JsonNode> told = messagesMentioning(COUNTY, "消息计时甲");
        assertThat(told).extracting(message -> message.get("kind").asText()).contains("REMINDER", "URGE");
        assertThat(told).filteredOn(message -> message.get("kind").asText().equals("URGE"))
                .extracting(message -> message.get("link").asText())
                .containsExactly("/tasks/" + contribution.get("taskId").asText());
    }

    private String timer(String instance, String activity) {
        return management.createJobQuery().processInstanceId(instance).activityId(activity).singleResult().getId();
    }

    @Test
    void aWebhookGetsTheRobotTextMessageOnceAfterCommit() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer robot = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        robot.createContext("/robot", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = "{\"errcode\":0,\"errmsg\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        robot.start();
        String url = "http://127.0.0.1:" + robot.getAddress().getPort() + "/robot";
        try {
            assertThat(put(COUNTY, "/api/messages/webhooks/" + COUNTY, Map.of("url", url)).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            ResponseEntity<String> bad = put("coordinator", "/api/messages/webhooks/" + COUNTY,
                    Map.of("url", "file:///etc/passwd"));
            assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(bad.getBody()).contains("群机器人地址");
            assertThat(put("coordinator", "/api/messages/webhooks/nobody", Map.of("url", url)).getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(put("coordinator", "/api/messages/webhooks/" + COUNTY, Map.of("url", url)).getStatusCode())
                    .isEqualTo(HttpStatus.NO_CONTENT);

            long item = importPlan("消息机器人").get("甲");
            inTransaction(() -> events.publishEvent(new NoticeIssued(item, COUNTY, "ORANGE", "橙色督办",
                    "限期整改到位", LocalDate.now().plusDays(5), Instant.now())));
            // the scheduled delivery may take it first; either way it arrives once
            for (int i = 0; i < 100 && received.stream().noneMatch(body -> body.contains("橙色督办")); i++) {
                delivery.deliver();
                Thread.sleep(100);
            }
            delivery.deliver();
            List<String> notices = received.stream().filter(body -> body.contains("橙色督办")).toList();
            assertThat(notices).hasSize(1);
            JsonNode sent = json.readTree(notices.get(0));
            assertThat(sent.get("msgtype").asText()).isEqualTo("text");
            assertThat(sent.get("text").get("content").asText()).contains("橙色督办", "消息机器人甲", "限期整改到位",
                    links.absolute("/inbox"));
        } finally {
            put("coordinator", "/api/messages/webhooks/" + COUNTY, Map.of("url", ""));
            robot.stop(0);
        }
    }

    @Test
    void aRobotThatFailsIsTriedAgainLaterNotAtOnce() throws Exception {
        HttpServer robot = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        List<String> calls = new CopyOnWriteArrayList<>();
        robot.createContext("/robot", exchange -> {
            calls.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = "{\"errcode\":310000,\"errmsg\":\"keywords not in content\"}"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        robot.start();
        String body = "kunshan";
        try {
            put("coordinator", "/api/messages/webhooks/" + body,
                    Map.of("url", "http://127.0.0.1:" + robot.getAddress().getPort() + "/robot"));
            long item = importPlan("消息重试").get("甲");
            Instant before = Instant.now();
            inTransaction(() -> events.publishEvent(new ReminderSent(item, null, body, ReminderSent.Kind.URGE,
                    Instant.now(), Instant.now())));
            long message = jdbc.sql("select max(id) from pf_message where department_id = ? and kind = 'URGE'")
                    .param(body).query(Long.class).single();
            for (int i = 0; i < 100 && attempts(message) == 0; i++) {
                delivery.deliver();
                Thread.sleep(100);
            }
            delivery.deliver();
            Map<String, Object> row = jdbc.sql("select status, attempts, due_at, last_error from pf_outbox "
                    + "where message_id = ? and channel = 'WEBHOOK'").param(message).query().singleRow();
            assertThat(row.get("STATUS")).isEqualTo("PENDING");
            assertThat(row.get("ATTEMPTS")).isEqualTo(1);
            assertThat(row.get("LAST_ERROR").toString()).contains("errcode 310000");
            assertThat(((java.time.OffsetDateTime) row.get("DUE_AT")).toInstant())
                    .as("the first retry waits a minute").isAfter(before.plus(Duration.ofSeconds(50)));
            assertThat(calls.stream().filter(call -> call.contains("催办"))).as("one attempt so far").hasSize(1);
        } finally {
            put("coordinator", "/api/messages/webhooks/" + body, Map.of("url", ""));
            robot.stop(0);
        }
    }

    private int attempts(long message) {
        return jdbc.sql("select coalesce(max(attempts), 0) from pf_outbox where message_id = ?").param(message)
                .query(Integer.class).single();
    }

    @Test
    void ofTwoNodesClaimingOneDeliveryOnlyOneGetsIt() {
        Instant now = Instant.now();
        long message = messages.insert(new MessageStore.NewMessage(COUNTY, "NOTICE", "认领测试", "认领测试", "/inbox",
                null, 0, now, null));
        outbox.add(message, WebhookChannel.NAME, "http://127.0.0.1:9/none", now.plus(Duration.ofDays(1)), now);
        long id = jdbc.sql("select id from pf_outbox where message_id = ?").param(message).query(Long.class).single();

        Instant later = now.plus(Duration.ofDays(2));
        assertThat(outbox.claim(id, "node-a", later, Duration.ofMinutes(2))).isTrue();
        assertThat(outbox.claim(id, "node-b", later, Duration.ofMinutes(2))).isFalse();
        assertThat(outbox.claim(id, "node-b", later.plus(Duration.ofMinutes(3)), Duration.ofMinutes(2)))
                .as("a dead node's lease runs out").isTrue();
        outbox.sent(id, "node-a", later);
        assertThat(jdbc.sql("select status from pf_outbox where id = ?").param(id).query(String.class).single())
                .as("only the holder records the outcome").isEqualTo("PENDING");
        outbox.sent(id, "node-b", later);
        assertThat(jdbc.sql("select status from pf_outbox where id = ?").param(id).query(String.class).single())
                .isEqualTo("SENT");
    }

    @Test
    void mailGoesInChineseToTheBodysMembersWithALinkToTheTask() throws Exception {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(smtp.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        MailChannel mail = new MailChannel(provider(sender), identities, links, "policyflow@policyflow.test");

        assertThat(mail.recipients(COUNTY)).contains("kunshan@policyflow.test");
        assertThat(new MailChannel(provider(null), identities, links, "x@policyflow.test").recipients(COUNTY))
                .as("without spring.mail.host nothing is queued").isEmpty();
        mail.send(42, "kunshan@policyflow.test", new Message(1, "URGE", "催办:(一) 开展消息测试", "任务已到期,请尽快报送。",
                "/tasks/abc", null, 0, null, false));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("【PolicyFlow】催办:(一) 开展消息测试");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("kunshan@policyflow.test");
        assertThat(received[0].getMessageID()).isEqualTo("<policyflow-outbox-42@policyflow>");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(received[0])).isNotBlank();
        assertThat(new String(received[0].getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("任务已到期", links.absolute("/tasks/abc"));
    }

    private static ObjectProvider<JavaMailSender> provider(JavaMailSender sender) {
        return new ObjectProvider<>() {
            @Override
            public JavaMailSender getObject() {
                return sender;
            }

            @Override
            public JavaMailSender getIfAvailable() {
                return sender;
            }

            @Override
            public JavaMailSender getObject(Object... args) {
                return sender;
            }

            @Override
            public JavaMailSender getIfUnique() {
                return sender;
            }
        };
    }

    private long unread(String user) throws IOException {
        return json.readTree(get(user, "/api/messages/unread-count").getBody()).get("unread").asLong();
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }

    private ResponseEntity<String> get(String user, String path) {
        return http.withBasicAuth(user, PASSWORD).getForEntity(path, String.class);
    }

    private ResponseEntity<String> post(String user, String path, Object body) {
        return http.withBasicAuth(user, PASSWORD).postForEntity(path, body, String.class);
    }

    private ResponseEntity<String> put(String user, String path, Object body) {
        return http.withBasicAuth(user, PASSWORD).exchange(path, HttpMethod.PUT, new HttpEntity<>(body), String.class);
    }
}
