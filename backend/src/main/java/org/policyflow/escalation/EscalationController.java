package org.policyflow.escalation;

import java.util.List;

import org.policyflow.identity.CurrentUser;
import org.policyflow.identity.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The escalation queue over HTTP. The coordinating office and administrators see every open escalation; a body sees
 * those addressed to it (its Camunda groups).
 */
@RestController
@RequestMapping("/api/escalations")
class EscalationController {

    private final EscalationQueue queue;

    EscalationController(EscalationQueue queue) {
        this.queue = queue;
    }

    /**
     * @param department only this body's escalations; others than the coordinating office and administrators may ask
     *                   only for a body they belong to
     */
    @GetMapping
    @PreAuthorize(Permissions.COORDINATING_OFFICE + " or #department == null or " + Permissions.MEMBER_OF_DEPARTMENT)
    List<EscalationQueue.OpenEscalation> open(@RequestParam(required = false) String department,
                                              @AuthenticationPrincipal CurrentUser user) {
        if (department != null) {
            return queue.ofDepartments(List.of(department));
        }
        if (user.actsAsCoordinatingOffice()) {
            return queue.all();
        }
        return queue.ofDepartments(user.groupIds());
    }
}
