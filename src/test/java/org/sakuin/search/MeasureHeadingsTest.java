package org.sakuin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sakuin.index.PassageHit;

/** What a benchmark takes for a measure: headings that name one, not the labels every measure repeats. */
class MeasureHeadingsTest {

    @Test
    void headingsWrittenOnlyInThePlansPartWordsAreLabels() {
        for (String label : List.of("現況と問題", "その対策", "現状と課題", "施策の方向", "○施策の方向性", "3 成果指標",
                "5 展開施策を構成する事業等", "1 総合計画の位置付け", "（2）主な取組", "4 第2次北斗市総合計画の進捗管理", "基本政策 12の施策体系")) {
            assertThat(MeasureHeadings.measureOf(hit("1 人権の尊重 › " + label), Set.of()))
                    .as(label).isEqualTo("人権の尊重");
        }
    }

    @Test
    void aMeasureKeepsItsNameWithoutNumberingOrMarks() {
        assertThat(MeasureHeadings.measureOf(hit("第1節 人権 › 第2項 都市間連携の推進"), Set.of())).isEqualTo("都市間連携の推進");
        assertThat(MeasureHeadings.measureOf(hit("②都市間連携の推進 ○ ○ ○"), Set.of())).isEqualTo("都市間連携の推進");
        assertThat(MeasureHeadings.measureOf(hit("展開施策名 12-1-1 北北海道における自治体との連携の推進"), Set.of()))
                .isEqualTo("北北海道における自治体との連携の推進");
        assertThat(MeasureHeadings.measureOf(hit("名寄市との連携"), Set.of())).isEqualTo("名寄市との連携");
        assertThat(MeasureHeadings.measureOf(hit("(1) 地域福祉の推進"), Set.of())).isEqualTo("地域福祉の推進");
    }

    @Test
    void aHeadingRepeatedUnderSeveralMeasuresIsALabelWhateverItsWords() {
        List<PassageHit> passages = List.of(hit("ごみの減量 › 市民の声"), hit("公園の整備 › 市民の声"),
                hit("子育て支援 › 市民の声"), hit("公園の整備 › 遊具の更新"), hit("施策体系 › 遊具の更新"));
        Set<String> recurring = MeasureHeadings.recurring(passages);

        assertThat(MeasureHeadings.measureOf(passages.get(0), recurring)).isEqualTo("ごみの減量");
        assertThat(MeasureHeadings.measureOf(passages.get(3), recurring)).as("named in an overview as well")
                .isEqualTo("遊具の更新");
    }

    @Test
    void thePlansTitleOrNoHeadingIsNoMeasure() {
        assertThat(MeasureHeadings.measureOf(hit("第2期さっぽろ連携中枢都市圏ビジョン"), Set.of())).isNull();
        assertThat(MeasureHeadings.measureOf(hit(""), Set.of())).isNull();
    }

    private static PassageHit hit(String section) {
        return new PassageHit("doc-1#0", "doc-1", "corpus/a.pdf", "北斗市", "北海道", "第2期さっぽろ連携中枢都市圏ビジョン",
                "基本計画", 1, section, 1f, "", List.of(), List.of(), List.of(), "");
    }
}
