package org.policyflow.inbox;

import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.policyflow.engine.ProcessVariables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start-up: projects the open tasks the engine created before pf_task existed (a database from an earlier
 * version) and closes projected tasks the engine no longer has. Listeners keep the table current afterwards.
 */
@Component
@Order(5)
class TaskProjectionReconciler implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(TaskProjectionReconciler.class);

    private final JdbcClient jdbc;
    private final TaskService taskService;
    private final TaskProjection projection;

    TaskProjectionReconciler(JdbcClient jdbc, TaskService taskService, TaskProjection projection) {
        this.jdbc = jdbc;
        this.taskService = taskService;
        this.projection = projection;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<String> missing = jdbc.sql("""
                select t.id_ from act_ru_task t
                where not exists (select 1 from pf_task p where p.id = t.id_)""").query(String.class).list();
        for (String id : missing) {
            Task task = taskService.createTaskQuery().taskId(id).initializeFormKeys().singleResult();
            if (task != null && task.getProcessInstanceId() != null) {
                projection.insert(new TaskProjection.TaskFacts(task.getId(), task.getProcessInstanceId(),
                        taskService.getVariable(id, ProcessVariables.ITEM_ID),
                        taskService.getVariable(id, ProcessVariables.PERIOD_ID),
                        TaskProjection.candidateGroup(taskService.getIdentityLinksForTask(id)), task.getName(),
                        task.getTaskDefinitionKey(),
                        task.getCamundaFormRef() == null ? null : task.getCamundaFormRef().getKey(),
                        task.getCreateTime(), task.getDueDate(), task.getAssignee()));
            }
        }
        List<String> gone = jdbc.sql("""
                select p.id from pf_task p
                where p.state = 'OPEN' and not exists (select 1 from act_ru_task t where t.id_ = p.id)""")
                .query(String.class).list();
        gone.forEach(id -> projection.end(id, "DELETED"));
        if (!missing.isEmpty() || !gone.isEmpty()) {
            LOG.info("Task projection reconciled: {} task(s) added, {} closed", missing.size(), gone.size());
        }
    }
}
