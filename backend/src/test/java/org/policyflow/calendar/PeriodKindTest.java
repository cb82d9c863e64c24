package org.policyflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.policyflow.models.ModelCodes;

/** reporting-deadlines.dmn decides on exactly the kinds of period the calendar makes. */
class PeriodKindTest {

    @Test
    void theDeadlineRulesKnowEveryPeriodKindAndNoOther() {
        assertThat(ModelCodes.of("periodKind")).as("periodKind in reporting-deadlines.dmn")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(PeriodKind.values()).map(Enum::name).toList());
    }
}
