package org.sakuin.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.indicator.IndicatorExtractor;
import org.sakuin.plan.Indicator;
import org.sakuin.plan.IndicatorValue;
import org.sakuin.structure.PlanStructurer;
import org.sakuin.structure.TextBlock;

/**
 * Layout-preserving text as {@code pdftotext -layout} prints tables of LibreOffice and Word PDFs: cells in
 * character columns, long cells wrapped in their column, the other cells of the row on one of those lines.
 */
class LayoutTextTest {

    /** Cells centred in their rows: a name's pieces above and below the figures; 目標値 over two years. */
    private static final String MIDDLE_ALIGNED = """
            【成果指標】
                         現状値     目標値
                      単
            指標名          (令和 5   令和 7  令和 12
                      位
                         年度)     年度    年度
            自主防災組織                     90.0 以
                      %  78.5    85.0
            の結成率                       上
            防災訓練に参
            加したことの
                      %  32.1          50.0
            ある市民の割
            合
            防災メール登
                      人  12,480 15,000 20,000
            録者数
            以上の指標は毎年度の市民意識調査と事業実績により把握します。
            """;

    /** Cells at the top of their rows (Word's default): figures on a row's first line, years wrapped under them. */
    private static final String TOP_ALIGNED = """
            3 成果指標
            成果指    単位     基準値     実績値                          達成率     目標値
            標
                                  H28      H29     H30   H31           H31   H39
            上川中    事業     152     152      155                 93.4%   166   182
            部定住           (H27)   (H28)    (H29)
            自立圏
            形成協
            定に基
            づく取
            組数
            北北海    事業     26      31       35                  125.0   28    32
            道の自           (H27)   (H28)    (H29)               %
            治体と
            の連携
            による
            取組数

            4 評価指標
            """;

    private static List<List<String>> rows(String text) {
        return LayoutText.read(text, true).stream().filter(LayoutText.Piece::isRow).map(LayoutText.Piece::cells)
                .toList();
    }

    private static List<String> lines(String text) {
        return LayoutText.read(text, true).stream().filter(p -> !p.isRow() && !p.line().isBlank())
                .map(p -> p.line().strip()).toList();
    }

    static List<Indicator> indicators(String text) {
        List<TextBlock> blocks = LayoutText.read(text, true).stream()
                .filter(p -> p.isRow() || !p.line().isBlank())
                .map(p -> p.isRow() ? TextBlock.row(p.page() + 1, p.cells().stream().map(String::strip).toList())
                        : TextBlock.line(p.page() + 1, p.line().strip()))
                .toList();
        return new IndicatorExtractor().extract("doc", new PlanStructurer().structure("doc", blocks).blocks());
    }

    private static String figures(List<IndicatorValue> values) {
        return String.join(";", values.stream().map(v -> v.fy() + ":" + v.value()).toList());
    }

    @Test
    void middleAlignedCellsRejoinAroundTheirFigures() {
        assertThat(rows(MIDDLE_ALIGNED)).containsExactly(
                List.of("指標名", "単位", "現状値(令和5年度)", "目標値令和7年度", "令和12年度"),
                List.of("自主防災組織の結成率", "%", "78.5", "85.0", "90.0以上"),
                List.of("防災訓練に参加したことのある市民の割合", "%", "32.1", "", "50.0"),
                List.of("防災メール登録者数", "人", "12,480", "15,000", "20,000"));
        assertThat(lines(MIDDLE_ALIGNED)).containsExactly("【成果指標】", "以上の指標は毎年度の市民意識調査と事業実績により把握します。");
    }

    /** The header reads as a Word table's two header rows do: 目標値 spans 令和7年度 and 令和12年度. */
    @Test
    void mergedTargetHeaderSpansBothYears() {
        assertThat(indicators(MIDDLE_ALIGNED)).extracting(Indicator::name, Indicator::unit, i -> i.baseline().fy(),
                        i -> figures(i.targets()))
                .containsExactly(tuple("自主防災組織の結成率", "%", 2023, "2025:85.0;2030:90.0"),
                        tuple("防災訓練に参加したことのある市民の割合", "%", 2023, "2030:50.0"),
                        tuple("防災メール登録者数", "人", 2023, "2025:15000;2030:20000"));
    }

    @Test
    void topAlignedCellsWrapDownToTheNextRowsFigures() {
        assertThat(rows(TOP_ALIGNED)).containsExactly(
                List.of("成果指標", "単位", "基準値", "実績値H28", "H29", "H30", "H31", "達成率", "目標値H31", "H39"),
                List.of("上川中部定住自立圏形成協定に基づく取組数", "事業", "152(H27)", "152(H28)", "155(H29)", "", "", "93.4%",
                        "166", "182"),
                List.of("北北海道の自治体との連携による取組数", "事業", "26(H27)", "31(H28)", "35(H29)", "", "", "125.0%", "28",
                        "32"));
        assertThat(indicators(TOP_ALIGNED)).extracting(Indicator::name, i -> i.baseline().value(),
                        i -> figures(i.actuals()), i -> figures(i.targets()))
                .containsExactly(tuple("上川中部定住自立圏形成協定に基づく取組数", "152", "2016:152;2017:155", "2019:166;2027:182"),
                        tuple("北北海道の自治体との連携による取組数", "26", "2016:31;2017:35", "2019:28;2027:32"));
    }

    /**
     * Two rows of three lines each could also be read as one row of one line and one of five, centred: a name
     * line that fills its column goes on in the next line, so the rows are cut after the shorter lines.
     */
    @Test
    void aRowEndsWhereItsNameStopsShortOfTheColumnEdge() {
        String text = """
                【成果指標】
                指標        基準値              目標値(H31)   目標値(H35)   目標値(H39)
                上川中部定住自   152 (H27)        166        -          182
                立圏形成協定に
                基づく取組数
                北北海道の自治   26 (H27)         28         -          32
                体との連携によ
                る取組数
                """;
        assertThat(rows(text)).extracting(List::getFirst).containsExactly("指標", "上川中部定住自立圏形成協定に基づく取組数",
                "北北海道の自治体との連携による取組数");
    }

    /** A three-line name centred on the line of its figures; single-line rows around it. */
    @Test
    void nameWrappedOverThreeLinesHasItsFiguresOnTheMiddleLine() {
        String text = """
                指標名        単位   現状値      目標値
                刑法犯認知件数    件    1,045    900
                地域の防犯パト
                ロールに参加し    人    1,250    1,500
                た市民の延べ人数
                交通事故発生件数   件    182      150以下
                """;
        assertThat(rows(text)).extracting(row -> row.get(0), row -> row.get(2)).containsExactly(
                tuple("指標名", "現状値"), tuple("刑法犯認知件数", "1,045"),
                tuple("地域の防犯パトロールに参加した市民の延べ人数", "1,250"), tuple("交通事故発生件数", "182"));
    }

    /**
     * A long name runs into the unit column (pdftotext prints it one space from the unit) and a centred name
     * has its two pieces above and below the figures, among rows of one line.
     */
    @Test
    void namesOverflowingOrWrappedAmongRowsOfOneLine() {
        String text = """
                成果指標               単位 基準値(R4)    目標値(R9)
                特定健康診査の受診率         人  20.5       30.0
                がん検診(胃がん)の受診率      %  23.6       33.5
                がん検診(大腸がん)の受診率     %  26.7       37.0
                健康教室の延べ参加者数        人  29.8       40.5
                健康ポイント事業に参加する市民
                                   %  32.9       44.0
                の数
                週 1 回以上運動する市民の割合   %  36.0       47.5
                朝食を毎日食べる児童生徒の割合 人     39.1       51.0
                むし歯のない 3 歳児の割合     %  42.2       54.5
                自殺死亡率(人口 10 万人当たり) %  45.3       58.0
                かかりつけ医をもつ市民の割合     人  48.4       61.5
                特定保健指導の実施率         %  51.5       65.0
                ゲートキーパー養成講座の受講者
                                   %  54.6       68.5
                数(累計)
                """;
        assertThat(rows(text)).extracting(row -> String.join("|", row)).containsExactly(
                "成果指標|単位|基準値(R4)|目標値(R9)", "特定健康診査の受診率|人|20.5|30.0", "がん検診(胃がん)の受診率|%|23.6|33.5",
                "がん検診(大腸がん)の受診率|%|26.7|37.0", "健康教室の延べ参加者数|人|29.8|40.5", "健康ポイント事業に参加する市民の数|%|32.9|44.0",
                "週1回以上運動する市民の割合|%|36.0|47.5", "朝食を毎日食べる児童生徒の割合|人|39.1|51.0", "むし歯のない3歳児の割合|%|42.2|54.5",
                "自殺死亡率(人口10万人当たり)|%|45.3|58.0", "かかりつけ医をもつ市民の割合|人|48.4|61.5", "特定保健指導の実施率|%|51.5|65.0",
                "ゲートキーパー養成講座の受講者数(累計)|%|54.6|68.5");
    }

    /** Form feeds end pages; a table goes on over the page number and the break, without its header. */
    @Test
    void aTableGoesOnAfterAPageBreak() {
        String text = "指標名              現状値       目標値\n"
                + "特定健康診査受診率       38.4%        60.0%\n"
                + "\n                       - 3 -\n\f"
                + "がん検診受診率          7.9%         15.0%\n"
                + "健康教室の参加者数       1,250人       2,000人\n\n"
                + "第2節 地域医療の充実\n\f";
        List<LayoutText.Piece> pieces = LayoutText.read(text, true).stream()
                .filter(p -> p.isRow() || !p.line().isBlank()).toList();
        assertThat(pieces).extracting(LayoutText.Piece::page, p -> p.isRow() ? String.join("|", p.cells()) : p.line().strip())
                .containsExactly(tuple(0, "指標名|現状値|目標値"), tuple(0, "特定健康診査受診率|38.4%|60.0%"), tuple(0, "- 3 -"),
                        tuple(1, "がん検診受診率|7.9%|15.0%"), tuple(1, "健康教室の参加者数|1,250人|2,000人"),
                        tuple(1, "第2節 地域医療の充実"));
    }

    /** Tika hands text on as XHTML, which has no form feed: it arrives as U+FFFD, at the start of a line. */
    @Test
    void replacementCharactersStartingEveryLineTheyAreOnAreFormFeeds() {
        assertThat(LayoutText.read("1ページ目\n\uFFFD2ページ目\n\uFFFD", true)).filteredOn(p -> !p.line().isEmpty())
                .extracting(LayoutText.Piece::page, LayoutText.Piece::line)
                .containsExactly(tuple(0, "1ページ目"), tuple(1, "2ページ目"));
        assertThat(LayoutText.read("文字化け\uFFFDあり\n\uFFFD次の行\n", true)).extracting(LayoutText.Piece::page)
                .containsOnly(0);
        assertThat(LayoutText.read("\uFFFD段落の始めの文字化け", true)).extracting(LayoutText.Piece::page).containsOnly(0);
    }

    @Test
    void proseIsNotSplitIntoCells() {
        String text = """
                本市では、市民一人ひとりが健康づくりに取り組めるよう  健診の受診勧奨を進めます。
                また、地域の医療機関と連携し、休日の診療体制を  維持します。
                  関係機関等との連携を強化し、相談体制の充実を図ります。
                成果指標 単位 基準値 目標値
                観光入込客数 万人 120 (R4) 150 (R9)
                """;
        assertThat(rows(text)).isEmpty();
        assertThat(rows("第1節  人権の尊重と権利の擁護\n")).isEmpty();
        assertThat(lines(text)).hasSize(5);
    }

    /** A table of few figures (a 施策体系): the words wrap in the last column, the figures stand on the first line. */
    @Test
    void wordsWrappedInTheLastColumn() {
        String text = """
                1 総合計画の位置付け
                基本目標                  5                   互いに支え合い、共に築くま
                                                          ちを目指します
                基本政策                  12                  広域連携によるまちづくり
                施策                    1                   広域自治体ネットワークの強
                                                          化
                """;
        assertThat(rows(text)).containsExactly(List.of("基本目標", "5", "互いに支え合い、共に築くまちを目指します"),
                List.of("基本政策", "12", "広域連携によるまちづくり"), List.of("施策", "1", "広域自治体ネットワークの強化"));
    }

    @Test
    void tabsStillMakeRowsAndColumnsAreLeftAloneWhenNotAsked() {
        assertThat(rows("指標\t現状値\t目標値\n")).containsExactly(List.of("指標", "現状値", "目標値"));
        assertThat(rows("指標名    現状値    目標値\n交通事故件数    182    150\n")).hasSize(2);
        assertThat(LayoutText.read("指標名    現状値    目標値\n交通事故件数    182    150\n", false))
                .noneMatch(LayoutText.Piece::isRow);
    }
    /**
     * A ruled Word table with cell padding (LibreOffice PDF, {@code pdftotext -layout}): blank lines between the
     * rows, 目標値 merged over 令和4年度 and 令和6年度 printed on a line of its own over the river between them.
     */
    private static final String RULED = """

                                                             目標値
               重要業績評価指標（KPI）     現状値（令和元年度）
                                                  令和 4 年度      令和 6 年度


            移住相談窓口を通じた移住者数      年 12 人            年 20 人      年 25 人


            町内事業所の従業者数          3,210 人           3,250 人     3,300 人


            6 次産業化による新商品の開発件数   1 件（H30）          累計 4 件      累計 8（R6）


            子育て支援センターの利用者数      4,120 人（R1）       現状維持        現状維持


            ごみの 1 人 1 日当たり排出量   910g              880g        850g 以下

            以上の指標により効果を検証します。
            """;

    /** The same table style with wrapped header cells and cells wrapped around the row's figures. */
    private static final String RULED_WRAPPED = """

                                   基準値（平成 30    目標値（令和 6
                     指標名                                           担当課
                                     年度）          年度）


                                                                子育て支援
            子育て支援センターの利用者数        4,120 人（R1）   現状維持
                                                                課


            地域の防犯パトロールに参加した市民の
                               1,250 人          5 年間で 10 件      防災課
            延べ人数


            スポーツ大会の参加者数           30 以上         850g 以下（R6）     生涯学習課
            """;

    @Test
    void ruledTableRowsGoOnAcrossTheBlankLinesBetweenThem() {
        assertThat(rows(RULED)).containsExactly(
                List.of("重要業績評価指標（KPI）", "現状値（令和元年度）", "目標値令和4年度", "令和6年度"),
                List.of("移住相談窓口を通じた移住者数", "年12人", "年20人", "年25人"),
                List.of("町内事業所の従業者数", "3,210人", "3,250人", "3,300人"),
                List.of("6次産業化による新商品の開発件数", "1件（H30）", "累計4件", "累計8（R6）"),
                List.of("子育て支援センターの利用者数", "4,120人（R1）", "現状維持", "現状維持"),
                List.of("ごみの1人1日当たり排出量", "910g", "880g", "850g以下"));
        assertThat(lines(RULED)).containsExactly("以上の指標により効果を検証します。");
    }

    /** Like a Word table's two header rows, 目標値 spans both years: each row has two targets. */
    @Test
    void mergedHeaderCellOverTheRiverSpansTheColumnsBesideIt() {
        assertThat(indicators(RULED)).extracting(Indicator::name, i -> i.baseline().fy(), i -> figures(i.targets()))
                .startsWith(tuple("移住相談窓口を通じた移住者数", 2019, "2022:20;2024:25"),
                        tuple("町内事業所の従業者数", 2019, "2022:3250;2024:3300"));
    }

    /** Each part between blank lines is one row; pdftotext's spaces beside figures go (30 以上 reads 30以上). */
    @Test
    void ruledRowsKeepTheirWrappedCellsAndFiguresLoseTheirSpaces() {
        assertThat(rows(RULED_WRAPPED)).containsExactly(
                List.of("指標名", "基準値（平成30年度）", "目標値（令和6年度）", "担当課"),
                List.of("子育て支援センターの利用者数", "4,120人（R1）", "現状維持", "子育て支援課"),
                List.of("地域の防犯パトロールに参加した市民の延べ人数", "1,250人", "5年間で10件", "防災課"),
                List.of("スポーツ大会の参加者数", "30以上", "850g以下（R6）", "生涯学習課"));
    }

    /** A heading or the next table's header after a blank line starts a new table, not a row of this one. */
    @Test
    void theNextTablesHeaderAfterABlankLineStartsANewTable() {
        String text = """
                指標名              単位                     基準値          目標値
                合計特殊出生率                                       1.38               1.45
                地域子育て支援拠点の利用者 人                              9,850             11,000
                数（延べ）

                施策 (2) 学校教育の充実
                【成果指標】
                指標名              単位                     基準値          目標値
                学校図書館の児童生徒1人当た 冊                              28.6               35.0
                りの年間貸出冊数
                """;
        List<List<String>> rows = rows(text);
        assertThat(rows).hasSize(5);
        assertThat(rows.get(3)).startsWith("指標名", "単位", "基準値");
        assertThat(lines(text)).containsExactly("施策 (2) 学校教育の充実", "【成果指標】");
    }

    /**
     * A crowded line's cell one space after the last (8,214 件（令和元年 年 10,000 件, LibreOffice PDF of a Word
     * table): the other lines' wide gaps show where the column starts, and the line is cut there.
     */
    @Test
    void aCrowdedLineIsCutWhereTheOtherLinesColumnsStart() {
        String text = """
                重要業績評価指標（KPI）          基準値          目標値
                6 次産業化による新商品の開発件数      3 件（令和元年度）   累計 15 件
                ふるさと納税の寄附件数            8,214 件（令和元年 年 10,000 件
                                       度）
                町内で起業・創業した人数           4 人（令和元年度）   5 年間で 30 人
                企業誘致件数                 0 件（令和元年度）   累計 3 件
                """;
        assertThat(rows(text)).containsExactly(
                List.of("重要業績評価指標（KPI）", "基準値", "目標値"),
                List.of("6次産業化による新商品の開発件数", "3件（令和元年度）", "累計15件"),
                List.of("ふるさと納税の寄附件数", "8,214件（令和元年度）", "年10,000件"),
                List.of("町内で起業・創業した人数", "4人（令和元年度）", "5年間で30人"),
                List.of("企業誘致件数", "0件（令和元年度）", "累計3件"));
    }

    /**
     * A spreadsheet printed to PDF (LibreOffice Calc, {@code pdftotext -layout}): headers left in their cells,
     * figures right-aligned, so each header stands a column left of its figures; it moves over them.
     */
    @Test
    void aHeaderOneColumnLeftOfItsRightAlignedFiguresStandsOverThem() {
        String text = """
                施策               指標名                    単位           基準値                目標値
                                                                     （令和元年度）            （令和7年度）
                (1) 防災・減災の推進     自主防災組織の結成率             %                        78.5               90.0
                                 防災訓練の参加者数              人                       3,210              4,000
                                 災害時応援協定の締結数            件                          42                 55
                                 避難行動要支援者の個別避難計画の作成率    %                        18.0               60.0
                """;
        assertThat(rows(text)).extracting(row -> row.subList(1, 4)).containsExactly(
                List.of("指標名", "単位", "基準値（令和元年度）"),
                List.of("自主防災組織の結成率", "%", "78.5"),
                List.of("防災訓練の参加者数", "人", "3,210"),
                List.of("災害時応援協定の締結数", "件", "42"),
                List.of("避難行動要支援者の個別避難計画の作成率", "%", "18.0"));
    }

    @Test
    void aCentredHeaderOneColumnRightOfItsFiguresStandsOverThem() {
        String text = """
                         重要業績評価指標（KPI）                  基準値              目標値
                移住相談件数                         52件（令和元年度）        年80件
                空き家バンクを通じた成約件数                 6件（令和元年度）         累計40件
                お試し移住体験住宅の利用者数                 18人（令和元年度）        年40人
                町営路線バスの年間利用者数                  42,300人（令和元年度）    現状維持
                """;
        assertThat(rows(text)).extracting(row -> row.subList(1, 3)).containsExactly(
                List.of("基準値", "目標値"),
                List.of("52件（令和元年度）", "年80件"),
                List.of("6件（令和元年度）", "累計40件"),
                List.of("18人（令和元年度）", "年40人"),
                List.of("42,300人（令和元年度）", "現状維持"));
    }

    /** A print without cell padding has no blank line between a table and the next measure's heading and label. */
    @Test
    void aHeadingAndALabelBetweenTwoTablesEndTheFirst() {
        String text = """
                指標名             単位   基準値   目標値
                健康づくり推進員による地   人  1,250    1,800
                区活動の年間延べ参加者数
                施策 (2) 地域医療の確保
                【成果指標】
                指標名                  単位    基準値     目標値
                町立診療所の訪問診療件数         件     310      450
                """;
        assertThat(rows(text)).extracting(List::getFirst).containsExactly(
                "指標名", "健康づくり推進員による地区活動の年間延べ参加者数", "指標名", "町立診療所の訪問診療件数");
        assertThat(lines(text)).containsExactly("施策 (2) 地域医療の確保", "【成果指標】");
    }
}
