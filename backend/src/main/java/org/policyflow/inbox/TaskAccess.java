package org.policyflow.inbox;

import java.util.Optional;

import org.policyflow.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/** Who may act on a task: members of the body whose inbox shows it. Another body's task does not exist for them. */
@Component
class TaskAccess {

    /** The projected task as access checks and actions need it. */
    record TaskRef(String id, String processInstanceId, Long itemId, Long periodId, String departmentId,
                   String taskKey, String assignee, String state) {

        boolean open() {
            return "OPEN".equals(state);
        }
    }

    private final JdbcClient jdbc;

    TaskAccess(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The task, if its candidate group is one of the user's inbox groups; else 404, as Camunda answers. */
    TaskRef visible(String taskId, CurrentUser user) {
        return find(taskId).filter(task -> user.inboxGroupIds().contains(task.departmentId()))
                .orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "任务不存在,或不属于您所在的单位"));
    }

    /** Like {@link #visible} and still open; a task someone has just completed answers 409. */
    TaskRef open(String taskId, CurrentUser user) {
        TaskRef task = visible(taskId, user);
        if (!task.open()) {
            throw problem(HttpStatus.CONFLICT, "该任务已办结,请刷新待办列表");
        }
        return task;
    }

    Optional<TaskRef> find(String taskId) {
        return jdbc.sql("""
                select id, process_instance_id, item_id, period_id, department_id, task_key, assignee, state
                from pf_task where id = :id""")
                .param("id", taskId)
                .query((rs, n) -> new TaskRef(rs.getString(1), rs.getString(2), rs.getObject(3, Long.class),
                        rs.getObject(4, Long.class), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8)))
                .optional();
    }

    static ErrorResponseException problem(HttpStatus status, String detail) {
        return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
    }
}
