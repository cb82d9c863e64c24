package org.policyflow.messages;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import jakarta.mail.internet.MimeMessage;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail through Spring Boot's spring.mail.* settings to the Camunda e-mail address of each member of the body.
 * Without spring.mail.host Spring Boot makes no mail sender, and this channel has no recipients: nothing is queued.
 */
@Component
class MailChannel implements Channel {

    static final String NAME = "EMAIL";

    private final ObjectProvider<JavaMailSender> sender;
    private final IdentityService identities;
    private final Links links;
    private final String from;

    MailChannel(ObjectProvider<JavaMailSender> sender, IdentityService identities, Links links,
                @Value("${policyflow.messages.mail-from:policyflow@localhost}") String from) {
        this.sender = sender;
        this.identities = identities;
        this.links = links;
        this.from = from;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> recipients(String departmentId) {
        if (sender.getIfAvailable() == null) {
            return List.of();
        }
        return identities.createUserQuery().memberOfGroup(departmentId).list().stream()
                .map(User::getEmail).filter(Objects::nonNull).map(String::trim)
                .filter(address -> !address.isEmpty()).distinct().sorted().toList();
    }

    @Override
    public void send(long deliveryId, String recipient, Message message) throws Exception {
        JavaMailSender mail = sender.getObject();
        MimeMessage mime = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(recipient);
        helper.setSubject("【PolicyFlow】" + message.title());
        helper.setText(message.body() + "\n\n办理链接:" + links.absolute(message.link())
                + "\n\n(本邮件由 PolicyFlow 自动发送,请勿直接回复。)");
        mime.saveChanges();
        // the outbox row's id: a message re-sent after a crash between sending and recording carries the same id
        mime.setHeader("Message-ID", "<policyflow-outbox-" + deliveryId + "@policyflow>");
        mail.send(mime);
    }
}
