package org.sakuin.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueParserTest {

    private static void assertParsed(String cell, String value, String unit, Integer fy, String qualifier) {
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
        assertParsed("48.2億円(H30)", "48.2", "億円", 2018, null);
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
        assertParsed("200千円", "200", "千円", null, null);
        assertParsed("8,420人泊", "8420", "人泊", null, null);
    }

    @Test
    void countingWordsBeforeTheNumber() {
        assertParsed("延 370人", "370", "人", null, null);
        assertParsed("年 4棟", "4", "棟", null, null);
        assertParsed("約 1,200人", "1200", "人", null, null);
        assertParsed("累計 60件", "60", "件", null, null);
    }

    @Test
    void qualifierAfterTheNumberIsKeptApart() {
        assertParsed("35.0%以上", "35.0", "%", null, "以上");
        assertParsed("150以下", "150", null, null, "以下");
        assertParsed("2,000人以上(R7)", "2000", "人", 2025, "以上");
    }

    @Test
    void qualitativeTargetsAreKeptAsWritten() {
        assertParsed("現状維持", "現状維持", null, null, null);
        assertParsed("現状値以上", "現状値以上", null, null, null);
        assertParsed("増加", "増加", null, null, null);
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
        assertParsed("10,650t-CO2以下(2030年度)", "10650", "t-CO2", 2030, "以下");
        assertParsed("48.6人/ha", "48.6", "人/ha", null, null);
        assertParsed("150以下", "150", null, null, "以下"); // a qualifier is no unit
    }

    /** Decision: 万 stays in the unit as written ("1.2万人" is 1.2 in 万人), so it compares with the plan's text. */
    @Test
    void manIsPartOfTheUnitNotAMultiplier() {
        assertParsed("1.2万人", "1.2", "万人", null, null);
        assertParsed("150万人(R9)", "150", "万人", 2027, null);
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
}
