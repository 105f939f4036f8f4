package org.sakuin.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class VariantKeyAnalyzerTest {

    @Test
    void spellingsThatDifferInOkuriganaShareTheirKeys() {
        List<List<String>> variants = List.of(List.of("取組", "取り組み", "取組み"), List.of("空き家", "空家"),
                List.of("申込", "申し込み", "申込み"), List.of("引き続き", "引続き"), List.of("受付", "受け付け", "受付け"),
                List.of("貸出", "貸し出し"), List.of("手続き", "手続"), List.of("取扱い", "取り扱い", "取扱"),
                List.of("問合せ", "問い合わせ"), List.of("売上", "売り上げ"));
        for (List<String> spellings : variants) {
            assertThat(spellings).as("keys of %s", spellings).extracting(VariantKeyAnalyzer::keysOf)
                    .containsOnly(VariantKeyAnalyzer.keysOf(spellings.getFirst()));
        }
    }

    @Test
    void homophonesWrittenWithOtherKanjiKeepTheirKeysApart() {
        assertThat(VariantKeyAnalyzer.keysOf("期間")).isNotEqualTo(VariantKeyAnalyzer.keysOf("機関"));
        assertThat(VariantKeyAnalyzer.keysOf("公園")).isNotEqualTo(VariantKeyAnalyzer.keysOf("講演"));
        assertThat(VariantKeyAnalyzer.keysOf("市長")).isNotEqualTo(VariantKeyAnalyzer.keysOf("市町"));
    }

    @Test
    void aCompoundIsKeyedWordByWordAndParticlesAreDropped() {
        assertThat(VariantKeyAnalyzer.keysOf("空き家対策の取り組み"))
                .isEqualTo(VariantKeyAnalyzer.keysOf("空家対策取組"));
    }
}
