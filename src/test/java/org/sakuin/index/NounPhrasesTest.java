package org.sakuin.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NounPhrasesTest {

    @Test
    void touchingNounsStayWholeWithTheirSuffixes() {
        assertThat(NounPhrases.of("入間市の自治会加入世帯数")).containsExactly("入間市", "自治会加入世帯数");
        assertThat(NounPhrases.of("何件の事業を実施する")).containsExactly("事業", "実施");
    }

    @Test
    void katakanaJoinsAcrossANakaguroButListedKanjiAndLinesDoNot() {
        assertThat(NounPhrases.of("デジタル・トランスフォーメーション、防災・減災\n交通\n月影橋"))
                .containsExactly("デジタル・トランスフォーメーション", "防災", "減災", "交通", "月影橋");
    }
}
