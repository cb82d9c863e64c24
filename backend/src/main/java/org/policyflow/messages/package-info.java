/**
 * 站内消息 and their delivery: a message to a body for each fact that asks it to act (new tasks as a digest, 提醒,
 * 催办, 督办单, a returned report, an extension decided), written in the transaction of the event that announces the
 * fact; each member's unread count and reading; a transactional outbox delivering the messages after commit by e-mail
 * (spring.mail.*) and to the body's group robot (webhook), claimed per row so that no node sends one twice.
 * <p>
 * Owns pf_message, pf_message_read, pf_outbox and pf_body_webhook. Publishes nothing: it listens to the events of
 * inbox, reporting, escalation and reporting's ActionItemsStarted, and serves /api/messages.
 */
@org.policyflow.OwnsTables({"pf_message", "pf_message_read", "pf_outbox", "pf_body_webhook"})
package org.policyflow.messages;
