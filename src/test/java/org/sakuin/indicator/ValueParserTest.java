package org.sakuin.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sakuin.plan.IndicatorValue.Basis;
import org.sakuin.plan.IndicatorValue.Qualifier;

class ValueParserTest {

    private static void assertParsed(String cell, String value, String unit, Integer fy, Qualifier qualifier) {
        ParsedValue parsed = ValueParser.parse(cell);
        assertThat(parsed.value()).as("value of %s", cell).isEqualTo(value);
        assertThat(parsed.unit()).as("unit of %s", cell).isEqualTo(unit);
        assertThat(parsed.fy()).as("year of %s", cell).isEqualTo(fy);
        assertThat(parsed.qualifier()).as("qualifier of %s", cell).isEqualTo(qualifier);
        assertThat(parsed.raw()).isEqualTo(cell.strip());
    }

    @Test
    void valueWithItsYearInParentheses() {
        assertParsed("152 (H27)", "152", null, 2015, null);
        assertParsed("12件(R1)", "12", "件", 2019, null);
        assertParsed("48.2億円(H30)", "4820000000", "円", 2018, null);
        assertParsed("40人(令和元年度)", "40", "人", 2019, null);
        assertParsed("28.5%(2022年度)", "28.5", "%", 2022, null);
    }

    @Test
    void thousandsSeparatorsAreDroppedAndTheUnitKept() {
        assertParsed("41,383世帯", "41383", "世帯", null, null);
        assertParsed("1,856人", "1856", "人", null, null);
        assertParsed("12,340", "12340", null, null, null);
        assertParsed("0.146", "0.146", null, null, null);
        assertParsed("3.5t", "3.5", "t", null, null);
        assertParsed("45 ha", "45", "ha", null, null);
        assertParsed("10か所", "10", "か所", null, null);
        assertParsed("200千円", "200000", "円", null, null);
        assertParsed("8,420人泊", "8420", "人泊", null, null);
    }

    @Test
    void countingWordsBeforeTheNumber() {
        assertParsed("延 370人", "370", "人", null, null);
        assertParsed("年 4棟", "4", "棟", null, null);
        assertParsed("約 1,200人", "1200", "人", null, Qualifier.ABOUT);
        assertParsed("累計 60件", "60", "件", null, null);
    }

    @Test
    void qualifierAfterTheNumberIsKeptApart() {
        assertParsed("35.0%以上", "35.0", "%", null, Qualifier.AT_LEAST);
        assertParsed("150以下", "150", null, null, Qualifier.AT_MOST);
        assertParsed("2,000人以上(R7)", "2000", "人", 2025, Qualifier.AT_LEAST);
    }

    @Test
    void qualitativeTargetsAreKeptAsWritten() {
        assertParsed("現状維持", "現状維持", null, null, Qualifier.MAINTAIN);
        assertParsed("現状値以上", "現状値以上", null, null, Qualifier.AT_LEAST);
        assertParsed("増加", "増加", null, null, Qualifier.INCREASE);
        assertParsed("現状値より減少", "現状値より減少", null, null, Qualifier.DECREASE);
        assertParsed("全国平均以上", "全国平均以上", null, null, Qualifier.AT_LEAST);
        assertParsed("現状維持(R7)", "現状維持", null, 2025, Qualifier.MAINTAIN);
        assertParsed("策定", "策定", null, null, null);
        assertThat(ValueParser.parse("現状維持").isNumber()).isFalse();
        assertThat(ValueParser.parse("152 (H27)").isNumber()).isTrue();
    }

    @Test
    void dashesMeanNoValue() {
        for (String dash : new String[] {"-", "—", "―", "－", "ー", ""}) {
            assertThat(ValueParser.parse(dash).isEmpty()).as(dash).isTrue();
        }
        assertThat(ValueParser.parse(null).isEmpty()).isTrue();
    }

    @Test
    void anyUnitWrittenRightAfterTheNumber() {
        assertParsed("4品", "4", "品", null, null);
        assertParsed("24,000食", "24000", "食", null, null);
        assertParsed("6,000m3", "6000", "m3", null, null);
        assertParsed("21,300t-CO2(2013年度)", "21300", "t-CO2", 2013, null);
        assertParsed("10,650t-CO2以下(2030年度)", "10650", "t-CO2", 2030, Qualifier.AT_MOST);
        assertParsed("48.6人/ha", "48.6", "人/ha", null, null);
        assertParsed("150以下", "150", null, null, Qualifier.AT_MOST); // a qualifier is no unit
    }

    /** The contract: "1.2万人" is 12000 人; 万, 千 and 億 are multipliers, money units too. */
    @Test
    void manSenAndOkuAreMultipliedOut() {
        assertParsed("1.2万人", "12000", "人", null, null);
        assertParsed("150万人(R9)", "1500000", "人", 2027, null);
        assertParsed("3.5千人", "3500", "人", null, null);
        assertParsed("1.25億円", "125000000", "円", null, null);
        assertParsed("2万", "20000", null, null, null);
        assertParsed("12百万円", "12000000", "円", null, null);
    }

    @Test
    void japaneseMinusSign() {
        assertParsed("△5.2%", "-5.2", "%", null, null);
        assertParsed("▲12", "-12", null, null, null);
    }

    @Test
    void wordsAreNotFiguresAndKeepTheirText() {
        assertThat(ValueParser.parse("(ゼロ予算)").value()).isEqualTo("(ゼロ予算)");
        assertThat(ValueParser.looksLikeValue("国内姉妹都市の交流事業の件数")).isFalse();
        assertThat(ValueParser.looksLikeValue("1 上川中部定住自立圏構想の推進に向けた会議の開催回数")).isFalse();
        assertThat(ValueParser.looksLikeValue("93.4%")).isTrue();
        assertThat(ValueParser.looksLikeValue("現状値以上")).isTrue();
        assertThat(ValueParser.looksLikeValue("—")).isTrue();
    }

    /** Two columns a layout reader ran together: neither figure is the cell's value. */
    @Test
    void twoFiguresInOneCellAreNoValue() {
        assertThat(ValueParser.parse("35 30.0以下").value()).isNull();
        assertThat(ValueParser.parse("9480 10000").value()).isNull();
        assertThat(ValueParser.parse("9480 10000").raw()).isEqualTo("9480 10000");
    }

    @Test
    void aLineOfFiguresSplitsIntoCells() {
        assertThat(ValueParser.valueCells("年 3棟 年 4棟")).contains(java.util.List.of("年 3棟", "年 4棟"));
        assertThat(ValueParser.valueCells("延 370人 現状維持")).contains(java.util.List.of("延 370人", "現状維持"));
        assertThat(ValueParser.valueCells("152 (H27) 166 - 182"))
                .contains(java.util.List.of("152 (H27)", "166", "-", "182"));
        assertThat(ValueParser.valueCells("41,383世帯 現状維持")).contains(java.util.List.of("41,383世帯", "現状維持"));
        assertThat(ValueParser.valueCells("加入世帯数により 12")).isEmpty();
        assertThat(ValueParser.valueCells("")).isEmpty();
    }

    @Test
    void unitWordsStandAlone() {
        assertThat(ValueParser.isUnit("%")).isTrue();
        assertThat(ValueParser.isUnit("万人")).isTrue();
        assertThat(ValueParser.isUnit("人/日")).isTrue();
        assertThat(ValueParser.isUnit("ha")).isTrue();
        assertThat(ValueParser.isUnit("利用者数")).isFalse();
        assertThat(ValueParser.isUnit("12")).isFalse();
    }

    private static void assertBasis(String cell, String value, String unit, Basis basis) {
        ParsedValue parsed = ValueParser.parse(cell);
        assertThat(parsed.value()).as("value of %s", cell).isEqualTo(value);
        assertThat(parsed.unit()).as("unit of %s", cell).isEqualTo(unit);
        assertThat(parsed.basis()).as("basis of %s", cell).isEqualTo(basis);
    }

    @Test
    void aTotalOverThePeriodIsCumulative() {
        assertBasis("5年間で3人", "3", "人", Basis.CUMULATIVE);
        assertBasis("5か年で 120件", "120", "件", Basis.CUMULATIVE);
        assertBasis("累計100件", "100", "件", Basis.CUMULATIVE);
        assertBasis("計500人", "500", "人", Basis.CUMULATIVE);
        assertBasis("100件（累計）", "100", "件", Basis.CUMULATIVE);
        assertBasis("計画期間中 20件", "20", "件", Basis.CUMULATIVE);
    }

    /** 延べ counts every visit of the same person, not a period: 延べ1,200人 is often a yearly figure. */
    @Test
    void nobeIsAGrossCountNotACumulativeOne() {
        assertBasis("延べ1,200人", "1200", "人", null);
        assertBasis("延 370人", "370", "人", null);
    }

    @Test
    void figuresCountedEachYear() {
        assertBasis("年40人", "40", "人", Basis.PER_YEAR);
        assertBasis("毎年40人", "40", "人", Basis.PER_YEAR);
        assertBasis("年間40人", "40", "人", Basis.PER_YEAR);
        assertBasis("12,000人/年", "12000", "人", Basis.PER_YEAR);
        assertBasis("40人(年間)", "40", "人", Basis.PER_YEAR);
        assertBasis("48.6人/ha", "48.6", "人/ha", null);
    }

    @Test
    void aChangeFromTheBaselineIsNotALevel() {
        assertBasis("10ポイント増", "10", "ポイント", Basis.CHANGE);
        assertBasis("20%削減", "20", "%", Basis.CHANGE);
        assertThat(ValueParser.parse("10ポイント増").qualifier()).isEqualTo(Qualifier.INCREASE);
        assertThat(ValueParser.parse("20%削減").qualifier()).isEqualTo(Qualifier.DECREASE);
        assertBasis("100件に増加", "100", "件", null); // a level reached
        assertThat(ValueParser.parse("100件に増加").qualifier()).isEqualTo(Qualifier.INCREASE);
    }

    /** Decision: a range's value is its lower bound, the figure a target is met at; the upper bound is kept. */
    @Test
    void aRangeKeepsBothBounds() {
        for (String cell : new String[] {"80〜85%", "80~85%", "80-85%", "80%～85%", "80 〜 85%"}) {
            ParsedValue parsed = ValueParser.parse(cell);
            assertThat(parsed.value()).as(cell).isEqualTo("80");
            assertThat(parsed.upper()).as(cell).isEqualTo("85");
            assertThat(parsed.unit()).as(cell).isEqualTo("%");
        }
        assertThat(ValueParser.parse("1.2〜1.5万人").upper()).isEqualTo("15000");
        assertThat(ValueParser.parse("80%").upper()).isNull();
    }

    @Test
    void boundsAndApproximationsAreQualifiers() {
        assertParsed("80%以上", "80", "%", null, Qualifier.AT_LEAST);
        assertParsed("5件以内", "5", "件", null, Qualifier.AT_MOST);
        assertParsed("10件未満", "10", "件", null, Qualifier.BELOW);
        assertParsed("100人超", "100", "人", null, Qualifier.ABOVE);
        assertParsed("3,000人程度", "3000", "人", null, Qualifier.ABOUT);
        assertParsed("約3割", "3", "割", null, Qualifier.ABOUT);
        assertParsed("100%を維持", "100", "%", null, Qualifier.MAINTAIN);
        assertParsed("0件（ゼロ）を目指す", "0", "件", null, null);
    }

    /** The contract: "5年", "R7" are never a value; a cell that is only a year is when, not how much. */
    @Test
    void aYearOrADurationIsNeverTheFigure() {
        for (String year : new String[] {"R7", "令和7年度", "2030年", "(R7)", "H27年度"}) {
            ParsedValue parsed = ValueParser.parse(year);
            assertThat(parsed.isEmpty()).as(year).isTrue();
            assertThat(parsed.fy()).as(year).isNotNull();
        }
        assertParsed("R7年度までに 100人", "100", "人", 2025, null);
        assertParsed("2030年 50%", "50", "%", 2030, null);
        assertParsed("46%削減(2013年度比)", "46", "%", null, Qualifier.DECREASE); // a base year, not the target's
        assertParsed("50.0%(R7)", "50.0", "%", 2025, null);
        assertParsed("12件(2019)", "12", "件", 2019, null);
    }

    @Test
    void aFigureInsideOtherWordsIsTheValueAndTheWordsStayInRaw() {
        assertParsed("市内全小中学校で100%", "100", "%", null, null);
        assertParsed("令和7年度までに3地区で実施", "3", "地区", 2025, null);
        assertParsed("75歳以上の高齢者の80%", "80", "%", null, null); // 以上 bounds the age
        assertParsed("市内全校で約80%以上", "80", "%", null, Qualifier.AT_LEAST);
        assertBasis("5年間で市内3地区に設置", "3", "地区", Basis.CUMULATIVE);
        assertThat(ValueParser.parse("第2次計画の策定").value()).isEqualTo("第2次計画の策定"); // an ordinal
        assertThat(ValueParser.parse("3校で5回").value()).isEqualTo("3校で5回"); // two figures: which one?
        assertThat(ValueParser.parse("1億2千万円").value()).isEqualTo("1億2千万円"); // not 2千万 alone
    }

    @Test
    void negativeAndSignedFigures() {
        assertParsed("▲5%", "-5", "%", null, null);
        assertParsed("+10ポイント", "10", "ポイント", null, null);
    }

    @Test
    void aFigurePerHeadKeepsItsOwnUnit() {
        assertParsed("1人当たり 3.2冊", "3.2", "冊", null, null);
        assertParsed("人口10万人あたり 250.5人", "250.5", "人", null, null);
    }

    @Test
    void newWaysOfWritingAFigureLookLikeValuesButNamesDoNot() {
        assertThat(ValueParser.looksLikeValue("5年間で3人")).isTrue();
        assertThat(ValueParser.looksLikeValue("80〜85%")).isTrue();
        assertThat(ValueParser.looksLikeValue("3,000人程度")).isTrue();
        assertThat(ValueParser.looksLikeValue("100%を維持")).isTrue();
        assertThat(ValueParser.looksLikeValue("年間3回以上運動する人の割合")).isFalse();
        assertThat(ValueParser.looksLikeValue("3歳児健診受診率")).isFalse();
    }
}
