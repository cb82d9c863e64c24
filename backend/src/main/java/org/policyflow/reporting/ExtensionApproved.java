package org.policyflow.reporting;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.policyflow.calendar.ReportingDeadlines;
import org.policyflow.engine.ProcessVariables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * 顺延截止日期: records the approval and moves the period's due date, with it the due dates of the open tasks and
 * the reminder, 催办 and grace timers still waiting; announces the decision ({@link ExtensionDecided}).
 */
@Component
class ExtensionApproved implements JavaDelegate {

    /** Timer activities of reporting-period.bpmn and the variable holding the instant each waits for. */
    private static final Map<String, String> TIMERS = Map.of(
            "ContributionReminder", ProcessVariables.REMINDER_AT, "ContributionOverdue", ProcessVariables.DUE_AT,
            "GraceExpired", ProcessVariables.ESCALATE_AT, "ReportOpens", ProcessVariables.REPORT_OPENS_AT,
            "ReportReminder", ProcessVariables.REPORT_REMINDER_AT, "ReportOverdue", ProcessVariables.REPORT_DUE_AT,
            "ReportGraceExpired", ProcessVariables.REPORT_ESCALATE_AT);

    private final ReportingRecords records;
    private final ApplicationEventPublisher events;

    ExtensionApproved(ReportingRecords records, ApplicationEventPublisher events) {
        this.records = records;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ExtensionDecided decision = records.extensionDecided(ProcessVariables.extensionId(execution), true,
                ProcessVariables.extensionReviewComment(execution));
        Instant newDue = decision.dueAt();
        Date oldDue = (Date) execution.getVariable(ProcessVariables.DUE_AT);
        ProcessVariables.setInstant(execution, ProcessVariables.DUE_AT, newDue);
        ReportingDeadlines.schedule(execution);

        String instance = execution.getProcessInstanceId();
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        for (Task task : tasks.createTaskQuery().processInstanceId(instance).list()) {
            if (oldDue.equals(task.getDueDate())) {
                task.setDueDate(Date.from(newDue));
                tasks.saveTask(task);
            }
        }
        ManagementService management = execution.getProcessEngineServices().getManagementService();
        for (Job job : management.createJobQuery().processInstanceId(instance).timers().list()) {
            String variable = TIMERS.get(management.createJobDefinitionQuery()
                    .jobDefinitionId(job.getJobDefinitionId()).singleResult().getActivityId());
            if (variable != null) {
                management.setJobDuedate(job.getId(), (Date) execution.getVariable(variable));
            }
        }
        events.publishEvent(decision);
    }
}
