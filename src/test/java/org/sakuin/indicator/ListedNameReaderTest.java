package org.sakuin.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.plan.Indicator;

class ListedNameReaderTest {

    private static List<RowRecord> read(String... lines) {
        return ListedNameReader.read(Blocks.of(lines));
    }

    @Test
    void bulletsRightUnderAnIndicatorHeadingAreIndicators() {
        List<RowRecord> rows = read(
                "施策2 観光の振興",
                "(評価指標)",
                "・ 観光案内所の利用者数",
                "- ・ 観光ボランティアガイドの登録者数",
                "展開施策1 観光資源の磨き上げ",
                "【成果指標】",
                "● 観光消費額");
        assertThat(rows).extracting(RowRecord::name)
                .containsExactly("観光案内所の利用者数", "観光ボランティアガイドの登録者数", "観光消費額");
        assertThat(rows).extracting(RowRecord::kind).containsExactly("評価指標", "評価指標", "成果指標");
        assertThat(rows).allSatisfy(row -> assertThat(row.figures()).isEmpty());
    }

    @Test
    void bulletsUnderOtherHeadingsOrAfterTheListAreNot() {
        assertThat(read(
                "【目標像】",
                "・ 観光客が一年を通じて訪れています",
                "(評価指標)",
                "・ 観光案内所の利用者数",
                "観光案内所の機能を充実させ、来訪者の満足度を高めます。",
                "・ 案内表示の多言語化")).extracting(RowRecord::name).containsExactly("観光案内所の利用者数");
        assertThat(read("(評価指標)", "・ 案内所の充実を図ります。")).isEmpty(); // a sentence, not a name
        assertThat(read("(1) 成果指標の考え方", "・ 市民の実感を測る指標とする")).isEmpty(); // about indicators
        assertThat(read("3 成果指標", "・ 観光案内所の利用者数")).extracting(RowRecord::name)
                .containsExactly("観光案内所の利用者数");
    }

    /** A listed name and the table row of the same indicator are one record, with the table's figures. */
    @Test
    void aListedNameMergesWithItsTableRow() {
        List<Indicator> found = Blocks.extract(
                "展開施策1 観光資源の磨き上げ",
                "(評価指標)",
                "・ 観光案内所の利用者数",
                "評価指標\t単位\t基準値\t目標値(R7)",
                "1 観光案内所の利用者数\t人\t12,400 (R1)\t15,000");
        assertThat(found).singleElement().satisfies(indicator -> {
            assertThat(indicator.name()).isEqualTo("観光案内所の利用者数");
            assertThat(indicator.baseline().value()).isEqualTo("12400");
            assertThat(indicator.kind()).isEqualTo("評価指標");
        });
    }
}
