package org.sakuin.qa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameSimilarityTest {

    @Test
    void aNameAskedWithoutItsBracketedNoteStillMatchesJustBelowAnExactMatch() {
        double withoutNote = NameSimilarity.of("特定健康診査の受診率", "特定健康診査の受診率（国民健康保険加入者）");

        assertThat(withoutNote).isGreaterThanOrEqualTo(IndicatorAnswerer.MIN_NAME_SIMILARITY).isLessThan(1.0);
        assertThat(NameSimilarity.of("特定健康診査の受診率", "特定健康診査の受診率")).isEqualTo(1.0);
    }

    @Test
    void namesDifferingOnlyInTheirNotesAreEquallyLikeTheNameWithoutOne() {
        assertThat(NameSimilarity.of("がん検診の受診率", "がん検診の受診率（男性）"))
                .isEqualTo(NameSimilarity.of("がん検診の受診率", "がん検診の受診率（女性）"));
    }

    @Test
    void aDifferentNameStaysBelowTheThreshold() {
        assertThat(NameSimilarity.of("特定健康診査の受診率", "特定保健指導の実施率（国民健康保険加入者）"))
                .isLessThan(IndicatorAnswerer.MIN_NAME_SIMILARITY);
    }
}
