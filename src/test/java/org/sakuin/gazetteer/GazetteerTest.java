package org.sakuin.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer japan = Gazetteer.japan();

    @Test
    void knowsEveryPrefectureInCodeOrder() {
        assertThat(japan.prefectures()).hasSize(47).startsWith("北海道", "青森県").endsWith("鹿児島県", "沖縄県");
        assertThat(japan.prefecture("埼玉県")).map(Town::code).contains("110000");
    }

    @Test
    void findsAMunicipalityByNameWithItsCodeAndReading() {
        assertThat(japan.named("入間市")).singleElement().satisfies(town -> {
            assertThat(town.prefecture()).isEqualTo("埼玉県");
            assertThat(town.code()).isEqualTo("112259");
            assertThat(town.reading()).isEqualTo("いるまし");
        });
        assertThat(japan.named("世田谷区")).singleElement().extracting(Town::kind).isEqualTo(Town.Kind.MUNICIPALITY);
    }

    @Test
    void aNameSeveralPrefecturesHaveGivesEachOfThem() {
        assertThat(japan.named("伊達市")).extracting(Town::prefecture).containsExactlyInAnyOrder("北海道", "福島県");
        assertThat(japan.town("広島県", "府中市")).map(Town::code).contains("342084");
        assertThat(japan.town("大阪府", "府中市")).isEmpty();
    }

    @Test
    void aDesignatedCitysWardGivesItsCity() {
        assertThat(japan.named("札幌市中央区")).singleElement().satisfies(city -> {
            assertThat(city.name()).isEqualTo("札幌市");
            assertThat(city.code()).isEqualTo("011002");
        });
        assertThat(japan.named("中央区")).as("Tokyo's 特別区, not every city's ward").singleElement()
                .extracting(Town::prefecture).isEqualTo("東京都");
    }

    @Test
    void smallAndLargeKeWriteTheSameTown() {
        assertThat(japan.named("龍ヶ崎市")).singleElement().extracting(Town::name).isEqualTo("龍ケ崎市");
        assertThat(japan.named("茅ケ崎市")).singleElement().extracting(Town::name).isEqualTo("茅ヶ崎市");
    }

    @Test
    void aWordThatIsNoTownIsNotFound() {
        assertThat(japan.named("姉妹都市")).isEmpty();
        assertThat(japan.named("星見野市")).isEmpty();
        assertThat(japan.named(null)).isEmpty();
    }

    @Test
    void prefecturesSortInCodeOrderAndUnknownNamesLast() {
        assertThat(java.util.stream.Stream.of("都道府県不明", "沖縄県", "埼玉県", "北海道").sorted(japan.prefectureOrder()))
                .containsExactly("北海道", "埼玉県", "沖縄県", "都道府県不明");
    }

    @Test
    void aMalformedLineIsAClearError() {
        assertThatThrownBy(() -> Gazetteer.parse("code\tprefecture\tmunicipality\treading\tkind\n112259\t埼玉県\t入間市\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2").hasMessageContaining("5 columns");
    }
}
