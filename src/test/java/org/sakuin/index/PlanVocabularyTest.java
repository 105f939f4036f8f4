package org.sakuin.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.plan.Passage;
import org.sakuin.plan.PlanContent;
import org.sakuin.plan.PlanDocument;
import org.sakuin.plan.PlanMetadata;
import org.sakuin.plan.Section;

class PlanVocabularyTest {

    @Test
    void aHeadingIsNamedWithoutItsNumber() {
        assertThat(PlanVocabulary.measureName("第4節 自治体間交流･連携の推進")).isEqualTo("自治体間交流・連携の推進");
        assertThat(PlanVocabulary.measureName("基本目標１　安心して暮らせるまち")).isEqualTo("安心して暮らせるまち");
        assertThat(PlanVocabulary.measureName("施策 1-2 移住・定住の促進")).isEqualTo("移住・定住の促進");
        assertThat(PlanVocabulary.measureName("（3）子育て支援の充実")).isEqualTo("子育て支援の充実");
        assertThat(PlanVocabulary.measureName("②地域公共交通の確保")).isEqualTo("地域公共交通の確保");
        assertThat(PlanVocabulary.measureName("ウ 交流・移住")).isEqualTo("交流・移住");
        assertThat(PlanVocabulary.measureName("1.2 防災体制の強化")).isEqualTo("防災体制の強化");
    }

    @Test
    void wordsThatMerelyBeginLikeANumberedHeadingKeepTheirStart() {
        assertThat(PlanVocabulary.measureName("政策の推進体制")).isEqualTo("政策の推進体制");
        assertThat(PlanVocabulary.measureName("2025年度の取組")).isEqualTo("2025年度の取組");
        assertThat(PlanVocabulary.measureName("アイヌ文化の振興")).isEqualTo("アイヌ文化の振興");
    }

    @Test
    void labelsAndBareNumbersAreNoMeasures() {
        assertThat(PlanVocabulary.measureName("【成果指標】")).isNull();
        assertThat(PlanVocabulary.measureName("◇章の目標")).isNull();
        assertThat(PlanVocabulary.measureName("第2章")).isNull();
    }

    @Test
    void nounCompoundsAreGatheredWithTheirReadingsAndCountedNeverAcrossALineOrPunctuation() {
        Passage passage = new Passage("p1", 0, 3, new Section(List.of("第1節 地域コミュニティの活性化")),
                "自治会加入率の向上を図るため、自治会加入率の低い地区に加入案内を配布します。\n交通\n月影橋、防災・減災、デジタル・トランスフォーメーション", List.of());
        PlanContent content = new PlanContent(new PlanDocument("d1", "x.txt", "/x.txt", "h", "text/plain", 1,
                PlanMetadata.UNKNOWN), List.of(passage), List.of(), java.util.Map.of());

        List<VocabularyEntry> entries = PlanVocabulary.of(content);

        assertThat(entries).contains(new VocabularyEntry(Suggestion.Kind.WORD, "自治会加入率", "ジチ カイ カニュウ リツ",
                "jichi kai kanyuu ritsu", 2));
        assertThat(entries).extracting(VocabularyEntry::surface).contains("加入案内", "地区", "地域コミュニティ",
                "地域コミュニティの活性化", "月影橋", "デジタル・トランスフォーメーション")
                .doesNotContain("図る", "ため", "の", "交通月影橋", "月影橋防災", "防災・減災");
        assertThat(PlanVocabulary.decode(PlanVocabulary.encode(entries))).isEqualTo(entries);
    }
}
