package org.policyflow.escalation;

import org.camunda.bpm.engine.RuntimeService;
import org.policyflow.engine.ProcessVariables;

/**
 * The message "escalation-ended" that starts the escalation's event subprocess 督办结束 (CauseEnded): the instance
 * records why it ends (RecordEscalationEnd) and ends normally, so its caller goes on as after any other end.
 */
final class EndMessage {

    static final String NAME = "escalation-ended";

    private EndMessage() {
    }

    /**
     * Ends the escalation instance with this cause, in the caller's transaction.
     *
     * @return false if the instance cannot take the message: it is gone, or it runs a version of the model from
     *         before the event subprocess (its cancellation is then recorded by the sweep of EscalationOrphans)
     */
    static boolean send(RuntimeService runtime, String processInstanceId, EscalationRepository.Ending ending) {
        if (runtime.createEventSubscriptionQuery().processInstanceId(processInstanceId).eventType("message")
                .eventName(NAME).count() == 0) {
            return false;
        }
        runtime.createMessageCorrelation(NAME).processInstanceId(processInstanceId)
                .setVariable(ProcessVariables.ESCALATION_END_CAUSE, ending.cause())
                .setVariable(ProcessVariables.ESCALATION_END_NOTE, ending.note())
                .setVariable(ProcessVariables.ESCALATION_ENDED_BY, ending.endedBy())
                .correlate();
        return true;
    }
}
