package org.policyflow.migration;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.policyflow.Rows;
import org.policyflow.engine.EngineAsUser;
import org.policyflow.engine.EngineClock;
import org.policyflow.identity.CurrentUser;
import org.policyflow.migration.MigrationApi.MigrationAdjustment;
import org.policyflow.migration.MigrationApi.MigrationInstanceCheck;
import org.policyflow.migration.MigrationApi.MigrationInstanceOutcome;
import org.policyflow.migration.MigrationApi.MigrationPlans;
import org.policyflow.migration.MigrationApi.MigrationProgress;
import org.policyflow.migration.MigrationApi.MigrationProposal;
import org.policyflow.migration.MigrationApi.MigrationRequest;
import org.policyflow.migration.MigrationApi.Selection;
import org.policyflow.migration.MigrationPlanner.Planned;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Runs of the migration panel: the plans for the chosen instances, each instance tried against its plan in a
 * transaction that is rolled back (Camunda validates an instance only when it migrates), the move itself as one
 * Camunda batch per source version (executeAsync, started under the modeller's own authorizations, so the engine
 * checks MIGRATE_INSTANCE and the batch names its creator), and the progress of the batches. What moved is
 * recorded per instance (pf_migration_instance) for the item timeline.
 */
@Service
class MigrationRuns {

    /** Chosen instances tried one by one against the plan; beyond these the batch reports the failures. */
    static final int CHECKED = 200;

    private record Run(long id, String processDefinitionKey, int targetVersion, String targetDefinitionId,
                       String startedBy, Timestamp startedAt) {
    }

    private record Row(String processInstanceId, String businessKey, int sourceVersion, String batchId,
                       String outcome) {
    }

    private final MigrationPlanner planner;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final IdentityService identity;
    private final JdbcClient jdbc;
    private final EngineClock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate rolledBack;

    MigrationRuns(MigrationPlanner planner, RuntimeService runtime, ManagementService management,
                  IdentityService identity, JdbcClient jdbc, EngineClock clock,
                  PlatformTransactionManager transactions) {
        this.planner = planner;
        this.runtime = runtime;
        this.management = management;
        this.identity = identity;
        this.jdbc = jdbc;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.rolledBack = new TransactionTemplate(transactions);
        this.rolledBack.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The plans of the key, each with the chosen instances tried against it. */
    MigrationPlans check(MigrationRequest request) {
        ProcessDefinition target = planner.latest(request.processDefinitionKey());
        List<MigrationProposal> proposals = new ArrayList<>();
        for (Planned planned : plans(request, target)) {
            List<ProcessInstance> chosen = chosen(planned.source(), request);
            List<MigrationInstanceCheck> checks = chosen.stream().limit(CHECKED)
                    .map(instance -> check(planned, instance)).toList();
            proposals.add(proposal(planned, checks, chosen.size() - checks.size()));
        }
        requireFound(request, proposals.stream().mapToInt(p -> p.instances().size()).sum());
        return new MigrationPlans(target.getKey(), target.getId(), target.getVersion(), proposals,
                planner.calledProcesses(target));
    }

    /**
     * Moves the chosen instances that pass the check (all of them beyond {@value #CHECKED}) in one batch per source
     * version, and records the run; the answer lists the instances left behind and why.
     */
    MigrationProgress start(MigrationRequest request, CurrentUser user) {
        ProcessDefinition target = planner.latest(request.processDefinitionKey());
        Map<Planned, List<ProcessInstance>> moving = new LinkedHashMap<>();
        List<MigrationInstanceCheck> skipped = new ArrayList<>();
        for (Planned planned : plans(request, target)) {
            List<ProcessInstance> chosen = chosen(planned.source(), request);
            List<ProcessInstance> movable = new ArrayList<>();
            for (ProcessInstance instance : chosen) {
                MigrationInstanceCheck check = chosen.size() <= CHECKED || planned.plan() == null
                        ? check(planned, instance) : null;
                if (check == null || check.movable()) {
                    movable.add(instance);
                } else {
                    skipped.add(check);
                }
            }
            if (!movable.isEmpty()) {
                moving.put(planned, movable);
            }
        }
        requireFound(request, skipped.size() + moving.values().stream().mapToInt(List::size).sum());
        Selection selection = selection(request);
        Long id = transaction.execute(status -> {
            KeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into pf_migration (process_definition_key, target_definition_id, target_version, selection,
                      started_by, started_at) values (?, ?, ?, ?, ?, ?)""")
                    .params(target.getKey(), target.getId(), target.getVersion(), selection.name(), user.userId(),
                            Timestamp.from(clock.instant()))
                    .update(keys, "id");
            long run = keys.getKey().longValue();
            moving.forEach((planned, instances) -> {
                Batch batch;
                try {
                    batch = EngineAsUser.call(identity, user.userId(), List.copyOf(user.groupIds()),
                            () -> runtime.newMigration(planned.plan())
                                    .processInstanceIds(instances.stream().map(ProcessInstance::getId).toList())
                                    .executeAsync());
                } catch (AuthorizationException e) {
                    throw new ResponseStatusException(HttpStatus.FORBIDDEN, "processDefinitionKey：引擎未授权本用户迁移「"
                            + target.getKey() + "」的实例（需要流程定义的 MIGRATE_INSTANCE 权限和创建迁移批处理的权限）");
                }
                for (ProcessInstance instance : instances) {
                    jdbc.sql("""
                            insert into pf_migration_instance (migration_id, process_instance_id, business_key,
                              source_definition_id, source_version, batch_id) values (?, ?, ?, ?, ?, ?)""")
                            .params(run, instance.getId(), instance.getBusinessKey(), planned.source().getId(),
                                    planned.source().getVersion(), batch.getId())
                            .update();
                }
            });
            return run;
        });
        MigrationProgress progress = progress(id);
        return new MigrationProgress(progress.id(), progress.processDefinitionKey(), progress.targetVersion(),
                progress.startedBy(), progress.startedAt(), progress.total(), progress.moved(), progress.failed(),
                progress.finished(), progress.instances(), skipped, progress.failures());
    }

    /**
     * How far the run's batches are. Instances already on the target version are recorded as moved, those no
     * longer running as ended, and, once every batch is over (or only failed jobs are left), the rest as failed.
     */
    MigrationProgress progress(long id) {
        Run run = jdbc.sql("""
                select m.id, m.process_definition_key as processDefinitionKey, m.target_version as targetVersion,
                  m.target_definition_id as targetDefinitionId, m.started_by as startedBy, m.started_at as startedAt
                from pf_migration m where m.id = ?""").param(id).query(Rows.of(Run.class)).optional()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "id：没有编号为 " + id + " 的迁移"));
        List<Row> rows = rows(id);
        boolean finished = true;
        Set<String> failures = new LinkedHashSet<>();
        for (String batchId : rows.stream().map(Row::batchId).distinct().toList()) {
            Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
            if (batch == null) {
                continue;
            }
            BatchStatistics statistics = management.createBatchStatisticsQuery().batchId(batchId).singleResult();
            if (statistics.getJobsCreated() < statistics.getTotalJobs()
                    || statistics.getRemainingJobs() > statistics.getFailedJobs()) {
                finished = false;
            }
            for (Job job : management.createJobQuery().jobDefinitionId(batch.getBatchJobDefinitionId())
                    .withException().list()) {
                failures.add(MigrationFailures.chinese(job.getExceptionMessage()));
            }
        }
        settle(run, rows, finished);
        rows = rows(id);
        List<MigrationInstanceOutcome> instances = rows.stream().map(row -> new MigrationInstanceOutcome(
                row.processInstanceId(), row.businessKey(), row.sourceVersion(), row.outcome())).toList();
        return new MigrationProgress(run.id(), run.processDefinitionKey(), run.targetVersion(), run.startedBy(),
                OffsetDateTime.ofInstant(run.startedAt().toInstant(), EngineClock.ZONE), rows.size(),
                count(rows, "MOVED"), count(rows, "FAILED"), finished, instances, List.of(), List.copyOf(failures));
    }

    private List<Row> rows(long id) {
        return jdbc.sql("""
                select process_instance_id as processInstanceId, business_key as businessKey,
                  source_version as sourceVersion, batch_id as batchId, outcome
                from pf_migration_instance where migration_id = ? order by business_key, process_instance_id""")
                .param(id).query(Rows.of(Row.class)).list();
    }

    private void settle(Run run, List<Row> rows, boolean finished) {
        Set<String> open = rows.stream().filter(row -> row.outcome() == null).map(Row::processInstanceId)
                .collect(Collectors.toSet());
        if (open.isEmpty()) {
            return;
        }
        Map<String, String> definitions = runtime.createProcessInstanceQuery().processInstanceIds(open).list()
                .stream().collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getProcessDefinitionId));
        for (String instanceId : open) {
            String definition = definitions.get(instanceId);
            String outcome = definition == null ? "ENDED" : definition.equals(run.targetDefinitionId()) ? "MOVED"
                    : finished ? "FAILED" : null;
            if (outcome != null) {
                jdbc.sql("""
                        update pf_migration_instance set outcome = ?
                        where migration_id = ? and process_instance_id = ? and outcome is null""")
                        .params(outcome, run.id(), instanceId).update();
            }
        }
    }

    private static int count(List<Row> rows, String outcome) {
        return (int) rows.stream().filter(row -> outcome.equals(row.outcome())).count();
    }

    private List<Planned> plans(MigrationRequest request, ProcessDefinition target) {
        requireSelection(request);
        List<MigrationAdjustment> adjustments = request.mappings() == null ? List.of() : request.mappings();
        for (int i = 0; i < adjustments.size(); i++) {
            MigrationAdjustment adjustment = adjustments.get(i);
            if (adjustment == null || adjustment.sourceDefinitionId() == null
                    || adjustment.sourceActivityId() == null) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "mappings[" + i + "]：须写明 sourceDefinitionId 和 sourceActivityId");
            }
        }
        return planner.sources(target).stream().map(source -> planner.plan(source, target, adjustments)).toList();
    }

    /** The running instances of the source version that the request chooses. */
    private List<ProcessInstance> chosen(ProcessDefinition source, MigrationRequest request) {
        ProcessInstanceQuery query = runtime.createProcessInstanceQuery().processDefinitionId(source.getId());
        switch (selection(request)) {
            case PLAN -> query.processInstanceBusinessKeyLike(request.docNumber().strip() + "-%");
            case ONE -> query.processInstanceId(request.processInstanceId());
            case ALL -> {
            }
        }
        return query.orderByBusinessKey().asc().list();
    }

    /** The choice of instances is complete: a plan's document number, or the one instance. */
    private static void requireSelection(MigrationRequest request) {
        String docNumber = request.docNumber();
        if (selection(request) == Selection.PLAN && (docNumber == null || docNumber.isBlank()
                || docNumber.contains("%") || docNumber.contains("_"))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "docNumber：按方案迁移时须填写方案文号（如 苏府办〔2025〕77号）");
        }
        if (selection(request) == Selection.ONE
                && (request.processInstanceId() == null || request.processInstanceId().isBlank())) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "processInstanceId：迁移单个实例时须填写流程实例编号");
        }
    }

    private static Selection selection(MigrationRequest request) {
        return request.selection() == null ? Selection.ALL : request.selection();
    }

    private static void requireFound(MigrationRequest request, int found) {
        if (found == 0 && selection(request) == Selection.ONE) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "processInstanceId：流程「"
                    + request.processDefinitionKey() + "」的旧版本中没有运行中的实例「" + request.processInstanceId() + "」");
        }
    }

    /** Migrates the instance in a transaction that is rolled back: what Camunda would refuse, in Chinese. */
    private MigrationInstanceCheck check(Planned planned, ProcessInstance instance) {
        if (planned.plan() == null) {
            return new MigrationInstanceCheck(instance.getId(), instance.getBusinessKey(), false,
                    List.of("迁移计划本身无效，见计划的问题"));
        }
        List<String> problems = rolledBack.execute(status -> {
            status.setRollbackOnly();
            try {
                runtime.newMigration(planned.plan()).processInstanceIds(instance.getId()).execute();
                return List.of();
            } catch (MigratingProcessInstanceValidationException e) {
                return failures(e.getValidationReport());
            } catch (ProcessEngineException e) {
                return List.of(MigrationFailures.chinese(e.getMessage()));
            }
        });
        return new MigrationInstanceCheck(instance.getId(), instance.getBusinessKey(), problems.isEmpty(), problems);
    }

    private static List<String> failures(MigratingProcessInstanceValidationReport report) {
        List<String> failures = new ArrayList<>(report.getFailures().stream().map(MigrationFailures::chinese).toList());
        report.getActivityInstanceReports().forEach(activity -> activity.getFailures().forEach(failure ->
                failures.add("环节「" + activity.getSourceScopeId() + "」：" + MigrationFailures.chinese(failure))));
        report.getTransitionInstanceReports().forEach(transition -> transition.getFailures().forEach(failure ->
                failures.add("环节「" + transition.getSourceScopeId() + "」：" + MigrationFailures.chinese(failure))));
        return failures;
    }

    private MigrationProposal proposal(Planned planned, List<MigrationInstanceCheck> checks, int unchecked) {
        return new MigrationProposal(planned.source().getId(), planned.source().getVersion(),
                runtime.createProcessInstanceQuery().processDefinitionId(planned.source().getId()).count(),
                planned.mapped(), planned.unmapped(), planned.planProblems(), checks, unchecked);
    }
}
