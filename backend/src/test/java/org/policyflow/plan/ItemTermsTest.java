package org.policyflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ItemTermsTest {

    @Test
    void aTextHoldsEveryCharacterAndEveryPairOfAdjacentCharactersOfEachOfItsParts() {
        assertThat(ItemTerms.of("质量提升", "(三)", null))
                .containsExactlyInAnyOrder("质", "质量", "量", "量提", "提", "提升", "升", "(", "(三", "三", "三)", ")");
        assertThat(ItemTerms.of("ab", "cd")).as("no pair spans two parts").doesNotContain("bc");
    }

    @Test
    void aQueryNeedsItsPairsOrItsOneCharacter() {
        assertThat(ItemTerms.ofQuery("质量提升")).containsExactly("质量", "量提", "提升");
        assertThat(ItemTerms.ofQuery("苏州苏州")).containsExactly("苏州", "州苏");
        assertThat(ItemTerms.ofQuery("河")).containsExactly("河");
        // a character outside the basic plane is one character, not two halves
        assertThat(ItemTerms.ofQuery("𠀀")).containsExactly("𠀀");
        assertThat(ItemTerms.ofQuery("𠀀水")).containsExactly("𠀀水");
    }
}
