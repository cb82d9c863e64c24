package org.policyflow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.policyflow.models.ModelCodes;

/**
 * The codes the models pass to the reporting listeners are values of their enums: every {@code reminderKind} is a
 * {@link ReminderSent.Kind}, and the review form, the routing decision and the listener know the same review
 * choices ({@link ReviewDecision}). A code spelled differently on one side fails here.
 */
class ReportingCodesTest {

    @Test
    void everyReminderKindTheModelsPassIsAKind() {
        assertThat(ModelCodes.of("reminderKind")).as("reminderKind in bpmn/")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(ReminderSent.Kind.values()).map(Enum::name)
                        .toList());
    }

    @Test
    void theReviewFormAndReviewRoutingOfferTheChoicesOfTheDecisions() {
        assertThat(ModelCodes.of("reviewDecision")).as("review-report.form reviewDecision")
                .containsExactlyInAnyOrderElementsOf(ReviewDecision.choices());
        assertThat(ModelCodes.of("reviewOutcome")).as("review-routing.dmn reviewOutcome")
                .containsExactlyInAnyOrderElementsOf(ReviewDecision.choices());
    }
}
