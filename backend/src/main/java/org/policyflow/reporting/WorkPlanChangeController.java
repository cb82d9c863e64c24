package org.policyflow.reporting;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.policyflow.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The lead's 申请调整工作计划 over HTTP; the coordinating office decides in its inbox (审批工作计划变更). */
@RestController
class WorkPlanChangeController {

    /**
     * @param reason why the plan should change (text, at most 2,000 characters)
     * @param cells  every cell of the plan as it should be, in the order of the current plan's cells: period by
     *               period, and within a period target by target
     */
    // Object, not String: a number or a list sent as the reason is refused by name rather than turned into text
    record WorkPlanChangeRequest(@Schema(type = "string") @Nullable Object reason,
                                 @Nullable List<WorkPlanChangeRequests.ProposedCell> cells) {
    }

    /** @param id the request's id */
    record WorkPlanChangeRequested(long id) {
    }

    private final WorkPlanChangeRequests requests;

    WorkPlanChangeController(WorkPlanChangeRequests requests) {
        this.requests = requests;
    }

    /**
     * Asks the coordinating office to approve a new work plan. Only the item's current lead; 404 for no such item,
     * 400 naming the field or the cell, 409 while another request of the item is open or before the item has a plan.
     */
    @PostMapping("/api/items/{id}/work-plan-changes")
    @ResponseStatus(HttpStatus.CREATED)
    WorkPlanChangeRequested request(@PathVariable long id, @RequestBody WorkPlanChangeRequest body,
                                    @AuthenticationPrincipal CurrentUser user) {
        return new WorkPlanChangeRequested(requests.request(id, body.reason(), body.cells(), user));
    }
}
