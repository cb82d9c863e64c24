package org.policyflow.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The message centre's outbox across a kill -9, on the demo's H2 file database with a real SMTP server (GreenMail on
 * 127.0.0.1): the first start imports the seed plan, which writes each body's digest of new tasks and its e-mail
 * deliveries in the import's transaction, while delivery is held back; the node is killed before it sends anything.
 * The restarted node delivers every committed e-mail exactly once (no loss, no repeat), in Chinese, naming the body's
 * items, a few at most per account. Two nodes on one PostgreSQL database, both delivering every 0.2 s, send each
 * delivery once.
 */
class MessageDeliveryCrashIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration LIMIT = Duration.ofMinutes(3);
    private static final String SMALL_PLAN = "src/test/resources/plans/changzhou-work-points.txt";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @TempDir
    Path workDir;

    private List<String> settings(String firstDelivery, String interval) {
        return List.of("--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--policyflow.messages.delivery-initial-delay=" + firstDelivery,
                "--policyflow.messages.delivery-interval=" + interval);
    }

    @Test
    void aKillBetweenCommitAndDeliveryLosesNoMailAndSendsNoneTwice() throws Exception {
        long pending;
        try (NodeProcess node = NodeProcess.of("mail", workDir, settings("PT1H", "PT1S")).start().awaitUp()) {
            JsonNode email = statistics(node).path("deliveriesByChannel").path("EMAIL");
            pending = email.path("PENDING").asLong();
            assertThat(pending).as("the seed import queued mail: " + email).isPositive();
            assertThat(email.path("SENT").asLong()).isZero();
            node.kill();
        }
        assertThat(smtp.getReceivedMessages()).as("nothing was sent before the kill").isEmpty();

        try (NodeProcess restarted = NodeProcess.of("mail-restarted", workDir, settings("PT1S", "PT1S")).start()
                .awaitUp()) {
            JsonNode email = awaitDelivered(restarted);
            assertThat(email.path("SENT").asLong()).as(email.toString()).isEqualTo(pending);
            restarted.stop();
        }

        MimeMessage[] received = smtp.getReceivedMessages();
        List<String> ids = Arrays.stream(received).map(MessageDeliveryCrashIT::messageId).toList();
        assertThat(ids).as("every committed mail arrived once").hasSize((int) pending).doesNotHaveDuplicates();
        Map<String, Long> perAccount = Arrays.stream(received).collect(Collectors.groupingBy(
                MessageDeliveryCrashIT::recipient, TreeMap::new, Collectors.counting()));
        System.out.printf("mail crash drill: %d queued before the kill, %d delivered after the restart to %d accounts,"
                + " at most %d per account%n", pending, received.length, perAccount.size(),
                perAccount.values().stream().mapToLong(Long::longValue).max().orElse(0));
        assertThat(perAccount.values()).as("a digest, not one mail per task").allMatch(count -> count <= 3);
        MimeMessage commerce = Arrays.stream(received)
                .filter(message -> recipient(message).equals("commerce@policyflow.test")).findFirst().orElseThrow();
        assertThat(commerce.getSubject()).startsWith("【PolicyFlow】新待办");
        assertThat(GreenMailUtil.getBody(commerce)).isNotBlank();
        assertThat(new String(commerce.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("您单位有新的待办任务", "签收", "截止", "/inbox");
    }

    @Test
    void twoNodesOnPostgresSendEachMailOnce() throws Exception {
        try (ScratchPostgres database = ScratchPostgres.create("mail")) {
            List<String> settings = new java.util.ArrayList<>(database.nodeSettings());
            settings.addAll(settings("PT1S", "PT0.2S"));
            // the first node of a fresh database creates the schema and imports the seed plan alone
            try (NodeProcess nodeA = NodeProcess.of("mail-a", workDir, settings).start().awaitUp();
                    NodeProcess nodeB = NodeProcess.of("mail-b", workDir, settings).start().awaitUp()) {
                awaitDelivered(nodeA);
                var imported = nodeB.postJson("coordinator", "/api/plans", JSON.writeValueAsString(Map.of("text",
                        java.nio.file.Files.readString(Path.of(SMALL_PLAN), java.nio.charset.StandardCharsets.UTF_8))));
                assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
                JsonNode email = awaitDelivered(nodeA);
                Map<String, Long> byNode = new TreeMap<>();
                database.jdbc().sql("select claimed_by, count(*) from pf_outbox where status = 'SENT' "
                                + "group by claimed_by")
                        .query((rs, n) -> byNode.put(rs.getString(1).replaceAll("/.*", ""), rs.getLong(2))).list();
                MimeMessage[] received = smtp.getReceivedMessages();
                System.out.printf("two-node mail drill (PostgreSQL): %d sent, %d received, by node %s%n",
                        email.path("SENT").asLong(), received.length, byNode.values());
                assertThat(Arrays.stream(received).map(MessageDeliveryCrashIT::messageId).toList())
                        .as("each delivery once").hasSize((int) email.path("SENT").asLong()).doesNotHaveDuplicates();
                nodeB.stop();
                nodeA.stop();
            }
        }
    }

    /** Waits until no e-mail is pending; @return the e-mail deliveries by status. */
    private static JsonNode awaitDelivered(NodeProcess node) throws Exception {
        Instant deadline = Instant.now().plus(LIMIT);
        JsonNode email = statistics(node).path("deliveriesByChannel").path("EMAIL");
        while (email.path("PENDING").asLong() > 0 || email.path("SENT").asLong() == 0) {
            assertThat(Instant.now()).as("delivered in time: " + email).isBefore(deadline);
            NodeProcess.pause(Duration.ofMillis(500));
            email = statistics(node).path("deliveriesByChannel").path("EMAIL");
        }
        assertThat(email.path("FAILED").asLong()).isZero();
        return email;
    }

    private static JsonNode statistics(NodeProcess node) throws Exception {
        var answer = node.get("coordinator", "/api/messages/statistics");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
