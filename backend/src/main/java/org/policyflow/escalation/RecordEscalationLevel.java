package org.policyflow.escalation;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.policyflow.engine.EngineClock;
import org.policyflow.engine.ProcessVariables;
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
            ProcessVariables.NOTICE_REQUIREMENTS, SubmitRectificationCompleted.RECTIFICATION,
            SubmitRectificationCompleted.MEASURES, SubmitRectificationCompleted.EVIDENCE_NOTE,
            ProcessVariables.CHECK_RESULT, CheckRectificationCompleted.CHECK_COMMENT);

    private final EscalationRepository repository;
    private final EngineClock clock;

    RecordEscalationLevel(EscalationRepository repository, EngineClock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EscalationRepository.Opening opening = new EscalationRepository.Opening(execution.getProcessInstanceId(),
                required(execution, ProcessVariables.ITEM_ID, Number.class).longValue(),
                execution.getVariable(ProcessVariables.PERIOD_ID) == null ? null
                        : required(execution, ProcessVariables.PERIOD_ID, Number.class).longValue(),
                (String) execution.getVariable(ProcessVariables.PERIOD_LABEL),
                required(execution, ProcessVariables.DEPARTMENT_ID, String.class),
                EscalationTrigger.valueOf(required(execution, ProcessVariables.TRIGGER, String.class)),
                required(execution, ProcessVariables.REASON, String.class));
        EscalationRepository.Level level = new EscalationRepository.Level(
                required(execution, ProcessVariables.ESCALATION_LEVEL, String.class),
                required(execution, ProcessVariables.LEVEL_NAME, String.class),
                required(execution, ProcessVariables.LEVEL_RANK, Number.class).intValue());
        repository.openOrRaise(opening, level, clock.now());

        execution.removeVariables(LEVEL_FORM_FIELDS);
        int rectificationDays = required(execution, ProcessVariables.RECTIFICATION_DAYS, Number.class).intValue();
        execution.setVariable(ProcessVariables.RECTIFICATION_DEADLINE,
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
