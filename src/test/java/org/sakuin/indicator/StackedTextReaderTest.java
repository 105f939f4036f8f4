package org.sakuin.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.plan.Indicator;
import org.sakuin.plan.IndicatorValue;
import org.sakuin.plan.IndicatorValue.Qualifier;

/** Indicator tables that PDF text extraction flattened into lines. */
class StackedTextReaderTest {

    private static List<RowRecord> read(String... lines) {
        return StackedTextReader.read(Blocks.of(lines), new ExtractionLog());
    }

    /** Word tables in a PDF come out cell by cell: the name wrapped, then the description, then the figures. */
    @Test
    void cellByCellRowsSplitNameFromDescriptionByWidth() {
        List<Indicator> found = Blocks.extract(
                "第2節 健康づくりの推進",
                "●成果指標",
                "指標 内容 現状値 目標値",
                "特定健康診査の受診",
                "率",
                "国民健康保険加入者の特定健康診査の受診率に",
                "より、健康づくりの進捗を判断します。",
                "38.4% 60.0%",
                "がん検診の受診者数 がん検診の受診者数により、早期発見の取組の",
                "進み具合を判断します。",
                "延 5,210人 延 6,000人");
        assertThat(found).extracting(Indicator::name, Indicator::description, Indicator::unit, Indicator::kind)
                .containsExactly(
                        tuple("特定健康診査の受診率", "国民健康保険加入者の特定健康診査の受診率により、健康づくりの進捗を判断します。",
                                "%", "成果指標"),
                        tuple("がん検診の受診者数", "がん検診の受診者数により、早期発見の取組の進み具合を判断します。", "人",
                                "成果指標"));
        assertThat(found.get(1).baseline()).isEqualTo(new IndicatorValue("5210", null, "延 5,210人", "人", null, null, null));
        assertThat(found.get(1).targets()).containsExactly(new IndicatorValue("6000", null, "延 6,000人", "人", null, null, null));
    }

    @Test
    void theLastTextLineMayShareTheLineOfFigures() {
        List<RowRecord> rows = read(
                "指標 内容 現状値 目標値",
                "市民活動団体の数",
                "市民活動センターに登録している団体の数により、",
                "協働の広がりを判断します。 112団体 130団体");
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.name()).isEqualTo("市民活動団体の数");
            assertThat(row.description()).isEqualTo("市民活動センターに登録している団体の数により、協働の広がりを判断します。");
            assertThat(row.figures()).extracting(RowRecord.FigureCell::text).containsExactly("112団体", "130団体");
        });
    }

    /** Layout-preserving extraction prints a row on one line; the 単位 column's word is the unit, not the name. */
    @Test
    void oneLineRowsWithUnitColumn() {
        List<Indicator> found = Blocks.extract(
                "第1節 観光の振興",
                "成果指標 単位 基準値 目標値",
                "観光入込客数 万人 120 (R4) 150 (R9)",
                "観光客の満足度 % 72.3 (R4) 80.0以上 (R9)",
                "体験型観光メニューの数 件 8 (R3) 20 (R9)");
        assertThat(found).extracting(Indicator::name, Indicator::unit).containsExactly(
                tuple("観光入込客数", "万人"), tuple("観光客の満足度", "%"), tuple("体験型観光メニューの数", "件"));
        assertThat(found.getFirst().baseline()).isEqualTo(new IndicatorValue("120", 2022, "120 (R4)"));
        assertThat(found.get(1).targets()).containsExactly(new IndicatorValue("80.0", 2027, "80.0以上 (R9)", null, Qualifier.AT_LEAST, null, null));
    }

    @Test
    void unitWordOpensTheLineOfFiguresOfAWrappedName() {
        List<Indicator> found = Blocks.extract(
                "成果指標 単位 基準値 目標値",
                "地域の行事や活動に参加",
                "している市民の割合",
                "% 58.2 65.0");
        assertThat(found).singleElement().satisfies(indicator -> {
            assertThat(indicator.name()).isEqualTo("地域の行事や活動に参加している市民の割合");
            assertThat(indicator.unit()).isEqualTo("%");
            assertThat(indicator.baseline().value()).isEqualTo("58.2");
            assertThat(indicator.targets()).extracting(IndicatorValue::value).containsExactly("65.0");
        });
    }

    @Test
    void yearLineUnderTheHeaderGivesTheFiguresTheirYears() {
        List<Indicator> found = Blocks.extract(
                "指標名 単位 現状値 目標値",
                "(令和4年度) (令和9年度)",
                "新規就農者数 人 3 5",
                "遊休農地面積 ha 45.2 40.0以下");
        assertThat(found).extracting(Indicator::name).containsExactly("新規就農者数", "遊休農地面積");
        assertThat(found.get(1).baseline()).isEqualTo(new IndicatorValue("45.2", 2022, "45.2"));
        assertThat(found.get(1).targets()).containsExactly(new IndicatorValue("40.0", 2027, "40.0以下", null, Qualifier.AT_MOST, null, null));
    }

    @Test
    void headerWordsWithTheirYearApart() {
        assertThat(StackedTextReader.headerWords("成果指標 現状値 (R4) 目標値 (R9)"))
                .containsExactly("成果指標", "現状値(R4)", "目標値(R9)");
        List<Indicator> found = Blocks.extract(
                "重要業績評価指標 (KPI) 基準値 (令和元年度) 目標値 (令和7年度)",
                "移住相談件数 85件 150件");
        assertThat(found).singleElement().satisfies(indicator -> {
            assertThat(indicator.kind()).isEqualTo("重要業績評価指標(KPI)");
            assertThat(indicator.baseline().fy()).isEqualTo(2019);
            assertThat(indicator.targets()).extracting(IndicatorValue::fy).containsExactly(2025);
        });
    }

    /** Empty cells leave no trace in PDF text: the figures missing are the latest actuals. */
    @Test
    void fewerFiguresThanColumnsLackTheLatestActuals() {
        List<Indicator> found = Blocks.extract(
                "成果指標 基準値(R4) R5 R6 R7 目標値(R9)",
                "自主防災組織の数 42 45 47 55");
        assertThat(found).singleElement().satisfies(indicator -> {
            assertThat(indicator.baseline()).isEqualTo(new IndicatorValue("42", 2022, "42"));
            assertThat(indicator.actuals()).extracting(IndicatorValue::fy, IndicatorValue::value)
                    .containsExactly(tuple(2023, "45"), tuple(2024, "47"));
            assertThat(indicator.targets()).extracting(IndicatorValue::fy, IndicatorValue::value)
                    .containsExactly(tuple(2027, "55"));
        });
        assertThat(Blocks.extract("成果指標 基準値 目標値", "自主防災組織の数 42")).isEmpty();
    }

    /** Layout-preserving extraction of wrapped cells: each line holds a part of the name and of the description. */
    @Test
    void columnInterleavedRows() {
        List<RowRecord> rows = read(
                "指標 内容 現状値 目標値",
                "ごみの1人1日当たり 家庭から出るごみの量を人口と日数で割った値に 890g 850g",
                "排出量 より、ごみ減量の進み具合を判断します。",
                "リサイクル率 資源として再利用されたごみの割合により判 18.2% 25.0%",
                "断します。",
                "本市では、ごみの減量と資源化を一層進めるため、分別の徹底と生ごみの堆肥化を市民の皆さんとともに進めていきます。");
        assertThat(rows).extracting(RowRecord::name, RowRecord::description).containsExactly(
                tuple("ごみの1人1日当たり排出量", "家庭から出るごみの量を人口と日数で割った値により、ごみ減量の進み具合を判断します。"),
                tuple("リサイクル率", "資源として再利用されたごみの割合により判断します。"));
        assertThat(rows.getFirst().figures()).extracting(RowRecord.FigureCell::text).containsExactly("890g", "850g");
    }

    /** Without a description column, the lines under a row's line continue its name up to a short last line. */
    @Test
    void columnInterleavedNamesWithoutDescription() {
        List<RowRecord> rows = read(
                "成果指標 単位 基準値 目標値",
                "自治会や町内会などの地域 % 64.5 65.0",
                "活動に参加している市民の",
                "割合",
                "自治会加入世帯数 世帯 41,383 現状維持",
                "地域の見守り活動に協力し % 21.0 30.0",
                "ている事業所の割合",
                "第2節 市民活動の推進");
        assertThat(rows).extracting(RowRecord::name, RowRecord::unit).containsExactly(
                tuple("自治会や町内会などの地域活動に参加している市民の割合", "%"),
                tuple("自治会加入世帯数", "世帯"),
                tuple("地域の見守り活動に協力している事業所の割合", "%"));
    }

    /** Cell by cell, a wrapped name's last line may share the line of figures: its lines come before. */
    @Test
    void wrappedNameBeforeItsLineOfFiguresAfterAOneLineRow() {
        assertThat(read(
                "成果指標 単位 基準値 目標値",
                "保育所等の待機児童数 人 14 0",
                "子育て支援センターの年間",
                "利用者数 人 8,240 9,000")).extracting(RowRecord::name)
                .containsExactly("保育所等の待機児童数", "子育て支援センターの年間利用者数");
    }

    /** A row whose cells sit on one line, then rows whose names wrap cell by cell: the wrapped lines are theirs. */
    @Test
    void cellByCellRowsAfterAOneLineRow() {
        List<RowRecord> rows = read(
                "指標 内容 現状値 目標値",
                "図書館の貸出冊数 市民1人当たりの貸出冊数で判断します。 5.2冊 6.0冊",
                "図書館のレファレンス",
                "件数",
                "調べもの相談に応じた件数で判断します。",
                "1,240件 1,500件");
        assertThat(rows).extracting(RowRecord::name).containsExactly("図書館の貸出冊数", "図書館のレファレンス件数");
        assertThat(rows.get(1).description()).isEqualTo("調べもの相談に応じた件数で判断します。");
    }

    @Test
    void aTableEndsAtAHeadingAndLeftoverLinesAreLoggedNotRead() {
        ExtractionLog log = new ExtractionLog();
        List<RowRecord> rows = StackedTextReader.read(Blocks.of(
                "指標 内容 現状値 目標値",
                "平和啓発事業への参加者数 参加者数により判断します。 420人 500人",
                "第2節 男女共同参画の推進",
                "男女共同参画の推進に向けて、意識啓発を進めます。"), log);
        assertThat(rows).extracting(RowRecord::name).containsExactly("平和啓発事業への参加者数");
        assertThat(log.entries()).extracting(ExtractionLog.Entry::taken).containsExactly(true);
    }

    @Test
    void aProseLineIsNotAHeader() {
        assertThat(read("指標と目標値を設定し、進捗を管理します。", "観光入込客数 120 150")).isEmpty();
        assertThat(read("指標 目標値", "観光入込客数 150")).extracting(RowRecord::name).containsExactly("観光入込客数");
    }
}
