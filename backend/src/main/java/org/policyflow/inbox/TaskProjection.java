package org.policyflow.inbox;

import java.sql.Timestamp;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.policyflow.engine.EngineClock;
import org.policyflow.engine.ProcessVariables;
import org.policyflow.identity.IdentityGroups;
import org.policyflow.plan.BodyRole;
import org.policyflow.plan.PlanQueries;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps pf_task in step with the engine's user tasks. Runs as a task listener inside the engine's command, so the
 * row commits or rolls back with the task itself.
 */
@Component
class TaskProjection {

    /** What the projection needs to know about a task, from a listener or from the task service. */
    record TaskFacts(String id, String processInstanceId, Object itemId, Object periodId, String departmentId,
                     String title, String taskKey, String formKey, Date created, Date due, String assignee) {
    }

    private static final String CITY_GOVERNMENT_OFFICE = "city-government-office";

    private final JdbcClient jdbc;
    private final PlanQueries plans;
    private final EngineClock clock;
    private final ApplicationEventPublisher events;

    TaskProjection(JdbcClient jdbc, PlanQueries plans, EngineClock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.clock = clock;
        this.events = events;
    }

    /** The listener for one task definition; its form reference is known when the model is parsed. */
    TaskListener listenerFor(String formKey) {
        return task -> {
            switch (task.getEventName()) {
                case TaskListener.EVENTNAME_CREATE -> opened(facts(task, formKey));
                case TaskListener.EVENTNAME_ASSIGNMENT, TaskListener.EVENTNAME_UPDATE -> update(task);
                case TaskListener.EVENTNAME_COMPLETE -> end(task.getId(), "COMPLETED");
                case TaskListener.EVENTNAME_DELETE -> end(task.getId(), "DELETED");
                default -> { }
            }
        };
    }

    /** A new task: projected and announced ({@link TaskOpened}); the reconciler's late inserts are not announced. */
    private void opened(TaskFacts facts) {
        insert(facts);
        if (facts.departmentId() != null) {
            events.publishEvent(new TaskOpened(facts.id(), id(facts.itemId()), facts.departmentId(), title(facts),
                    facts.due() == null ? null : facts.due().toInstant()));
        }
    }

    void insert(TaskFacts facts) {
        Long itemId = id(facts.itemId());
        jdbc.sql("""
                insert into pf_task (id, process_instance_id, item_id, period_id, department_id, role, title, task_key,
                    form_key, created_at, due_at, assignee, state)
                values (:id, :pi, :item, :period, :department, :role, :title, :taskKey, :formKey, :created, :due,
                    :assignee, 'OPEN')""")
                .param("id", facts.id()).param("pi", facts.processInstanceId()).param("item", itemId)
                .param("period", id(facts.periodId())).param("department", facts.departmentId())
                .param("role", role(itemId, facts.departmentId())).param("title", title(facts))
                .param("taskKey", facts.taskKey()).param("formKey", facts.formKey())
                .param("created", timestamp(facts.created())).param("due", timestamp(facts.due()))
                .param("assignee", facts.assignee())
                .update();
    }

    private void update(DelegateTask task) {
        jdbc.sql("update pf_task set assignee = :assignee, due_at = :due, title = :title where id = :id")
                .param("assignee", task.getAssignee()).param("due", timestamp(task.getDueDate()))
                .param("title", task.getName() == null ? task.getTaskDefinitionKey() : task.getName())
                .param("id", task.getId())
                .update();
    }

    void end(String taskId, String state) {
        jdbc.sql("update pf_task set state = :state, ended_at = :now where id = :id and state = 'OPEN'")
                .param("state", state).param("now", Timestamp.from(clock.instant())).param("id", taskId)
                .update();
    }

    private TaskFacts facts(DelegateTask task, String formKey) {
        return new TaskFacts(task.getId(), task.getProcessInstanceId(), task.getVariable(ProcessVariables.ITEM_ID),
                task.getVariable(ProcessVariables.PERIOD_ID), candidateGroup(task.getCandidates()), task.getName(),
                task.getTaskDefinitionKey(), formKey, task.getCreateTime(), task.getDueDate(), task.getAssignee());
    }

    /** The body whose inbox shows the task: its (first) candidate group. */
    static String candidateGroup(Iterable<? extends IdentityLink> links) {
        for (IdentityLink link : links) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                return link.getGroupId();
            }
        }
        return null;
    }

    /** The role of the body in the item: the offices coordinate; a body named twice counts as lead first. */
    private String role(Long itemId, String departmentId) {
        if (departmentId == null) {
            return null;
        }
        if (IdentityGroups.COORDINATION_OFFICE.equals(departmentId) || CITY_GOVERNMENT_OFFICE.equals(departmentId)) {
            return BodyRole.COORDINATION.name();
        }
        if (itemId == null) {
            return null;
        }
        return plans.roleOf(itemId, departmentId).map(BodyRole::name).orElse(null);
    }

    private static String title(TaskFacts facts) {
        return facts.title() == null || facts.title().isBlank() ? facts.taskKey() : facts.title();
    }

    private static Long id(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof String text && text.matches("\\d{1,18}")) {
            return Long.valueOf(text);
        }
        return null;
    }

    private static Timestamp timestamp(Date date) {
        return date == null ? null : new Timestamp(date.getTime());
    }
}
