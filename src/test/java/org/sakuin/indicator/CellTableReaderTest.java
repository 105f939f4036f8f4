package org.sakuin.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.plan.Indicator;
import org.sakuin.plan.IndicatorValue;

/** Tables whose cells are known (tab text, Markdown, Word, Excel, HTML), as rows of cells. */
class CellTableReaderTest {

    @Test
    void twoRowHeaderWithActualsAchievementAndTwoTargets() {
        List<Indicator> found = Blocks.extract(
                "3 成果指標",
                "成果指標\t単位\t基準値\t実績値\t\t\t\t達成率\t目標値\t",
                "\t\t\tH28\tH29\tH30\tH31\t\tH31\tH39",
                "空き家バンクの成約件数\t件\t12 (H27)\t15 (H28)\t18 (H29)\t\t\t60.0%\t30\t40");
        assertThat(found).singleElement().satisfies(indicator -> {
            assertThat(indicator.kind()).isEqualTo("成果指標");
            assertThat(indicator.unit()).isEqualTo("件");
            assertThat(indicator.baseline()).isEqualTo(new IndicatorValue("12", 2015, "12 (H27)"));
            assertThat(indicator.actuals()).extracting(IndicatorValue::fy, IndicatorValue::value)
                    .containsExactly(tuple(2016, "15"), tuple(2017, "18"));
            assertThat(indicator.achievement()).isEqualTo("60.0%");
            assertThat(indicator.targets()).extracting(IndicatorValue::fy, IndicatorValue::value)
                    .containsExactly(tuple(2019, "30"), tuple(2027, "40"));
        });
    }

    /** A value's own year beats its column's: 5 (H27) under the H28 column is the actual of 2015. */
    @Test
    void theYearWrittenWithAValueBeatsTheColumnYear() {
        List<Indicator> found = Blocks.extract(
                "評価指標\t基準値\t実績値\t",
                "\t\tH28\tH29",
                "姉妹都市交流事業の件数\t3 (H26)\t5 (H27)\t4 (H28)");
        assertThat(found.getFirst().actuals()).extracting(IndicatorValue::fy).containsExactly(2015, 2016);
    }

    @Test
    void numberingQualifiersAndQualitativeTargets() {
        List<Indicator> found = Blocks.extract(
                "指標名\t単位\t現状値(令和4年度)\t目標値(令和9年度)",
                "1 交通事故発生件数\t件\t182\t150以下",
                "(2) 刑法犯認知件数\t件\t1,045\t現状値以下",
                "③ 自主防災組織の結成率\t%\t78.5\t90.0以上");
        assertThat(found).extracting(Indicator::name, i -> i.baseline().value(), i -> i.targets().getFirst().raw())
                .containsExactly(tuple("交通事故発生件数", "182", "150以下"), tuple("刑法犯認知件数", "1045", "現状値以下"),
                        tuple("自主防災組織の結成率", "78.5", "90.0以上"));
        assertThat(found).allSatisfy(i -> assertThat(i.baseline().fy()).isEqualTo(2022));
    }

    /** HTML leaves out the cells a rowspan covers: a 基本目標 spanning two KPI rows. */
    @Test
    void rowsMissingTheirLeadingCellsAreAlignedRight() {
        List<Indicator> found = Blocks.extract(
                "基本目標\tKPI\t基準値\t目標値(R7)",
                "1 しごとをつくる\t新規創業者数\t12件(R1)\t60件",
                "企業誘致件数\t2件(H30)\t10件");
        assertThat(found).extracting(Indicator::name, Indicator::kind, i -> i.baseline().fy(),
                        i -> i.targets().stream().map(IndicatorValue::value).toList())
                .containsExactly(tuple("新規創業者数", "重要業績評価指標(KPI)", 2019, List.of("60")),
                        tuple("企業誘致件数", "重要業績評価指標(KPI)", 2018, List.of("10")));
        assertThat(Blocks.extract(
                "施策\t重要業績評価指標(KPI)\t単位\t基準値\t目標値",
                "観光地域づくり\t観光入込客数\t万人\t132.5\t150.0",
                "外国人宿泊者数\t人泊\t8,420\t12,000"))
                .extracting(Indicator::name, Indicator::unit).containsExactly(tuple("観光入込客数", "万人"),
                        tuple("外国人宿泊者数", "人泊"));
    }

    /** Layout text crowds a short 単位 into a long name: the row's figures must not slide one column left. */
    @Test
    void rowsMissingTheCellAfterTheirNameKeepTheirFiguresUnderTheirColumns() {
        List<Indicator> found = Blocks.extract(
                "指標名\t単位\t基準値(令和元年度)\t\t目標値(令和7年度)",
                "全国学力・学習状況調査%において平均正答率が全国平均を上回った教科の割合\t50.0\t\t75.0",
                "学校図書館の児童生徒1人当たりの年間貸出冊数\t冊\t28.6\t\t35.0");
        assertThat(found).extracting(i -> i.baseline().value(), i -> i.targets().stream().map(IndicatorValue::value).toList())
                .containsExactly(tuple("50.0", List.of("75.0")), tuple("28.6", List.of("35.0")));
    }

    /** The names' column often has no header cell; a table with 現状値 and 目標値 names it anyway. */
    @Test
    void nameColumnWithoutAHeader() {
        assertThat(Blocks.extract(
                "●成果指標",
                "\t現状値(R4)\t目標値(R9)",
                "防災訓練の参加者数\t3,210人\t4,000人"))
                .extracting(Indicator::name, Indicator::kind, i -> i.baseline().fy()).containsExactly(
                        tuple("防災訓練の参加者数", "成果指標", 2022));
        assertThat(Blocks.extract("\t現状\t課題", "子育て支援\t待機児童が多い\t保育士の確保")).isEmpty();
    }

    /** 移住者数(人): the unit noted after the name is the unit, and the name is the words before it. */
    @Test
    void unitNotedAfterTheName() {
        assertThat(Blocks.extract(
                "主な数値目標\t基準値(2019年)\t目標値(2024年)",
                "移住者数(人)\t28\t40",
                "観光入込客数(千人)\t688\t700",
                "認知症サポーター養成数(累計)\t1,180人\t1,500人"))
                .extracting(Indicator::name, Indicator::unit).containsExactly(tuple("移住者数", "人"),
                        tuple("観光入込客数", "千人"), tuple("認知症サポーター養成数(累計)", "人"));
    }

    @Test
    void emptyTrailingCellsAreEmptyFigures() {
        List<Indicator> found = Blocks.extract("指標\t単位\t現状値\t目標値", "外国人相談窓口の認知度\t%\t33.8");
        assertThat(found).singleElement().satisfies(indicator -> {
            assertThat(indicator.baseline().value()).isEqualTo("33.8");
            assertThat(indicator.targets()).isEmpty();
        });
    }

    @Test
    void rowsWithoutANameOrFiguresAreSkipped() {
        assertThat(Blocks.extract(
                "成果指標\t基準値\t目標値",
                "\t12\t15",
                "12.5\t13\t14",
                "(出典:市民意識調査)\t\t")).isEmpty();
    }

    /** Budget, schedule and evaluation-grade tables name no indicator column with figures. */
    @Test
    void budgetScheduleAndGradeTablesYieldNothing() {
        ExtractionLog log = new ExtractionLog();
        List<Indicator> found = new IndicatorExtractor().extract("doc", Blocks.of(
                "5 展開施策を構成する事業等",
                "区分\t事業名等/担当部局\t関連する評価指標\t事業の概要",
                "新規\t地域公共交通確保事業 (都市建設部)\t1\t路線バスの運行を支援し、市民の移動手段を確保する。",
                "重点\t\t\t事業費 (一般財源) [千円]\tH28\tH29\tH30",
                "公約\t\t\t12,400 (3,100)\t12,800 (3,200)\t13,100 (3,300)",
                "2 スケジュール",
                "年度\tH30\tR1\tR2\tR3",
                "基本構想\t●\t●\t●\t●",
                "3 評価の基準",
                "評価\tA\tB\tC\tD",
                "内容\t十分成果があった\t一定の成果があった\t一部見直しが必要\t成果が得られなかった",
                "基本目標\t施策数\tA\tB\tC\tD",
                "1 安心して暮らせるまち\t12\t3\t7\t2\t0"), log);
        assertThat(found).isEmpty();
        assertThat(log.entries()).isNotEmpty().noneMatch(ExtractionLog.Entry::taken);
    }
}
