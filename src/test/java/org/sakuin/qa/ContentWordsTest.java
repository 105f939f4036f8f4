package org.sakuin.qa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentWordsTest {

    @Test
    void wordsAreTheNounsAndVerbsWithoutSuffixesOrGrammar() {
        assertThat(ContentWords.of("入間市の自治会加入世帯数")).containsExactly("入間", "自治", "加入", "世帯");
    }
}
