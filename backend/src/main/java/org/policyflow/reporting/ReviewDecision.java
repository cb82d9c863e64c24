package org.policyflow.reporting;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The coordinating office's decision on a progress report: pf_review.decision (stored by name), taken with the review
 * form's choice {@code reviewDecision}, whose value review-routing.dmn reads as {@code reviewOutcome}.
 */
enum ReviewDecision {
    APPROVED("approve"),
    RETURNED("return");

    private final String choice;

    ReviewDecision(String choice) {
        this.choice = choice;
    }

    /** The value of the form's choice. */
    String choice() {
        return choice;
    }

    static Set<String> choices() {
        return Arrays.stream(values()).map(ReviewDecision::choice).collect(Collectors.toSet());
    }

    /** The decision of a choice already checked against {@link #choices()}. */
    static ReviewDecision ofChoice(String choice) {
        return Arrays.stream(values()).filter(decision -> decision.choice.equals(choice)).findFirst().orElseThrow();
    }
}
