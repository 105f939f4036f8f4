package org.sakuin.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.plan.Indicator;
import org.sakuin.plan.IndicatorValue;
import org.sakuin.plan.Section;

class IndicatorMergerTest {

    private static final Section SUMMARY = new Section(List.of("基本政策3 観光の振興", "【成果指標】"));
    private static final Section DETAIL = new Section(List.of("基本政策3 観光の振興", "施策1 観光地づくり", "3 成果指標"));

    private static Indicator indicator(String name, String kind, Section section, IndicatorValue baseline,
                                       List<IndicatorValue> actuals, String achievement, List<IndicatorValue> targets) {
        return new Indicator(IndicatorAssembler.idOf("doc", name), name, kind, null, baseline, actuals, achievement, false,
                targets, null, "doc", section, 1, name);
    }

    private static IndicatorValue value(String value, Integer fy) {
        return new IndicatorValue(value, fy, value);
    }

    /** A summary table and the detail sheet print one indicator twice: one record with every target. */
    @Test
    void summaryAndDetailBecomeOneRecordWithTheUnionOfTargets() {
        Indicator summary = indicator("観光入込客数", "成果指標", SUMMARY, value("120", 2015), List.of(), null,
                List.of(value("135", 2019), value("142", 2023), value("150", 2027)));
        Indicator detail = indicator("観光 入込客数", "成果指標", DETAIL, value("120", 2015),
                List.of(value("124", 2016), value("129", 2017)), "88.0%",
                List.of(value("135", 2019), value("150", 2027)));
        List<Indicator> merged = IndicatorMerger.merge(List.of(summary, detail));
        assertThat(merged).singleElement().satisfies(indicator -> {
            assertThat(indicator.section()).isEqualTo(DETAIL); // the mention with the most figures gives the place
            assertThat(indicator.achievement()).isEqualTo("88.0%");
            assertThat(indicator.actuals()).extracting(IndicatorValue::fy).containsExactly(2016, 2017);
            assertThat(indicator.targets()).extracting(IndicatorValue::fy, IndicatorValue::value)
                    .containsExactlyInAnyOrder(tuple(2019, "135"), tuple(2027, "150"), tuple(2023, "142"));
            assertThat(indicator.source()).contains("---");
        });
    }

    @Test
    void aNamedKindWinsOverThePlainOne() {
        Indicator listed = indicator("観光案内所の利用者数", "評価指標", SUMMARY, null, List.of(), null, List.of());
        Indicator row = indicator("観光案内所の利用者数", IndicatorAssembler.DEFAULT_KIND, DETAIL, value("12400", null),
                List.of(), null, List.of(value("15000", 2025)));
        assertThat(IndicatorMerger.merge(List.of(listed, row))).singleElement().satisfies(indicator -> {
            assertThat(indicator.kind()).isEqualTo("評価指標");
            assertThat(indicator.baseline().value()).isEqualTo("12400");
            assertThat(indicator.section()).isEqualTo(DETAIL);
        });
    }

    @Test
    void targetsWithoutYearsMergeByValue() {
        Indicator first = indicator("平和啓発事業の参加者数", "成果指標", SUMMARY, null, List.of(), null,
                List.of(value("現状値以上", null)));
        Indicator second = indicator("平和啓発事業の参加者数", "成果指標", DETAIL, null, List.of(), null,
                List.of(value("現状値以上", null), value("2000", null)));
        assertThat(IndicatorMerger.merge(List.of(first, second)).getFirst().targets())
                .extracting(IndicatorValue::value).containsExactly("現状値以上", "2000");
    }

    @Test
    void differentIndicatorsStayApartInOrder() {
        Indicator a = indicator("観光入込客数", "成果指標", SUMMARY, null, List.of(), null, List.of());
        Indicator b = indicator("宿泊者数", "成果指標", SUMMARY, null, List.of(), null, List.of());
        assertThat(IndicatorMerger.merge(List.of(a, b, a))).extracting(Indicator::name)
                .containsExactly("観光入込客数", "宿泊者数");
    }

    @Test
    void theExtractorMergesRepeatedRowsOfOneDocument() {
        List<Indicator> found = Blocks.extract(
                "【成果指標】",
                "指標\t基準値\t目標値(H31)\t目標値(H35)\t目標値(H39)",
                "市民農園の区画数\t40 (H27)\t45\t-\t50",
                "施策1 農とふれあう機会の充実",
                "成果指標\t単位\t基準値\t実績値\t\t達成率\t目標値",
                "\t\t\tH28\tH29\t\tH31\tH39",
                "市民農園の区画数\t区画\t40 (H27)\t42 (H28)\t44 (H29)\t50.0%\t45\t50");
        assertThat(found).singleElement().satisfies(indicator -> {
            assertThat(indicator.unit()).isEqualTo("区画");
            assertThat(indicator.achievement()).isEqualTo("50.0%");
            assertThat(indicator.targets()).extracting(IndicatorValue::fy).containsExactlyInAnyOrder(2019, 2027);
            assertThat(indicator.actuals()).extracting(IndicatorValue::fy, IndicatorValue::value)
                    .containsExactly(tuple(2016, "42"), tuple(2017, "44"));
        });
    }
}
