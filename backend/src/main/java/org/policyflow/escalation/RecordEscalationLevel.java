package org.policyflow.escalation;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policyflow.engine.EngineClock;
import org.springframework.stereotype.Component;

/**
 * Service task "登记督办等级" (RecordEscalationLevel): registers the escalation when it starts and its new level when
 * it rises, clears what was filled in at the level below, and pre-fills the notice's rectification deadline with the
 * number of days escalation-level.dmn gives the level.
 */
@Component("recordEscalationLevel")
class RecordEscalationLevel implements JavaDelegate {

    /** Form fields of one level's notice, answer and check: a new level starts with empty forms. */
    static final List<String> LEVEL_FORM_FIELDS = List.of(IssueNoticeCompleted.REQUIREMENTS,
            IssueNoticeCompleted.NOTICE_REQUIREMENTS, SubmitRectificationCompleted.RECTIFICATION,
            SubmitRectificationCompleted.MEASURES, SubmitRectificationCompleted.EVIDENCE_NOTE,
            CheckRectificationCompleted.CHECK_RESULT, CheckRectificationCompleted.CHECK_COMMENT);

    private final EscalationRepository repository;
    private final EngineClock clock;

    RecordEscalationLevel(EscalationRepository repository, EngineClock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EscalationRepository.Opening opening = new EscalationRepository.Opening(execution.getProcessInstanceId(),
                required(execution, "itemId", Number.class).longValue(),
                execution.getVariable("periodId") == null ? null : required(execution, "periodId", Number.class).longValue(),
                (String) execution.getVariable("periodLabel"),
                required(execution, "departmentId", String.class),
                required(execution, "trigger", String.class),
                required(execution, "reason", String.class));
        EscalationRepository.Level level = new EscalationRepository.Level(
                required(execution, "escalationLevel", String.class),
                required(execution, "levelName", String.class),
                required(execution, "levelRank", Number.class).intValue());
        repository.openOrRaise(opening, level, clock.now());

        execution.removeVariables(LEVEL_FORM_FIELDS);
        int rectificationDays = required(execution, "rectificationDays", Number.class).intValue();
        execution.setVariable(IssueNoticeCompleted.DEADLINE,
                clock.today().plusDays(rectificationDays).toString());
    }

    /** Inputs of the call activity and outputs of the decisions; a missing one is a modelling error of the caller. */
    private static <T> T required(DelegateExecution execution, String name, Class<T> type) {
        Object value = execution.getVariable(name);
        if (!type.isInstance(value) || value instanceof String text && text.isBlank()) {
            throw new ProcessEngineException("督办流程缺少变量 " + name + "(" + type.getSimpleName() + "),实际为:" + value);
        }
        return type.cast(value);
    }
}
