package org.policyflow.escalation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.policyflow.engine.EngineClock;
import org.policyflow.engine.FormValues;
import org.policyflow.engine.SubmissionRejected;
import org.springframework.stereotype.Component;

/**
 * Completes user task "整改反馈" (SubmitRectification): checks the body's rectification answer and records it on the
 * level's notice.
 */
@Component
class SubmitRectificationCompleted implements TaskListener {

    static final String RECTIFICATION = "rectificationText";
    static final String MEASURES = "measures";
    static final String EVIDENCE_NOTE = "evidenceNote";

    private final EscalationRepository repository;
    private final EngineClock clock;

    SubmitRectificationCompleted(EscalationRepository repository, EngineClock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        FormValues form = new FormValues(task);
        EscalationRepository.Answer answer = new EscalationRepository.Answer(
                form.requiredText(RECTIFICATION, "整改情况", 5, 4000),
                form.requiredText(MEASURES, "整改措施", 5, 4000),
                form.optionalText(EVIDENCE_NOTE, "佐证材料说明", 2000),
                FormValues.submitter(task));
        if (!repository.answerOpenNotice(task.getProcessInstanceId(), answer, clock.now())) {
            throw new SubmissionRejected(RECTIFICATION, "本级督办单已经反馈过,不能重复反馈");
        }
    }
}
