package org.policyflow.escalation;

import java.util.List;

import org.policyflow.identity.CoordinatingOffice;
import org.policyflow.identity.CurrentUser;
import org.policyflow.identity.Permissions;
import org.policyflow.paper.Paper;
import org.policyflow.paper.PaperFormat;
import org.policyflow.paper.PaperWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
    private final NoticePaper notices;
    private final PaperWriter writer;

    EscalationController(EscalationQueue queue, EscalationWithdrawal withdrawal, NoticePaper notices,
                         PaperWriter writer) {
        this.queue = queue;
        this.withdrawal = withdrawal;
        this.notices = notices;
        this.writer = writer;
    }

    /**
     * The 督办单 to print and sign, as PDF or .docx. The coordinating office and administrators get every notice, a
     * body the notices addressed to it (others 403); 404 for no such notice, 400 for another format.
     *
     * @param format pdf or docx
     */
    @GetMapping("/notices/{noticeId}")
    ResponseEntity<byte[]> notice(@PathVariable long noticeId, @RequestParam(defaultValue = "pdf") String format,
                                  @AuthenticationPrincipal CurrentUser user) {
        PaperFormat paperFormat = PaperFormat.of(format);
        Paper paper = notices.paper(noticeId, user);
        return paperFormat.download(paper, writer.write(paper, paperFormat));
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
