package org.policyflow.inbox;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Comment;
import org.policyflow.engine.ProcessVariables;
import org.policyflow.engine.TaskKey;
import org.policyflow.identity.CurrentUser;
import org.policyflow.identity.UserNames;
import org.policyflow.reporting.RequestRejected;
import org.policyflow.engine.EngineClock;
import org.policyflow.engine.FormValues;
import org.policyflow.engine.SubmissionRejected;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * Claim, hand over, comment, ask for an extension and sign several acknowledgements at once. PolicyFlow checks the
 * body itself ({@link TaskAccess}); the engine decides races: of two users claiming one task, the engine's optimistic
 * lock lets one win and the other gets 409.
 */
@Service
class TaskActions {

    /**
     * A comment on a task, newest last.
     *
     * @param userName the writer's name to show (userId is the login)
     */
    record TaskComment(String id, @Nullable String userId, @Nullable String userName, OffsetDateTime time,
                       String message) {
    }

    /** A task signed by {@link #acknowledge}, or one it refused and why. */
    record AcknowledgementResult(String taskId, @Nullable String problem) {
    }

    static final int MAX_COMMENT = 2000;
    /** A county has 18 acknowledgements per plan; a page of the inbox shows at most 100 tasks. */
    static final int MAX_ACKNOWLEDGEMENTS = 100;
    static final int MAX_REASON = 2000;
    /** The tasks during which a body may ask to report later: they are waiting in the period's instance. */
    static final Set<String> EXTENSION_TASKS = Set.of(TaskKey.COMPILE_REPORT.id(), TaskKey.SUBMIT_CONTRIBUTION.id());
    /** The acknowledgements signed in bulk: 签收配合任务 / 签收落实任务 (the lead's needs its work plan). */
    static final Set<String> BULK_ACKNOWLEDGEMENT_TASKS = Set.of(TaskKey.ACKNOWLEDGE_PART.id());

    private final TaskAccess access;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final RuntimeService runtimeService;
    private final FormService formService;
    private final UserNames userNames;

    TaskActions(TaskAccess access, TaskService taskService, IdentityService identityService,
                RuntimeService runtimeService, FormService formService, UserNames userNames) {
        this.userNames = userNames;
        this.access = access;
        this.taskService = taskService;
        this.identityService = identityService;
        this.runtimeService = runtimeService;
        this.formService = formService;
    }

    /** Claiming a task one already holds changes nothing (a double click, a retried request). */
    void claim(String taskId, CurrentUser user) {
        if (user.userId().equals(access.open(taskId, user).assignee())) {
            return;
        }
        engine(() -> taskService.claim(taskId, user.userId()));
    }

    void unclaim(String taskId, CurrentUser user) {
        TaskAccess.TaskRef task = access.open(taskId, user);
        if (task.assignee() != null && !task.assignee().equals(user.userId())) {
            throw TaskAccess.problem(HttpStatus.CONFLICT, "该任务由 " + userNames.of(task.assignee())
                    + " 办理,只有办理人可以退回认领");
        }
        engine(() -> taskService.setAssignee(taskId, null));
    }

    /** Hands the task to a colleague: only to a member of the body the task belongs to. */
    void delegate(String taskId, String userId, CurrentUser user) {
        TaskAccess.TaskRef task = access.open(taskId, user);
        if (userId == null || userId.isBlank()) {
            throw TaskAccess.problem(HttpStatus.BAD_REQUEST, "请填写「转交给」(userId)");
        }
        if (identityService.createUserQuery().userId(userId).memberOfGroup(task.departmentId()).count() == 0) {
            throw TaskAccess.problem(HttpStatus.BAD_REQUEST, "「转交给」(userId) 必须是本单位的同事:" + userId);
        }
        if (task.assignee() != null && !task.assignee().equals(user.userId())) {
            throw TaskAccess.problem(HttpStatus.CONFLICT, "该任务已由 " + task.assignee() + " 认领,不能转交");
        }
        engine(() -> taskService.setAssignee(taskId, userId));
    }

    /** The colleagues a task can be handed to: the members of its body. */
    List<Map<String, String>> colleagues(String taskId, CurrentUser user) {
        TaskAccess.TaskRef task = access.visible(taskId, user);
        return identityService.createUserQuery().memberOfGroup(task.departmentId()).orderByUserId().asc().list()
                .stream()
                .map(member -> Map.of("userId", member.getId(), "name", UserNames.name(member, member.getId())))
                .toList();
    }

    List<TaskComment> comments(String taskId, CurrentUser user) {
        access.visible(taskId, user);
        List<Comment> comments = taskService.getTaskComments(taskId).stream()
                .sorted((a, b) -> a.getTime().compareTo(b.getTime())).toList();
        Map<String, String> names = userNames.of(comments.stream().map(Comment::getUserId).toList());
        return comments.stream().map(comment -> comment(comment, names.get(comment.getUserId()))).toList();
    }

    TaskComment comment(String taskId, String message, CurrentUser user) {
        TaskAccess.TaskRef task = access.visible(taskId, user);
        if (message == null || message.isBlank()) {
            throw TaskAccess.problem(HttpStatus.BAD_REQUEST, "「意见」(message) 不能为空");
        }
        if (message.length() > MAX_COMMENT) {
            throw TaskAccess.problem(HttpStatus.BAD_REQUEST, "「意见」(message) 不能超过 " + MAX_COMMENT + " 字(现有 "
                    + message.length() + " 字),未保存");
        }
        refuseControlCharacters(message, "「意见」(message)");
        identityService.setAuthenticatedUserId(user.userId());
        try {
            return comment(taskService.createComment(taskId, task.processInstanceId(), message.strip()),
                    user.displayName());
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** 延期申请: correlates extension-requested to the period's instance; the process checks dates and records it. */
    void requestExtension(String taskId, String reason, LocalDate newDueDate, CurrentUser user) {
        TaskAccess.TaskRef task = access.open(taskId, user);
        if (!EXTENSION_TASKS.contains(task.taskKey())) {
            throw TaskAccess.problem(HttpStatus.BAD_REQUEST, "只有报送配合材料和编制进展报告的任务可以申请延期");
        }
        if (reason == null || reason.isBlank()) {
            throw TaskAccess.problem(HttpStatus.BAD_REQUEST, "请填写「延期理由」(reason)");
        }
        if (reason.length() > MAX_REASON) {
            throw TaskAccess.problem(HttpStatus.BAD_REQUEST, "「延期理由」(reason) 不能超过 " + MAX_REASON + " 字(现有 "
                    + reason.length() + " 字),未保存");
        }
        refuseControlCharacters(reason, "「延期理由」(reason)");
        if (newDueDate == null) {
            throw TaskAccess.problem(HttpStatus.BAD_REQUEST, "请填写「申请延期至」(newDueDate)");
        }
        engine(() -> runtimeService.createMessageCorrelation("extension-requested")
                .processInstanceId(task.processInstanceId())
                .setVariable(ProcessVariables.EXTENSION_REASON, reason.strip())
                .setVariable(ProcessVariables.REQUESTED_DUE_DATE, newDueDate.toString())
                .setVariable(ProcessVariables.EXTENSION_REQUESTED_BY, task.departmentId())
                .correlateWithResult());
    }

    /**
     * 批量签收: signs each 签收配合任务 / 签收落实任务 (AcknowledgePart) as its form would, through the engine's form
     * submission as the user, so each task gets its own acknowledgement record (reporting's: recorded by the user, with
     * the comment).
     * All or nothing: every task is checked first (the user's body's, still open, an acknowledgement of a part, not
     * claimed by someone else) and a refusal names each refused task with its reason and signs none; the signatures
     * share one transaction, so a task completed meanwhile by a colleague rolls back the others too.
     */
    @Transactional
    List<AcknowledgementResult> acknowledge(List<String> taskIds, @Nullable String comment, CurrentUser user) {
        if (taskIds == null || taskIds.isEmpty() || taskIds.contains(null)) {
            throw TaskAccess.problem(HttpStatus.BAD_REQUEST, "请选择要签收的任务(taskIds)");
        }
        List<String> ids = taskIds.stream().map(String::strip).distinct().toList();
        if (ids.size() > MAX_ACKNOWLEDGEMENTS) {
            throw TaskAccess.problem(HttpStatus.BAD_REQUEST, "一次最多签收 " + MAX_ACKNOWLEDGEMENTS
                    + " 项任务(taskIds),收到 " + ids.size() + " 项");
        }
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw TaskAccess.problem(HttpStatus.BAD_REQUEST, "「签收说明」(comment) 不能超过 " + MAX_COMMENT + " 字(现有 "
                    + comment.length() + " 字),未签收任何任务");
        }
        if (comment != null) {
            refuseControlCharacters(comment, "「签收说明」(comment)");
        }
        refuseUnsignable(ids, user);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("partAcknowledged", true);
        form.put("acknowledgementComment", comment == null || comment.isBlank() ? null : comment.strip());
        identityService.setAuthentication(user.userId(), List.copyOf(user.groupIds()));
        try {
            for (String id : ids) {
                engine(() -> formService.submitTaskForm(id, form));
            }
        } finally {
            identityService.clearAuthentication();
        }
        return ids.stream().map(id -> new AcknowledgementResult(id, null)).toList();
    }

    /** 404 if a task is not the user's body's, else 400 if one is no acknowledgement, else 409: each named. */
    private void refuseUnsignable(List<String> ids, CurrentUser user) {
        List<AcknowledgementResult> missing = new ArrayList<>();
        List<AcknowledgementResult> wrongKind = new ArrayList<>();
        List<AcknowledgementResult> taken = new ArrayList<>();
        for (String id : ids) {
            TaskAccess.TaskRef task = access.find(id)
                    .filter(found -> user.departmentIds().contains(found.departmentId())).orElse(null);
            if (task == null) {
                missing.add(new AcknowledgementResult(id, "任务不存在,或不属于您所在的单位"));
            } else if (!BULK_ACKNOWLEDGEMENT_TASKS.contains(task.taskKey())) {
                wrongKind.add(new AcknowledgementResult(id, "不是签收配合任务或签收落实任务,请在任务页办理"));
            } else if (!task.open()) {
                taken.add(new AcknowledgementResult(id, "该任务已办结"));
            } else if (task.assignee() != null && !task.assignee().equals(user.userId())) {
                taken.add(new AcknowledgementResult(id, "该任务已由 " + task.assignee() + " 认领"));
            }
        }
        refuseIfAny(missing, HttpStatus.NOT_FOUND);
        refuseIfAny(wrongKind, HttpStatus.BAD_REQUEST);
        refuseIfAny(taken, HttpStatus.CONFLICT);
    }

    private static void refuseIfAny(List<AcknowledgementResult> refused, HttpStatus status) {
        if (refused.isEmpty()) {
            return;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "有 " + refused.size()
                + " 项任务不能签收,未签收任何任务:"
                + String.join(";", refused.stream().map(r -> r.taskId() + " " + r.problem()).toList()));
        problem.setProperty("tasks", refused);
        throw new ErrorResponseException(status, problem, null);
    }

    /** Texts follow the forms' rule ({@link FormValues#controlCharacter}): no control characters but tab and line breaks. */
    private static void refuseControlCharacters(String text, String field) {
        int index = FormValues.controlCharacter(text);
        if (index >= 0) {
            throw TaskAccess.problem(HttpStatus.BAD_REQUEST, field + " 含有不允许的控制字符(U+%04X),请删除后再提交"
                    .formatted((int) text.charAt(index)));
        }
    }

    /** Runs one engine command and turns a lost race or a refused request into a problem the user can read. */
    private static void engine(Runnable command) {
        try {
            command.run();
        } catch (TaskAlreadyClaimedException e) {
            throw TaskAccess.problem(HttpStatus.CONFLICT, "该任务已由 " + e.getTaskAssignee() + " 认领");
        } catch (OptimisticLockingException e) {
            throw TaskAccess.problem(HttpStatus.CONFLICT, "该任务刚被其他人处理,请刷新后重试");
        } catch (NullValueException e) {
            throw TaskAccess.problem(HttpStatus.CONFLICT, "该任务已办结,请刷新待办列表");
        } catch (RequestRejected e) {
            throw TaskAccess.problem(HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (SubmissionRejected e) {
            throw TaskAccess.problem(HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (ProcessEngineException e) {
            if (e.getMessage() != null && e.getMessage().contains("Cannot correlate message")) {
                throw TaskAccess.problem(HttpStatus.CONFLICT, "该报告期现在不能申请延期(可能已有待审核的延期申请)");
            }
            throw e;
        }
    }

    private static TaskComment comment(Comment comment, String userName) {
        return new TaskComment(comment.getId(), comment.getUserId(), userName,
                comment.getTime().toInstant().atZone(EngineClock.ZONE).toOffsetDateTime(), comment.getFullMessage());
    }
}
