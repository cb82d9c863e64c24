package org.policyflow.inbox;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.policyflow.engine.TaskKey;
import org.policyflow.escalation.EscalationQueue;
import org.policyflow.identity.CurrentUser;
import org.policyflow.identity.IdentityGroups;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 督办台: the coordinating office's three queues. Escalations carry the office's open task in their instance (issue
 * a notice, check a rectification), so acting on a row opens the same task page as the inbox.
 */
@RestController
class DeskController {

    private static final int QUEUE_SIZE = Inbox.MAX_PAGE_SIZE;

    record DeskEscalation(EscalationQueue.OpenEscalation escalation, String taskId, String taskTitle) {
    }

    record Desk(List<DeskEscalation> escalations, Inbox.Page reviews, Inbox.Page extensions) {
    }

    private final EscalationQueue escalations;
    private final Inbox inbox;
    private final JdbcClient jdbc;

    DeskController(EscalationQueue escalations, Inbox inbox, JdbcClient jdbc) {
        this.escalations = escalations;
        this.inbox = inbox;
        this.jdbc = jdbc;
    }

    @GetMapping("/api/desk")
    Desk desk(@AuthenticationPrincipal CurrentUser user) {
        if (!user.isCoordinator()) {
            throw TaskAccess.problem(HttpStatus.FORBIDDEN, "督办台仅供行动方案协调办公室使用");
        }
        Set<String> office = Set.of(IdentityGroups.COORDINATION_OFFICE);
        List<EscalationQueue.OpenEscalation> open = escalations.all();
        Map<String, Map.Entry<String, String>> officeTasks = open.isEmpty() ? Map.of() : jdbc.sql("""
                select process_instance_id, id, title from pf_task
                where state = 'OPEN' and process_instance_id in (:instances)""")
                .param("instances", open.stream().map(EscalationQueue.OpenEscalation::processInstanceId).toList())
                .query((rs, n) -> Map.entry(rs.getString(1), Map.entry(rs.getString(2), rs.getString(3))))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, second) -> first));
        List<DeskEscalation> rows = open.stream().map(escalation -> {
            Map.Entry<String, String> task = officeTasks.get(escalation.processInstanceId());
            return new DeskEscalation(escalation, task == null ? null : task.getKey(),
                    task == null ? null : task.getValue());
        }).toList();
        return new Desk(rows, inbox.page(office, Inbox.Filter.taskKey(TaskKey.REVIEW_REPORT.id()), 0, QUEUE_SIZE),
                inbox.page(office, Inbox.Filter.taskKey(TaskKey.REVIEW_EXTENSION.id()), 0, QUEUE_SIZE));
    }
}
