package org.sakuin.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How header rows are read: {@link HeaderVocabulary} for one cell, {@link TableLayout} for the columns. */
class TableLayoutTest {

    private static HeaderVocabulary.HeaderCell cell(String text) {
        return HeaderVocabulary.read(text).orElseThrow();
    }

    private static String layout(List<String> header, List<String> subHeader, int width) {
        return TableLayout.of(header, subHeader, width).map(TableLayout::toString).orElse("not an indicator table");
    }

    private static String layout(String... header) {
        return layout(List.of(header), List.of(), 0);
    }

    @Test
    void headerWordsNameTheirColumnAndYear() {
        assertThat(cell("成果指標")).isEqualTo(new HeaderVocabulary.HeaderCell(ColumnRole.NAME, null));
        assertThat(cell("重要業績評価指標(KPI)").role()).isEqualTo(ColumnRole.NAME);
        assertThat(cell("指 標")).isEqualTo(new HeaderVocabulary.HeaderCell(ColumnRole.NAME, null));
        assertThat(cell("単位").role()).isEqualTo(ColumnRole.UNIT);
        assertThat(cell("基準値 (平成27年度)")).isEqualTo(new HeaderVocabulary.HeaderCell(ColumnRole.BASELINE, 2015));
        assertThat(cell("策定時(R2)")).isEqualTo(new HeaderVocabulary.HeaderCell(ColumnRole.BASELINE, 2020));
        assertThat(cell("実績値(R5)")).isEqualTo(new HeaderVocabulary.HeaderCell(ColumnRole.ACTUAL, 2023));
        assertThat(cell("達成率")).isEqualTo(new HeaderVocabulary.HeaderCell(ColumnRole.ACHIEVEMENT, null));
        assertThat(cell("目標値(H31)")).isEqualTo(new HeaderVocabulary.HeaderCell(ColumnRole.TARGET, 2019));
        assertThat(cell("目標値(R7)")).isEqualTo(new HeaderVocabulary.HeaderCell(ColumnRole.TARGET, 2025));
        assertThat(cell("令和9年度目標")).isEqualTo(new HeaderVocabulary.HeaderCell(ColumnRole.TARGET, 2027));
        assertThat(cell("内容").role()).isEqualTo(ColumnRole.DESCRIPTION);
        assertThat(cell("指標の説明").role()).isEqualTo(ColumnRole.DESCRIPTION);
        assertThat(cell("目標の方向性").role()).isEqualTo(ColumnRole.OTHER);
        assertThat(cell("事業費 (一般財源) [千円]").role()).isEqualTo(ColumnRole.OTHER);
        assertThat(HeaderVocabulary.read("  ")).isEmpty();
    }

    @Test
    void aYearAloneHasNoRoleOfItsOwn() {
        assertThat(cell("H31")).isEqualTo(new HeaderVocabulary.HeaderCell(null, 2019));
        assertThat(cell("R7")).isEqualTo(new HeaderVocabulary.HeaderCell(null, 2025));
        assertThat(cell("令和9年度")).isEqualTo(new HeaderVocabulary.HeaderCell(null, 2027));
        assertThat(cell("2027年度")).isEqualTo(new HeaderVocabulary.HeaderCell(null, 2027));
        assertThat(cell("(令和元年度)")).isEqualTo(new HeaderVocabulary.HeaderCell(null, 2019));
        assertThat(cell("R4年度末")).isEqualTo(new HeaderVocabulary.HeaderCell(null, 2022));
    }

    @Test
    void kindComesFromTheNameColumn() {
        assertThat(HeaderVocabulary.kindOf("成果指標")).isEqualTo("成果指標");
        assertThat(HeaderVocabulary.kindOf("評価指標")).isEqualTo("評価指標");
        assertThat(HeaderVocabulary.kindOf("KPI")).isEqualTo("重要業績評価指標(KPI)");
        assertThat(HeaderVocabulary.kindOf("重要業績評価指標(KPI)")).isEqualTo("重要業績評価指標(KPI)");
        assertThat(HeaderVocabulary.kindOf("指標名")).isNull();
    }

    @Test
    void oneRowHeaders() {
        assertThat(layout("指標", "内容", "現状値", "目標値")).isEqualTo("NAME | DESCRIPTION | BASELINE | TARGET");
        assertThat(layout("指 標", "基準値", "目標値(H31)", "目標値(H35)", "目標値(H39)"))
                .isEqualTo("NAME | BASELINE | TARGET 2019 | TARGET 2023 | TARGET 2027");
        assertThat(layout("指標名", "単位", "現状値(令和4年度)", "目標値(令和9年度)"))
                .isEqualTo("NAME | UNIT | BASELINE 2022 | TARGET 2027");
        assertThat(layout("KPI", "基準値", "目標値(R7)", "達成状況"))
                .isEqualTo("NAME | BASELINE | TARGET 2025 | ACHIEVEMENT");
        assertThat(layout("成果指標", "単位", "策定時(R2)", "実績値(R5)", "目標値(R9)"))
                .isEqualTo("NAME | UNIT | BASELINE 2020 | ACTUAL 2023 | TARGET 2027");
    }

    @Test
    void yearHeadersAreActualsUntilATargetAndTheLastYearIsTheTargetWhenNoneIsNamed() {
        assertThat(layout("指標名", "単位", "H28", "H29", "目標値(R7)"))
                .isEqualTo("NAME | UNIT | ACTUAL 2016 | ACTUAL 2017 | TARGET 2025");
        assertThat(layout("指標名", "現状値(令和4年度)", "2027年度")).isEqualTo("NAME | BASELINE 2022 | TARGET 2027");
        assertThat(layout("指標", "基準値(H30)", "R2", "R4", "R6"))
                .isEqualTo("NAME | BASELINE 2018 | ACTUAL 2020 | ACTUAL 2022 | TARGET 2024");
        assertThat(layout("指標", "目標値", "R7", "R9")).isEqualTo("NAME | TARGET | TARGET 2025 | TARGET 2027");
    }

    /** Tab text and Word tables with empty cells where merged headers span: 実績値 H28–H31, 目標値 H31/H39. */
    @Test
    void twoRowHeaderWithItsSpansWrittenOut() {
        List<String> header = List.of("成果指標", "単位", "基準値", "実績値", "", "", "", "達成率", "目標値", "");
        List<String> years = List.of("", "", "", "H28", "H29", "H30", "H31", "", "H31", "H39");
        assertThat(layout(header, years, 10)).isEqualTo("NAME | UNIT | BASELINE | ACTUAL 2016 | ACTUAL 2017"
                + " | ACTUAL 2018 | ACTUAL 2019 | ACHIEVEMENT | TARGET 2019 | TARGET 2027");
        // tab text drops the trailing empty cell of the header: the last figure column continues
        assertThat(layout(header.subList(0, 9), years, 10)).isEqualTo(layout(header, years, 10));
    }

    /** Word merged cells arrive as one cell (the span is lost) over a second row as wide as the data. */
    @Test
    void mergedHeadersSpanTheYearsUnderThem() {
        List<String> header = List.of("成果指標", "単位", "基準値(H30)", "実績値", "目標値");
        assertThat(layout(header, List.of("", "", "", "R1", "R2", "R3", "R4", "R6"), 8))
                .isEqualTo("NAME | UNIT | BASELINE 2018 | ACTUAL 2019 | ACTUAL 2020 | ACTUAL 2021"
                        + " | TARGET 2022 | TARGET 2024");
        // where the years stop rising the next header begins
        assertThat(layout(List.of("評価指標", "基準値", "実績値", "目標値"),
                List.of("", "(H27)", "H28", "H29", "H30", "H31", "H31", "H39"), 8))
                .isEqualTo("NAME | BASELINE 2015 | ACTUAL 2016 | ACTUAL 2017 | ACTUAL 2018 | ACTUAL 2019"
                        + " | TARGET 2019 | TARGET 2027");
    }

    /** HTML drops colspan, and the second row lacks the cells under rowspan headers. */
    @Test
    void compactSecondRowGoesUnderTheHeadersWithoutYears() {
        assertThat(layout(List.of("成果指標", "単位", "基準値 (H30)", "実績値", "目標値"),
                List.of("R1", "R2", "R3", "R4", "R6"), 8))
                .isEqualTo("NAME | UNIT | BASELINE 2018 | ACTUAL 2019 | ACTUAL 2020 | ACTUAL 2021"
                        + " | TARGET 2022 | TARGET 2024");
        assertThat(layout(List.of("指標", "基準値", "目標値"), List.of("(R1)", "(R7)"), 3))
                .isEqualTo("NAME | BASELINE 2019 | TARGET 2025");
        assertThat(layout(List.of("指標", "基準値", "目標値"), List.of("R5", "R9"), 4))
                .isEqualTo("NAME | BASELINE | TARGET 2023 | TARGET 2027");
    }

    @Test
    void subHeaderRowsHoldYearsAndFigureWordsOnly() {
        assertThat(TableLayout.isSubHeader(List.of("", "", "", "H28", "H29", "", "H31"))).isTrue();
        assertThat(TableLayout.isSubHeader(List.of("(R1)", "(R7)"))).isTrue();
        assertThat(TableLayout.isSubHeader(List.of("上川中部定住自立圏形成協定に基づく取組数", "事業", "152 (H27)")))
                .isFalse();
        assertThat(TableLayout.isSubHeader(List.of("", "", ""))).isFalse();
    }

    @Test
    void flattenedHeaderTakesAYearLineUnderItsFigureColumns() {
        TableLayout layout = TableLayout.of(List.of("指標名", "単位", "現状値", "目標値")).orElseThrow();
        assertThat(layout.absorbYearWords(List.of("(令和4年度)", "(令和9年度)"))).isTrue();
        assertThat(layout).hasToString("NAME | UNIT | BASELINE 2022 | TARGET 2027");
        assertThat(TableLayout.of(List.of("指標名", "現状値", "目標値")).orElseThrow()
                .absorbYearWords(List.of("R4"))).isFalse();
    }

    @Test
    void budgetSchedulesAndGradesAreNotIndicatorTables() {
        assertThat(layout("事業費 (一般財源) [千円]", "H28", "H29", "H30", "H31")).isEqualTo("not an indicator table");
        assertThat(layout("事業名", "事業費 [千円]", "R5", "R6", "R7")).isEqualTo("not an indicator table");
        assertThat(layout("年度", "H30", "R1", "R2", "R3", "R4", "R5")).isEqualTo("not an indicator table");
        assertThat(layout("評価", "A", "B", "C", "D")).isEqualTo("not an indicator table");
        assertThat(layout("基本目標", "施策数", "A", "B", "C", "D")).isEqualTo("not an indicator table");
        assertThat(layout("区分", "事業名等/担当部局", "関連する評価指標", "事業の概要")).isEqualTo("not an indicator table");
        assertThat(layout("指標", "内容")).isEqualTo("not an indicator table");
    }
}
