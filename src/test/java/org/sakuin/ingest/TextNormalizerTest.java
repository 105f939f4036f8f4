package org.sakuin.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void fullWidthLettersAndDigitsBecomeAscii() {
        assertThat(TextNormalizer.normalizeLine("ＤＶ被害の相談は６件")).isEqualTo("DV被害の相談は6件");
    }

    @Test
    void circledNumbersStayBecauseTheyNumberItemsWhileTheRestOfTheLineIsNormalised() {
        assertThat(TextNormalizer.normalizeLine("①特定健診（Ｒ３） ㉑ｶﾞｲﾄﾞ ⑴計画")).isEqualTo("①特定健診(R3) ㉑ガイド (1)計画");
    }

    @Test
    void halfWidthKatakanaBecomesFullWidth() {
        assertThat(TextNormalizer.normalizeLine("ｶﾀｶﾅとﾊﾟｰﾄﾅｰｼｯﾌﾟ")).isEqualTo("カタカナとパートナーシップ");
    }

    @Test
    void kangxiRadicalsThatPdfsEmitBecomeTheirIdeographs() {
        assertThat(TextNormalizer.normalizeLine("\u2F24切な\u2F42化")).isEqualTo("大切な文化");
    }

    @Test
    void radicalLookalikesWithoutNfkcMappingBecomeTheirIdeographs() {
        // CJK Radicals Supplement: ⻑ U+2ED1, ⻄ U+2EC4, ⺠ U+2EA0 share glyphs with 長, 西, 民
        assertThat(TextNormalizer.normalizeLine("⻑期計画と⻄地区の市⺠")).isEqualTo("長期計画と西地区の市民");
    }

    @Test
    void letterSpacedWordsAreJoinedToTheWordTheyBelongTo() {
        assertThat(TextNormalizer.normalizeLine("G I G A スクール構想")).isEqualTo("GIGAスクール構想");
        assertThat(TextNormalizer.normalizeLine("- J R 留萌駅周辺地区")).isEqualTo("- JR留萌駅周辺地区");
    }

    @Test
    void letterSpacedWordsTouchingKanaAreJoinedToo() {
        assertThat(TextNormalizer.normalizeLine("I C TやA I、I o Tなどの先端技術"))
                .isEqualTo("ICTやAI、IoTなどの先端技術");
    }

    @Test
    void spacedDigitsStayApartBecauseTheyAreTableCells() {
        assertThat(TextNormalizer.normalizeLine("3 4")).isEqualTo("3 4");
        assertThat(TextNormalizer.normalizeLine("12.2% 10.0%")).isEqualTo("12.2% 10.0%");
    }

    @Test
    void ordinaryWordsSeparatedBySpacesAreNotJoined() {
        assertThat(TextNormalizer.normalizeLine("Smart City 推進")).isEqualTo("Smart City 推進");
    }

    @Test
    void ideographicSpacesCollapseAndControlCharactersGo() {
        assertThat(TextNormalizer.normalizeLine("\uFEFF　基本目標　　５\u0007 ")).isEqualTo("基本目標 5");
    }

    @Test
    void tabsBetweenCellsAreKept() {
        assertThat(TextNormalizer.normalizeLine("指標\t基準値")).isEqualTo("指標\t基準値");
    }
}
