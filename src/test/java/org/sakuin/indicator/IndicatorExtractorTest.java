package org.sakuin.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.plan.Indicator;

/** The public door: every reader over one document, records assembled, placed and merged. */
class IndicatorExtractorTest {

    @Test
    void recordsKnowTheirSectionPageAndSource() {
        List<Indicator> found = Blocks.extract(
                "第3章 安心して暮らせるまち",
                "第1節 防災の推進",
                "\f",
                "●成果指標",
                "指標\t現状値\t目標値",
                "防災訓練の参加者数\t3,210人\t4,000人");
        assertThat(found).singleElement().satisfies(indicator -> {
            assertThat(indicator.section().headings())
                    .containsExactly("第3章 安心して暮らせるまち", "第1節 防災の推進", "●成果指標");
            assertThat(indicator.page()).isEqualTo(2);
            assertThat(indicator.kind()).isEqualTo("成果指標"); // from the label above a plain 指標 column
            assertThat(indicator.source()).isEqualTo("防災訓練の参加者数\t3,210人\t4,000人");
            assertThat(indicator.id()).startsWith("doc-").isEqualTo(IndicatorAssembler.idOf("doc", "防災訓練の参加者数"));
            assertThat(indicator.documentId()).isEqualTo("doc");
        });
    }

    @Test
    void aTableUnderNoIndicatorWordIsOfThePlainKind() {
        assertThat(Blocks.extract("指標\t現状値\t目標値", "防災訓練の参加者数\t3,210人\t4,000人"))
                .extracting(Indicator::kind).containsExactly(IndicatorAssembler.DEFAULT_KIND);
    }

    @Test
    void plainTextWithoutIndicatorsYieldsNothing() {
        assertThat(Blocks.extract(
                "第1章 計画の概要",
                "本計画は、令和5年度から令和9年度までの5年間を計画期間とします。",
                "人口は平成27年の10万人から令和2年には9万6千人に減少しました。",
                "成果指標の達成状況は毎年度公表します。")).isEmpty();
    }
}
