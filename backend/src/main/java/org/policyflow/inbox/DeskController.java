package org.policyflow.inbox;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policyflow.engine.TaskKey;
import org.policyflow.escalation.EscalationQueue;
import org.policyflow.identity.CurrentUser;
import org.policyflow.identity.IdentityGroups;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 督办台: the coordinating office's three queues, and the escalations that ended last with their reason. Escalations carry the office's open task in their instance (issue
 * a notice, check a rectification), so acting on a row opens the same task page as the inbox.
 */
@RestController
class DeskController {

    private static final int QUEUE_SIZE = Inbox.MAX_PAGE_SIZE;

    record DeskEscalation(EscalationQueue.OpenEscalation escalation, @Nullable String taskId,
                          @Nullable String taskTitle) {
    }

    /** @param ended the escalations that ended last, with how and why, so none leaves the desk unexplained */
    record Desk(List<DeskEscalation> escalations, List<EscalationQueue.EndedEscalation> ended, Inbox.Page reviews,
                Inbox.Page extensions) {
    }

    private final EscalationQueue escalations;
    private final Inbox inbox;

    DeskController(EscalationQueue escalations, Inbox inbox) {
        this.escalations = escalations;
        this.inbox = inbox;
    }

    @GetMapping("/api/desk")
    Desk desk(@AuthenticationPrincipal CurrentUser user) {
        if (!user.isCoordinator()) {
            throw TaskAccess.problem(HttpStatus.FORBIDDEN, "督办台仅供行动方案协调办公室使用");
        }
        Set<String> office = Set.of(IdentityGroups.COORDINATION_OFFICE);
        List<EscalationQueue.OpenEscalation> open = escalations.all();
        Map<String, Inbox.OpenTask> officeTasks = inbox.openTaskByInstance(
                open.stream().map(EscalationQueue.OpenEscalation::processInstanceId).toList());
        List<DeskEscalation> rows = open.stream().map(escalation -> {
            Inbox.OpenTask task = officeTasks.get(escalation.processInstanceId());
            return new DeskEscalation(escalation, task == null ? null : task.id(), task == null ? null : task.title());
        }).toList();
        return new Desk(rows, escalations.recentlyEnded(), inbox.page(office, Inbox.Filter.taskKey(TaskKey.REVIEW_REPORT.id()), 0, QUEUE_SIZE),
                inbox.page(office, Inbox.Filter.taskKey(TaskKey.REVIEW_EXTENSION.id()), 0, QUEUE_SIZE));
    }
}
