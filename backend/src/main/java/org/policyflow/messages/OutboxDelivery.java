package org.policyflow.messages;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.policyflow.engine.EngineClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Delivers the outbox after commit: every few seconds each node takes the due rows, claims each with a lease (only
 * one node wins a row), sends it and records the outcome. A failure is tried again after a growing pause (base × 4^n:
 * 1 min, 4 min, 16 min, …) up to the last attempt. A node that dies after claiming leaves the row to the others once
 * its lease ends; one that dies after sending but before recording sends that one delivery again, with the same
 * Message-ID (the only window: SMTP and webhooks cannot take part in the database's transaction).
 */
@Configuration
@EnableScheduling
class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final int BATCH = 50;

    private final Outbox outbox;
    private final MessageStore messages;
    private final Map<String, Channel> channels;
    private final EngineClock clock;
    private final Duration lease;
    private final Duration retryBase;
    private final int maxAttempts;
    private final String node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

    OutboxDelivery(Outbox outbox, MessageStore messages, List<Channel> channels, EngineClock clock,
                   @Value("${policyflow.messages.lease:PT2M}") Duration lease,
                   @Value("${policyflow.messages.retry-base:PT1M}") Duration retryBase,
                   @Value("${policyflow.messages.max-attempts:6}") int maxAttempts) {
        this.outbox = outbox;
        this.messages = messages;
        this.channels = channels.stream().collect(Collectors.toMap(Channel::name, Function.identity()));
        this.clock = clock;
        this.lease = lease;
        this.retryBase = retryBase;
        this.maxAttempts = maxAttempts;
    }

    @Scheduled(fixedDelayString = "${policyflow.messages.delivery-interval:PT5S}",
            initialDelayString = "${policyflow.messages.delivery-initial-delay:PT5S}")
    void deliverDue() {
        deliver();
    }

    /** @return how many deliveries this call sent */
    int deliver() {
        int sent = 0;
        for (Outbox.Delivery delivery : outbox.due(clock.instant(), BATCH)) {
            if (outbox.claim(delivery.id(), node, clock.instant(), lease) && send(delivery)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(Outbox.Delivery delivery) {
        try {
            channels.get(delivery.channel()).send(delivery.id(), delivery.recipient(),
                    messages.find(delivery.messageId()));
            outbox.sent(delivery.id(), node, clock.instant());
            return true;
        } catch (Exception e) {
            int attempt = delivery.attempts() + 1;
            Instant now = clock.instant();
            Optional<Instant> retry = attempt >= maxAttempts ? Optional.empty()
                    : Optional.of(now.plus(retryBase.multipliedBy(1L << (2 * (attempt - 1)))));
            log.warn("Delivery {} ({} to {}) failed on attempt {}: {}", delivery.id(), delivery.channel(),
                    delivery.recipient(), attempt, e.toString());
            outbox.failed(delivery.id(), node, String.valueOf(e.getMessage()), retry, now);
            return false;
        }
    }
}
