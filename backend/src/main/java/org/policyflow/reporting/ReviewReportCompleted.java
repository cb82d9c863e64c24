package org.policyflow.reporting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policyflow.calendar.ReportingDeadlines;
import org.policyflow.engine.EngineClock;
import org.policyflow.engine.FormValues;
import org.policyflow.engine.ProcessVariables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * 审核进展报告: records the coordinating office's approval or return (announced as
 * {@link ReportReturned}); routing follows review-routing.dmn. A return
 * gives the revision a due date of its own (reporting-deadlines.dmn revisionPeriod), on which the lead is chased.
 */
@Component
class ReviewReportCompleted implements TaskListener {

    private final ReportingRecords records;
    private final ApplicationEventPublisher events;
    private final EngineClock clock;

    ReviewReportCompleted(ReportingRecords records, ApplicationEventPublisher events, EngineClock clock) {
        this.records = records;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        ReviewDecision decision = ReviewDecision.ofChoice(form.choice("reviewDecision", "审核意见",
                ReviewDecision.choices()));
        String comment = decision == ReviewDecision.RETURNED
                ? form.requiredText("reviewComment", "审核说明(退回理由)", 2000)
                : form.optionalText("reviewComment", "审核说明", 2000);
        int returns = records.review(ProcessVariables.reportId(task), decision, comment, task);
        task.setVariable(ProcessVariables.REVIEW_OUTCOME, decision.choice());
        task.setVariable(ProcessVariables.RETURN_COUNT, returns);
        task.setVariable(ProcessVariables.RETURN_REASON, decision == ReviewDecision.RETURNED ? comment : null);
        if (decision == ReviewDecision.RETURNED) {
            events.publishEvent(new ReportReturned(ProcessVariables.itemId(task), ProcessVariables.periodId(task),
                    ProcessVariables.leadDepartmentId(task), comment));
            ReportingDeadlines.scheduleRevision(task, clock.instant());
        }
    }
}
