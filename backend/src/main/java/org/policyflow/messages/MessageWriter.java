package org.policyflow.messages;

import static org.policyflow.engine.EngineClock.ZONE;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.policyflow.engine.EngineClock;
import org.policyflow.escalation.NoticeIssued;
import org.policyflow.identity.IdentityGroups;
import org.policyflow.inbox.TaskOpened;
import org.policyflow.reporting.ActionItemsStarted;
import org.policyflow.reporting.ExtensionDecided;
import org.policyflow.reporting.ReminderSent;
import org.policyflow.reporting.ReportReturned;
import org.policyflow.reporting.WorkPlanChangeDecided;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the message (and its outbox rows) for each event that asks a body to act, in the transaction that
 * publishes the event: the message exists exactly when the fact it tells was committed.
 */
@Component
class MessageWriter {

    static final String NEW_TASKS = "NEW_TASKS";
    static final String NOTICE = "NOTICE";
    static final String REPORT_RETURNED = "REPORT_RETURNED";
    static final String EXTENSION_DECIDED = "EXTENSION_DECIDED";
    static final String WORK_PLAN_CHANGE_DECIDED = "WORK_PLAN_CHANGE_DECIDED";

    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
    private static final String INBOX = "/inbox";

    private final MessageStore messages;
    private final Outbox outbox;
    private final List<Channel> channels;
    private final JdbcClient jdbc;
    private final EngineClock clock;
    private final Duration digestWindow;

    MessageWriter(MessageStore messages, Outbox outbox, List<Channel> channels, JdbcClient jdbc, EngineClock clock,
                  @Value("${policyflow.messages.digest-window:PT1H}") Duration digestWindow) {
        this.messages = messages;
        this.outbox = outbox;
        this.channels = channels;
        this.jdbc = jdbc;
        this.clock = clock;
        this.digestWindow = digestWindow;
    }

    /**
     * A new task joins its body's open digest, or opens one that takes the body's new tasks for the digest window
     * (an hour); an import closes its bodies' digests at its end, so each body gets one message per import.
     */
    @EventListener
    void taskOpened(TaskOpened task) {
        Instant now = clock.instant();
        // the task's title names its item and period already (engine.TaskTitle)
        String line = "\n· " + task.title() + (task.dueAt() == null ? "" : ",截止 " + MINUTE.format(task.dueAt()));
        Optional<Long> digest = messages.openDigest(task.departmentId(), NEW_TASKS, now);
        if (digest.isPresent()) {
            messages.addToDigest(digest.get(), digestTitle(messages.taskCount(digest.get()) + 1), line);
            return;
        }
        Instant until = now.plus(digestWindow);
        write(new MessageStore.NewMessage(task.departmentId(), NEW_TASKS, digestTitle(1),
                "您单位有新的待办任务,请在「我的待办」中办理:" + line, INBOX, task.itemId(), 1, now, until), until);
    }

    private static String digestTitle(int tasks) {
        return "新待办 " + tasks + " 项";
    }

    @EventListener
    void importFinished(ActionItemsStarted started) {
        Set<String> bodies = new TreeSet<>(Set.of(IdentityGroups.COORDINATION_OFFICE));
        started.instances().forEach(instance -> bodies.addAll(instance.bodies()));
        Instant now = clock.instant();
        outbox.dueNow(messages.closeDigests(bodies, NEW_TASKS, now), now);
    }

    @EventListener
    void reminded(ReminderSent reminder) {
        boolean urge = reminder.kind() == ReminderSent.Kind.URGE;
        String item = itemLabel(reminder.itemId()).orElse("事项");
        String body = urge
                ? item + " 的任务已于 " + MINUTE.format(reminder.dueAt()) + " 到期,尚未办理,请尽快报送。"
                : item + " 的任务将于 " + MINUTE.format(reminder.dueAt()) + " 到期,请按时报送。";
        String link = openTask(reminder.itemId(), reminder.departmentId(), reminder.dueAt()).map(id -> "/tasks/" + id)
                .orElse(INBOX);
        now(reminder.departmentId(), reminder.kind().name(), urge ? "催办:" + item : "提醒:" + item, body, link,
                reminder.itemId());
    }

    @EventListener
    void noticeIssued(NoticeIssued notice) {
        String item = itemLabel(notice.itemId()).orElse("事项");
        now(notice.departmentId(), NOTICE, notice.levelName() + ":" + item,
                "协调办已就 " + item + " 签发" + notice.levelName() + "单,请于 " + notice.deadline()
                        + " 前反馈整改情况。整改要求:" + notice.requirements(), INBOX, notice.itemId());
    }

    @EventListener
    void reportReturned(ReportReturned returned) {
        String item = itemLabel(returned.itemId()).orElse("事项");
        now(returned.departmentId(), REPORT_RETURNED, "进展报告被退回:" + item,
                item + " 的进展报告已被协调办退回,请修改后重新报送。退回理由:" + returned.reason(), INBOX,
                returned.itemId());
    }

    @EventListener
    void extensionDecided(ExtensionDecided decision) {
        String item = itemLabel(decision.itemId()).orElse("事项");
        String outcome = decision.approved() ? "已同意,截止时间顺延至 " : "未同意,截止时间仍为 ";
        now(decision.departmentId(), EXTENSION_DECIDED, (decision.approved() ? "延期申请已同意:" : "延期申请未同意:")
                        + item,
                item + " 的延期申请" + outcome + MINUTE.format(decision.dueAt()) + "。"
                        + (decision.comment() == null || decision.comment().isBlank() ? ""
                        : "审核说明:" + decision.comment()), INBOX, decision.itemId());
    }

    @EventListener
    void workPlanChangeDecided(WorkPlanChangeDecided decision) {
        String item = itemLabel(decision.itemId()).orElse("事项");
        now(decision.departmentId(), WORK_PLAN_CHANGE_DECIDED,
                (decision.approved() ? "工作计划调整已批准:" : "工作计划调整被退回:") + item,
                item + (decision.approved() ? " 的工作计划调整申请已批准,调整后的计划即日起执行。审批说明:"
                        : " 的工作计划调整申请已被协调办退回,原工作计划继续执行。退回理由:") + decision.comment(),
                "/items/" + decision.itemId(), decision.itemId());
    }

    private void now(String departmentId, String kind, String title, String body, String link, long itemId) {
        Instant now = clock.instant();
        write(new MessageStore.NewMessage(departmentId, kind, title, body, link, itemId, 0, now, null), now);
    }

    private void write(MessageStore.NewMessage message, Instant deliverAt) {
        long id = messages.insert(message);
        for (Channel channel : channels) {
            for (String recipient : channel.recipients(message.departmentId())) {
                outbox.add(id, channel.name(), recipient, deliverAt, message.createdAt());
            }
        }
    }

    private Optional<String> itemLabel(Long itemId) {
        if (itemId == null) {
            return Optional.empty();
        }
        return jdbc.sql("select label, title from v_item where id = ?").param(itemId)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).optional();
    }

    /**
     * Where a reminder sends the reader: the body's open task of the item that falls due when the reminder says (a
     * body may also have, say, its 签收 still open on the item), else the one due first.
     */
    private Optional<String> openTask(long itemId, String departmentId, Instant dueAt) {
        return jdbc.sql("""
                select id from v_open_task where item_id = ? and department_id = ?
                order by case when due_at = ? then 0 else 1 end, due_at nulls last, id""")
                .params(itemId, departmentId, java.sql.Timestamp.from(dueAt)).query(String.class).list().stream()
                .findFirst();
    }
}
