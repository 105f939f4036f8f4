package org.sakuin.qa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryNamesTest {

    @Test
    void readsTheJdksJapaneseNamesAndTheShortFormsPlansWrite() {
        assertThat(CountryNames.in("オーストラリア連邦ビクトリア州のウィンダミア市と姉妹都市提携を結び"))
                .containsExactly("オーストラリア");
        assertThat(CountryNames.in("米国オレゴン州と大韓民国慶尚南道の2都市")).containsExactly("米国", "大韓民国");
        assertThat(CountryNames.in("台湾南投県の清渓郷と友好交流協定を締結")).containsExactly("台湾");
    }

    @Test
    void aNameInsideALongerWordOrJapanItselfIsNoCountry() {
        assertThat(CountryNames.in("マリーナの整備とタイムラインの作成を中国地方の各県と進める")).isEmpty();
        assertThat(CountryNames.in("日本一の果樹産地として、国の交付金を活用する")).isEmpty();
    }
}
