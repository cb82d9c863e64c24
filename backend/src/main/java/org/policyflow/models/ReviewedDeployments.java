package org.policyflow.models;

import org.camunda.bpm.engine.AuthorizationException;
import org.policyflow.engine.DeploymentCheck;
import org.policyflow.identity.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * With {@code policyflow.models.review=true}, a user who is not an administrator cannot deploy through the engine
 * (/engine-rest/deployment/create, Camunda Modeler): the change must go through the review
 * (POST /api/models/changes). Camunda's REST API answers the refusal with 403 and its message. Administrators
 * (admins, camunda-admin) still deploy directly: they are the ones who approve. Deployments made outside a user's
 * request — bpmn/ at start-up — are not affected; an approved change is deployed in its approver's request.
 */
@Component
class ReviewedDeployments implements DeploymentCheck {

    static final String REFUSAL = "已启用模型审核（policyflow.models.review=true）：请通过 POST /api/models/changes 提交"
            + "模型变更，由管理员批准后部署；建模人员不能直接通过引擎接口部署。";

    private final ModelReviewProperties properties;

    ReviewedDeployments(ModelReviewProperties properties) {
        this.properties = properties;
    }

    @Override
    public void check(Candidate deployment) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (properties.review() && deployment.isNew() && authentication != null
                && authentication.getPrincipal() instanceof CurrentUser user && !user.isAdmin()) {
            throw new AuthorizationException(REFUSAL);
        }
    }
}
