package org.policyflow.escalation;

import java.util.List;

import org.policyflow.identity.CoordinatingOffice;
import org.policyflow.identity.CurrentUser;
import org.policyflow.identity.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The escalation queue over HTTP. The coordinating office and administrators see every open escalation; a body sees
 * those addressed to it (its Camunda groups). Only the coordinating office withdraws one.
 */
@RestController
@RequestMapping("/api/escalations")
class EscalationController {

    private final EscalationQueue queue;
    private final EscalationWithdrawal withdrawal;

    EscalationController(EscalationQueue queue, EscalationWithdrawal withdrawal) {
        this.queue = queue;
        this.withdrawal = withdrawal;
    }

    /** @param reason why the office withdraws or closes the escalation (2 to 1000 characters) */
    record Withdrawal(String reason) {
    }

    /** Withdraws or closes an open escalation by hand: its tasks end, the reason is recorded and shown. */
    @PostMapping("/{id}/withdraw")
    @CoordinatingOffice
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@PathVariable long id, @RequestBody Withdrawal body, @AuthenticationPrincipal CurrentUser user) {
        withdrawal.withdraw(id, body.reason(), user.userId());
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
