package org.sakuin.qa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentWordsTest {

    @Test
    void wordsAreTheNounsAndVerbsWithoutSuffixesOrGrammar() {
        assertThat(ContentWords.of("入間市の自治会加入世帯数")).containsExactly("入間", "自治", "加入", "世帯");
    }

    @Test
    void phrasesKeepTouchingNounsWholeWithTheirSuffixes() {
        assertThat(ContentWords.phrases("入間市の自治会加入世帯数")).containsExactly("入間市", "自治会加入世帯数");
        assertThat(ContentWords.phrases("何件の事業を実施する")).containsExactly("事業", "実施");
    }
}
