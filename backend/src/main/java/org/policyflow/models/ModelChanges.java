package org.policyflow.models;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.policyflow.engine.DeploymentCheck.Candidate;
import org.policyflow.engine.EngineClock;
import org.policyflow.engine.ProcessVariables;
import org.policyflow.models.ModelCatalog.ModelVersion;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reviewed deploys: a modeller's change to a model, stored as a pending change (pf_model_change) after the model
 * rules ({@link ResourceNameGuard}, {@link ModelCheck}) passed it, and an administrator who approves it — the server
 * deploys it as the in-app modeler would, recording who submitted and who approved — or returns it with a reason
 * the modeller sees. Whether modellers must go this way is {@link ModelReviewProperties#review()}.
 * <p>
 * Each submitted change starts the process model-review (bpmn/model-review.bpmn, business key = the change's id):
 * its task 审核模型变更 waits in the administrators' inbox and is completed by {@link #approve} or {@link #giveBack},
 * never on its own ({@link ModelReviewCompleted}).
 */
@Service
class ModelChanges {

    /** The deployment source the in-app modeler writes (frontend modeler/versions.ts). */
    static final String MODELER_SOURCE = "policyflow-modeler";
    /** The process whose task asks the administrators to review a change (bpmn/model-review.bpmn). */
    static final String REVIEW_PROCESS = "model-review";
    static final int MAX_REASON = 1000;
    private static final int MAX_LISTED = 200;

    enum Status { PENDING, APPROVED, RETURNED }

    /**
     * A submitted model change.
     *
     * @param baseDeploymentId the deployment of the latest version when it was submitted (null for a new model)
     * @param deploymentId     the deployment made when it was approved
     */
    record ModelChange(long id, String resourceName, ModelCatalog.Kind kind, Status status, String content,
                       @Nullable String baseDeploymentId, String submittedBy, OffsetDateTime submittedAt,
                       @Nullable String decidedBy, @Nullable OffsetDateTime decidedAt, @Nullable String returnReason,
                       @Nullable String deploymentId) {
    }

    private final JdbcClient jdbc;
    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ModelCatalog catalog;
    private final ResourceNameGuard nameGuard;
    private final ModelCheck modelCheck;
    private final EngineClock clock;

    ModelChanges(JdbcClient jdbc, RepositoryService repositoryService, RuntimeService runtimeService,
                 TaskService taskService, ModelCatalog catalog, ResourceNameGuard nameGuard, ModelCheck modelCheck,
                 EngineClock clock) {
        this.jdbc = jdbc;
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.catalog = catalog;
        this.nameGuard = nameGuard;
        this.modelCheck = modelCheck;
        this.clock = clock;
    }

    /**
     * Stores a change for review after the model rules passed it, with its task in the administrators' inbox;
     * 400 naming the problem, 409 if one is pending.
     */
    @Transactional
    ModelChange submit(@Nullable String resourceName, @Nullable String content, String userId) {
        if (resourceName == null || resourceName.isBlank()) {
            throw problem(HttpStatus.BAD_REQUEST, "resourceName：请填写模型的文件名，如 bpmn/action-item.bpmn");
        }
        if (ModelCatalog.kindOf(resourceName).isEmpty()) {
            throw problem(HttpStatus.BAD_REQUEST, "resourceName：只能提交 BPMN（.bpmn）、DMN（.dmn）和 Camunda 表单（.form）文件");
        }
        if (content == null || content.isBlank()) {
            throw problem(HttpStatus.BAD_REQUEST, "content：模型内容为空");
        }
        check(resourceName, content);
        jdbc.sql("select id from pf_model_change where resource_name = ? and status = 'PENDING'").param(resourceName)
                .query(Long.class).optional().ifPresent(pending -> {
                    throw problem(HttpStatus.CONFLICT, "resourceName：" + resourceName + " 已有待审核的变更（编号 " + pending
                            + "），请等管理员处理后再提交");
                });
        List<ModelVersion> versions = catalog.versions(resourceName);
        String base = versions.isEmpty() ? null : versions.get(0).deploymentId();
        jdbc.sql("insert into pf_model_change (resource_name, content, base_deployment_id, status, submitted_by,"
                        + " submitted_at) values (?, ?, ?, 'PENDING', ?, ?)")
                .params(resourceName, content, base, userId, clock.now()).update();
        long id = jdbc.sql("select max(id) from pf_model_change where resource_name = ? and status = 'PENDING'")
                .param(resourceName).query(Long.class).single();
        runtimeService.startProcessInstanceByKey(REVIEW_PROCESS, String.valueOf(id), Map.of(
                ProcessVariables.MODEL_CHANGE_ID, id,
                ProcessVariables.MODEL_RESOURCE_NAME, resourceName,
                ProcessVariables.MODEL_SUBMITTED_BY, userId));
        return get(id);
    }

    /** Deploys a pending change; 404 unknown, 409 already decided or the approver's own, 400 if the rules refuse it. */
    @Transactional
    ModelChange approve(long id, String approverId) {
        ModelChange change = get(id);
        if (change.submittedBy().equals(approverId)) {
            throw problem(HttpStatus.CONFLICT, "id：不能批准自己提交的模型变更，请由另一位管理员审核");
        }
        decide(change, "update pf_model_change set status = 'APPROVED', decided_by = ?, decided_at = ?"
                + " where id = ? and status = 'PENDING'", approverId);
        Deployment deployment;
        try {
            deployment = repositoryService.createDeployment()
                    .name(ModelDeployer.DEPLOYMENT_NAME)
                    .source(MODELER_SOURCE)
                    .enableDuplicateFiltering(true)
                    .addString(change.resourceName(), change.content())
                    .deploy();
        } catch (BadUserRequestException refused) {
            throw problem(HttpStatus.BAD_REQUEST, "content：" + refused.getMessage());
        }
        jdbc.sql("update pf_model_change set deployment_id = ? where id = ?").params(deployment.getId(), id).update();
        completeReviewTask(id);
        return get(id);
    }

    /** Returns a pending change to its modeller with a reason (2 to {@value #MAX_REASON} characters). */
    @Transactional
    ModelChange giveBack(long id, @Nullable String reason, String reviewerId) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 2 || why.length() > MAX_REASON) {
            throw problem(HttpStatus.BAD_REQUEST, "reason：请填写退回理由（2 至 " + MAX_REASON + " 字）");
        }
        decide(get(id), "update pf_model_change set status = 'RETURNED', decided_by = ?, decided_at = ?,"
                + " return_reason = ? where id = ? and status = 'PENDING'", reviewerId, why);
        completeReviewTask(id);
        return get(id);
    }

    /** The newest changes (at most {@value #MAX_LISTED}), of one status or all. */
    List<ModelChange> list(@Nullable Status status) {
        String newest = " order by id desc fetch first " + MAX_LISTED + " rows only";
        return status == null
                ? jdbc.sql("select * from pf_model_change" + newest).query(ModelChanges::change).list()
                : jdbc.sql("select * from pf_model_change where status = ?" + newest).param(status.name())
                        .query(ModelChanges::change).list();
    }

    ModelChange get(long id) {
        return jdbc.sql("select * from pf_model_change where id = ?").param(id).query(ModelChanges::change).optional()
                .orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "id：没有编号为 " + id + " 的模型变更"));
    }

    private void check(String resourceName, String content) {
        Candidate candidate = new Candidate(resourceName, true,
                Map.of(resourceName, content.getBytes(StandardCharsets.UTF_8)));
        try {
            nameGuard.check(candidate);
            modelCheck.check(candidate);
        } catch (BadUserRequestException refused) {
            throw problem(HttpStatus.BAD_REQUEST, "content：" + refused.getMessage());
        }
    }

    /** Completes 审核模型变更 of a change just decided ({@link ModelReviewCompleted} lets it through). */
    private void completeReviewTask(long id) {
        taskService.createTaskQuery().processDefinitionKey(REVIEW_PROCESS)
                .processInstanceBusinessKey(String.valueOf(id)).list()
                .forEach(task -> taskService.complete(task.getId()));
    }

    private void decide(ModelChange change, String update, String reviewerId, Object... more) {
        Object[] params = new Object[more.length + 3];
        params[0] = reviewerId;
        params[1] = clock.now();
        System.arraycopy(more, 0, params, 2, more.length);
        params[params.length - 1] = change.id();
        if (jdbc.sql(update).params(params).update() == 0) {
            throw problem(HttpStatus.CONFLICT, "id：模型变更 " + change.id() + " 已处理（" + change.status() + "）");
        }
    }

    private static ModelChange change(ResultSet rs, int row) throws SQLException {
        String name = rs.getString("resource_name");
        return new ModelChange(rs.getLong("id"), name, ModelCatalog.kindOf(name).orElseThrow(),
                Status.valueOf(rs.getString("status")), rs.getString("content"), rs.getString("base_deployment_id"),
                rs.getString("submitted_by"), at(rs.getObject("submitted_at", OffsetDateTime.class)),
                rs.getString("decided_by"), at(rs.getObject("decided_at", OffsetDateTime.class)),
                rs.getString("return_reason"), rs.getString("deployment_id"));
    }

    private static OffsetDateTime at(@Nullable OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(EngineClock.ZONE).toOffsetDateTime();
    }

    private static ResponseStatusException problem(HttpStatus status, String detail) {
        return new ResponseStatusException(status, detail);
    }
}
