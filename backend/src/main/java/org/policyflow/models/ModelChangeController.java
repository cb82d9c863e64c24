package org.policyflow.models;

import java.util.List;

import org.policyflow.identity.Administrators;
import org.policyflow.identity.CurrentUser;
import org.policyflow.identity.Modellers;
import org.policyflow.models.ModelChanges.ModelChange;
import org.policyflow.models.ModelChanges.Status;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;
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
 * Reviewed deploys over HTTP: modellers submit a change and see every change with its status and return reason;
 * administrators approve (the server deploys it) or return it. Whether the studio must submit rather than deploy is
 * {@code GET /api/models/review}.
 */
@RestController
@RequestMapping("/api/models")
@Modellers
class ModelChangeController {

    /** @param required whether modellers' changes wait for an administrator's approval (policyflow.models.review) */
    record ReviewPolicy(boolean required) {
    }

    /**
     * @param resourceName the model's file name under bpmn/, as deployed (bpmn/action-item.bpmn)
     * @param content      the whole file: BPMN or DMN XML, or the form's JSON
     */
    record Submission(@Nullable String resourceName, @Nullable String content) {
    }

    /** @param reason why the change goes back to its modeller (2 to 1000 characters) */
    record Return(@Nullable String reason) {
    }

    private final ModelChanges changes;
    private final ModelReviewProperties properties;

    ModelChangeController(ModelChanges changes, ModelReviewProperties properties) {
        this.changes = changes;
        this.properties = properties;
    }

    @GetMapping("/review")
    ReviewPolicy review() {
        return new ReviewPolicy(properties.review());
    }

    /** Submits a change for review; checked by the model rules now (400 naming the problem), deployed on approval. */
    @PostMapping("/changes")
    @ResponseStatus(HttpStatus.CREATED)
    ModelChange submit(@RequestBody Submission body, @AuthenticationPrincipal CurrentUser user) {
        return changes.submit(body.resourceName(), body.content(), user.userId());
    }

    /** The newest changes, of one status (PENDING, APPROVED, RETURNED) or all. */
    @GetMapping("/changes")
    List<ModelChange> list(@RequestParam(required = false) Status status) {
        return changes.list(status);
    }

    @GetMapping("/changes/{id}")
    ModelChange one(@PathVariable long id) {
        return changes.get(id);
    }

    /** Deploys a pending change (not one's own); 409 if it was already decided. */
    @PostMapping("/changes/{id}/approve")
    @Administrators
    ModelChange approve(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        return changes.approve(id, user.userId());
    }

    /** Returns a pending change to its modeller with the reason; 409 if it was already decided. */
    @PostMapping("/changes/{id}/return")
    @Administrators
    ModelChange giveBack(@PathVariable long id, @RequestBody Return body, @AuthenticationPrincipal CurrentUser user) {
        return changes.giveBack(id, body.reason(), user.userId());
    }
}
