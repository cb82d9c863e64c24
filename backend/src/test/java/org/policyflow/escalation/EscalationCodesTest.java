package org.policyflow.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.policyflow.models.ModelCodes;

/**
 * The codes the models give an escalation (its trigger, why it ended) are values of {@link EscalationTrigger} and
 * {@link EscalationEnd}: a code spelled differently in a model or a decision table, or an enum value renamed, fails
 * here instead of at the first escalation that reaches it.
 */
class EscalationCodesTest {

    @Test
    void everyTriggerTheModelsAndDecisionsUseIsAnEscalationTrigger() {
        Set<String> used = new TreeSet<>(ModelCodes.of("trigger"));
        used.addAll(ModelCodes.of("escalationTrigger"));

        assertThat(used).as("triggers in bpmn/ (call inputs, escalation-level.dmn, review-routing.dmn)")
                .containsAll(names(EscalationTrigger.values()))
                .isSubsetOf(names(EscalationTrigger.values()));
    }

    @Test
    void everyEndCauseTheModelsPassIsAnEscalationEnd() {
        assertThat(ModelCodes.of("escalationEndCause")).as("escalationEndCause in bpmn/")
                .contains(EscalationEnd.MATERIAL_SUBMITTED.name(), EscalationEnd.REPORT_APPROVED.name())
                .isSubsetOf(names(EscalationEnd.values()));
    }

    private static Set<String> names(Enum<?>[] values) {
        return new TreeSet<>(Arrays.stream(values).map(Enum::name).toList());
    }
}
