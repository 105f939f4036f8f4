package org.sakuin.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.sakuin.index.LuceneIndex;
import org.sakuin.plan.IndicatorValue;
import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.IndicatorRequest;
import org.sakuin.search.SearchService;

/**
 * Indicator tables in the layouts other towns publish, written at test time in plan style (not the seeds):
 * an Excel sheet, HTML tables (a KPI caption; merged header cells), a Word table with merged header cells,
 * a Markdown pipe table, layout-preserving text, a PDF with wrapped cells, and a document of budget,
 * schedule and grade tables. Each goes through the real pipeline: IngestService into a Lucene index, then
 * the indicator listing.
 */
class IndicatorLayoutsTest {

    private static final Path FONT = Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf");

    @TempDir
    static Path folder;

    private static LuceneIndex index;
    private static Map<String, List<IndicatorEntry>> byFile;

    @BeforeAll
    static void ingestTheLayouts() throws IOException {
        Path plans = Files.createDirectories(folder.resolve("plans"));
        writeSheet(plans.resolve("anzen_seika_shihyo.xlsx"));
        Files.writeString(plans.resolve("sousei_senryaku_kpi.html"), KPI_HTML, StandardCharsets.UTF_8);
        Files.writeString(plans.resolve("kosodate_merged.html"), MERGED_HTML, StandardCharsets.UTF_8);
        writeMergedDocx(plans.resolve("kosodate_merged.docx"));
        Files.writeString(plans.resolve("kenko_keikaku.md"), MARKDOWN, StandardCharsets.UTF_8);
        Files.writeString(plans.resolve("nigiwai_layout.txt"), LAYOUT_TEXT, StandardCharsets.UTF_8);
        Files.writeString(plans.resolve("keikaku_suishin.html"), NO_INDICATORS_HTML, StandardCharsets.UTF_8);
        if (Files.isRegularFile(FONT)) {
            writePdf(plans.resolve("kenko_kosodate.pdf"));
        }
        index = LuceneIndex.openForWriting(folder.resolve("index"));
        try (IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            assertThat(ingest.ingest(List.of(plans), IngestListener.NONE).failures()).isEmpty();
        }
        List<IndicatorEntry> all = new SearchService(index).indicators(IndicatorRequest.of("", 1000)).indicators();
        byFile = all.stream().collect(Collectors.groupingBy(e -> Path.of(e.file()).getFileName().toString(),
                LinkedHashMap::new, Collectors.toList()));
    }

    @AfterAll
    static void closeIndex() throws IOException {
        index.close();
    }

    private static Map<String, IndicatorEntry> indicatorsOf(String file) {
        return byFile.getOrDefault(file, List.of()).stream()
                .collect(Collectors.toMap(IndicatorEntry::name, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static String figures(List<IndicatorValue> values) {
        return values.stream().map(v -> v.fy() + ":" + v.value()).collect(Collectors.joining(";"));
    }

    private static String figure(IndicatorValue value) {
        return value == null ? "-" : value.fy() + ":" + value.value();
    }

    // ---------------------------------------------------------------- Excel

    private static void writeSheet(Path target) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("成果指標一覧");
            CellStyle thousands = book.createCellStyle();
            thousands.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            CellStyle oneDecimal = book.createCellStyle();
            oneDecimal.setDataFormat(book.createDataFormat().getFormat("0.0"));
            sheet.createRow(0).createCell(0).setCellValue("基本目標2 安全・安心に暮らせるまち");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            Object[][] rows = {
                    {"指標名", "単位", "現状値(令和4年度)", "目標値(令和9年度)"},
                    {"自主防災組織の結成率", "%", 78.5, 90.0},
                    {"防災訓練の参加者数", "人", 3210, 4000},
                    {"交通事故発生件数", "件", 182, "150以下"},
                    {"刑法犯認知件数", "件", 1045, "現状値以下"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    var cell = row.createCell(c);
                    switch (rows[r][c]) {
                        case Double d -> {
                            cell.setCellValue(d);
                            cell.setCellStyle(oneDecimal);
                        }
                        case Integer n -> {
                            cell.setCellValue(n);
                            cell.setCellStyle(thousands);
                        }
                        default -> cell.setCellValue(rows[r][c].toString());
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                book.write(out);
            }
        }
    }

    @Test
    void excelSheet() {
        Map<String, IndicatorEntry> found = indicatorsOf("anzen_seika_shihyo.xlsx");
        assertThat(found.values()).extracting(IndicatorEntry::name, IndicatorEntry::unit, e -> figure(e.baseline()),
                        e -> figures(e.targets()))
                .containsExactly(
                        tuple("自主防災組織の結成率", "%", "2022:78.5", "2027:90.0"),
                        tuple("防災訓練の参加者数", "人", "2022:3210", "2027:4000"),
                        tuple("交通事故発生件数", "件", "2022:182", "2027:150"),
                        tuple("刑法犯認知件数", "件", "2022:1045", "2027:現状値以下"));
        assertThat(found.get("交通事故発生件数").targets().getFirst().raw()).isEqualTo("150以下");
        assertThat(found.values()).extracting(IndicatorEntry::kind).containsOnly("成果指標"); // the sheet's name
    }

    // ---------------------------------------------------------------- HTML

    private static final String KPI_HTML = """
            <!DOCTYPE html>
            <html lang="ja"><head><meta charset="UTF-8"><title>第2期まち・ひと・しごと創生総合戦略</title></head>
            <body>
            <h1>第2期まち・ひと・しごと創生総合戦略</h1>
            <h2>基本目標1 しごとをつくり、安心して働けるようにする</h2>
            <p>地域産業の競争力を高め、若い世代の雇用の場を確保します。</p>
            <p>数値目標:市内事業所の従業者数 18,200人(H30)→19,000人(R6)</p>
            <h3>(1) 地域産業の振興</h3>
            <table>
            <caption>重要業績評価指標(KPI)</caption>
            <tr><th>KPI</th><th>基準値</th><th>目標値(R7)</th><th>達成状況</th></tr>
            <tr><td>新規創業者数(累計)</td><td>12件(R1)</td><td>60件</td><td>順調</td></tr>
            <tr><td>企業誘致件数</td><td>2件(H30)</td><td>10件</td><td>やや遅れ</td></tr>
            <tr><td>農業産出額</td><td>48.2億円(H30)</td><td>52.0億円</td><td>—</td></tr>
            </table>
            <h3>(2) 観光の振興</h3>
            <table>
            <tr><th>施策</th><th>重要業績評価指標(KPI)</th><th>単位</th><th>基準値<br>(令和元年度)</th><th>目標値<br>(令和7年度)</th></tr>
            <tr><td rowspan="2">観光地域づくり</td><td>観光入込客数</td><td>万人</td><td>132.5</td><td>150.0</td></tr>
            <tr><td>外国人宿泊者数</td><td>人泊</td><td>8,420</td><td>12,000</td></tr>
            </table>
            </body></html>
            """;

    @Test
    void htmlKpiTablesAndAHeadlineTarget() {
        Map<String, IndicatorEntry> found = indicatorsOf("sousei_senryaku_kpi.html");
        assertThat(found.keySet()).containsExactly("市内事業所の従業者数", "新規創業者数(累計)", "企業誘致件数", "農業産出額",
                "観光入込客数", "外国人宿泊者数");
        assertThat(found.get("企業誘致件数")).satisfies(e -> {
            assertThat(e.kind()).isEqualTo("重要業績評価指標(KPI)");
            assertThat(e.unit()).isEqualTo("件");
            assertThat(figure(e.baseline())).isEqualTo("2018:2");
            assertThat(figures(e.targets())).isEqualTo("2025:10");
            assertThat(e.achievement()).isEqualTo("やや遅れ");
            assertThat(e.section()).endsWith("(1) 地域産業の振興");
        });
        assertThat(found.get("農業産出額").achievement()).isNull();
        // the second row lacks the cell its rowspan neighbour covers
        assertThat(found.get("外国人宿泊者数")).satisfies(e -> {
            assertThat(e.unit()).isEqualTo("人泊");
            assertThat(figure(e.baseline())).isEqualTo("2019:8420");
            assertThat(figures(e.targets())).isEqualTo("2025:12000");
        });
        assertThat(found.get("市内事業所の従業者数")).satisfies(e -> {
            assertThat(figure(e.baseline())).isEqualTo("2018:18200");
            assertThat(figures(e.targets())).isEqualTo("2024:19000");
        });
    }

    /** Merged header cells: colspan and rowspan are lost on the way, the years must still land right. */
    private static final String MERGED_HTML = """
            <html><head><meta charset="UTF-8"></head><body>
            <h2>第1節 子育て支援の充実</h2>
            <p>●成果指標</p>
            <table border="1">
            <tr><th rowspan="2">成果指標</th><th rowspan="2">単位</th><th rowspan="2">基準値<br>(H30)</th>
                <th colspan="3">実績値</th><th colspan="2">目標値</th></tr>
            <tr><th>R1</th><th>R2</th><th>R3</th><th>R4</th><th>R6</th></tr>
            <tr><td>保育所待機児童数</td><td>人</td><td>14</td><td>9</td><td>5</td><td>0</td><td>0</td><td>0</td></tr>
            <tr><td>子育て支援センター利用者数</td><td>人</td><td>8,240</td><td>7,950</td><td>6,100</td><td>7,300</td>
                <td>8,500</td><td>9,000</td></tr>
            </table>
            </body></html>
            """;

    private static void writeMergedDocx(Path target) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            document.createParagraph().createRun().setText("第1節 子育て支援の充実");
            document.createParagraph().createRun().setText("●成果指標");
            String[][] cells = {
                    {"成果指標", "単位", "基準値(H30)", "実績値", "", "", "目標値", ""},
                    {"", "", "", "R1", "R2", "R3", "R4", "R6"},
                    {"保育所待機児童数", "人", "14", "9", "5", "0", "0", "0"},
                    {"子育て支援センター利用者数", "人", "8,240", "7,950", "6,100", "7,300", "8,500", "9,000"}};
            XWPFTable table = document.createTable(cells.length, cells[0].length);
            for (int r = 0; r < cells.length; r++) {
                for (int c = 0; c < cells[r].length; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            for (int c = 0; c < 3; c++) { // 成果指標, 単位, 基準値 span both header rows
                table.getRow(0).getCell(c).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
                table.getRow(1).getCell(c).getCTTc().addNewTcPr().addNewVMerge();
            }
            XWPFTableRow header = table.getRow(0); // 実績値 over three columns, 目標値 over two
            header.getCell(3).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(3));
            header.getCell(6).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(2));
            header.removeCell(7);
            header.removeCell(5);
            header.removeCell(4);
            document.createParagraph().createRun().setText("待機児童の解消に向けて、保育の受け皿を確保します。");
            try (OutputStream out = Files.newOutputStream(target)) {
                document.write(out);
            }
        }
    }

    @Test
    void mergedHeaderCellsInHtmlAndWord() {
        for (String file : List.of("kosodate_merged.html", "kosodate_merged.docx")) {
            Map<String, IndicatorEntry> found = indicatorsOf(file);
            assertThat(found.values()).as(file).extracting(IndicatorEntry::name, e -> figure(e.baseline()),
                            e -> figures(e.actuals()), e -> figures(e.targets()))
                    .containsExactly(
                            tuple("保育所待機児童数", "2018:14", "2019:9;2020:5;2021:0", "2022:0;2024:0"),
                            tuple("子育て支援センター利用者数", "2018:8240", "2019:7950;2020:6100;2021:7300",
                                    "2022:8500;2024:9000"));
            assertThat(found.values()).as(file).extracting(IndicatorEntry::kind, IndicatorEntry::unit)
                    .containsOnly(tuple("成果指標", "人"));
        }
    }

    // ---------------------------------------------------------------- Markdown

    private static final String MARKDOWN = """
            # 第3次総合計画 後期基本計画

            ## 第2章 健やかに暮らせるまち

            ### 第1節 健康づくりの推進

            市民一人ひとりが健康づくりに取り組めるよう、健診の受診勧奨や健康教室を実施します。

            #### 成果指標

            | 成果指標 | 単位 | 策定時(R2) | 実績値(R5) | 目標値(R9) |
            |---|---|---:|---:|---:|
            | 特定健康診査受診率 | % | 38.4 | 41.2 | 60.0 |
            | がん検診受診率(胃がん) | % | 7.9 | 8.3 | 15.0以上 |
            | 健康教室の延べ参加者数 | 人 | 延 1,250人 | 延 1,410人 | 延 2,000人 |
            | 健康ポイント事業の参加者数 | 人 | - | 820 | 増加 |

            ### 第2節 地域医療の充実

            休日当番医の体制を維持します。
            """;

    @Test
    void markdownPipeTable() {
        Map<String, IndicatorEntry> found = indicatorsOf("kenko_keikaku.md");
        assertThat(found.values()).extracting(IndicatorEntry::name, e -> figure(e.baseline()),
                        e -> figures(e.actuals()), e -> figures(e.targets()))
                .containsExactly(
                        tuple("特定健康診査受診率", "2020:38.4", "2023:41.2", "2027:60.0"),
                        tuple("がん検診受診率(胃がん)", "2020:7.9", "2023:8.3", "2027:15.0"),
                        tuple("健康教室の延べ参加者数", "2020:1250", "2023:1410", "2027:2000"),
                        tuple("健康ポイント事業の参加者数", "-", "2023:820", "2027:増加"));
        assertThat(found.get("がん検診受診率(胃がん)").targets().getFirst().raw()).isEqualTo("15.0以上");
        assertThat(found.get("特定健康診査受診率").section())
                .isEqualTo("第3次総合計画 後期基本計画 › 第2章 健やかに暮らせるまち › 第1節 健康づくりの推進 › 成果指標");
    }

    // ---------------------------------------------------------------- layout-preserving text

    private static final String LAYOUT_TEXT = """
            第5章 にぎわいと活力のあるまち

            第1節 観光の振興

            本市の豊かな自然と歴史文化を生かした観光地づくりを進めます。

            成果指標 単位 基準値 目標値
            観光入込客数 万人 120 (R4) 150 (R9)
            観光客の満足度 % 72.3 (R4) 80.0 (R9)
            体験型観光メニューの数 件 8 (R3) 20 (R9)

            第2節 農林業の振興

            指標名 単位 現状値 目標値
            (令和4年度) (令和9年度)
            新規就農者数 人 3 5
            遊休農地面積 ha 45.2 40.0以下
            有害鳥獣による農作物被害額 千円 12,340 10,000

            本市の農業を支える担い手の確保に向けて、就農相談と研修の受入れを進めます。
            市内高校卒業生の地元就職率 28.5%(2022年度)→35.0%(2027年度)

            第3節 環境の保全

            指標 内容 現状値 目標値
            ごみの1人1日当たり 家庭から出るごみの量を人口と日数で割った値に 890g 850g
            排出量 より、ごみ減量の進み具合を判断します。
            リサイクル率 資源として再利用されたごみの割合により判 18.2% 25.0%
            断します。
            """;

    @Test
    void layoutPreservingPdfText() {
        Map<String, IndicatorEntry> found = indicatorsOf("nigiwai_layout.txt");
        assertThat(found.values()).extracting(IndicatorEntry::name, IndicatorEntry::unit, e -> figure(e.baseline()),
                        e -> figures(e.targets()))
                .containsExactly(
                        tuple("観光入込客数", "万人", "2022:120", "2027:150"),
                        tuple("観光客の満足度", "%", "2022:72.3", "2027:80.0"),
                        tuple("体験型観光メニューの数", "件", "2021:8", "2027:20"),
                        tuple("新規就農者数", "人", "2022:3", "2027:5"),
                        tuple("遊休農地面積", "ha", "2022:45.2", "2027:40.0"),
                        tuple("有害鳥獣による農作物被害額", "千円", "2022:12340", "2027:10000"),
                        tuple("市内高校卒業生の地元就職率", "%", "2022:28.5", "2027:35.0"),
                        tuple("ごみの1人1日当たり排出量", "g", "null:890", "null:850"),
                        tuple("リサイクル率", "%", "null:18.2", "null:25.0"));
        assertThat(found.get("ごみの1人1日当たり排出量").description())
                .isEqualTo("家庭から出るごみの量を人口と日数で割った値により、ごみ減量の進み具合を判断します。");
        assertThat(found.get("リサイクル率").description()).isEqualTo("資源として再利用されたごみの割合により判断します。");
    }

    // ---------------------------------------------------------------- PDF

    /** Table rows as a word processor prints them: cell by cell, lines wrapped, cells centred vertically. */
    private static final String[][][] PDF_ROWS = {
            {{"第2節 健康づくりの推進"}},
            {{"●成果指標"}},
            {{"指標"}, {"内容"}, {"現状値"}, {"目標値"}},
            {{"特定健康診査の受診率"}, {"国民健康保険加入者の特定健康診査の", "受診率により判断します。"}, {"38.4%"}, {"60.0%"}},
            {{"地域の行事や活動に参加", "している市民の割合"}, {"市民意識調査の結果から、地域活動", "への参加状況を判断します。",
                    "(隔年調査)"}, {"58.2%"}, {"65.0%"}},
            {{"がん検診の受診者数"}, {"がん検診の受診者数により判断します。"}, {"延 5,210人"}, {"延 6,000人"}},
            {{"第3節 子育て支援の充実"}},
            {{"指標名"}, {"単位"}, {"現状値", "(令和4年度)"}, {"目標値", "(令和9年度)"}},
            {{"保育所等の待機児童数"}, {"人"}, {"14"}, {"0"}},
            {{"子育て支援センターの年間", "利用者数"}, {"人"}, {"8,240"}, {"9,000"}},
            {{"子育てしやすいまちだと", "感じる市民の割合"}, {"%"}, {"62.5"}, {"70.0以上"}},
            {{"子育て世帯への支援を、妊娠期から切れ目なく進めます。"}}};

    private static void writePdf(Path target) throws IOException {
        float[] columns = {50, 200, 430, 500};
        float lead = 14;
        try (PDDocument document = new PDDocument()) {
            PDType0Font font = PDType0Font.load(document, FONT.toFile());
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float y = 780;
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                for (String[][] row : PDF_ROWS) {
                    int height = 0;
                    for (String[] cell : row) {
                        height = Math.max(height, cell.length);
                    }
                    for (int c = 0; c < row.length; c++) {
                        float top = y - (height - row[c].length) * lead / 2;
                        for (int l = 0; l < row[c].length; l++) {
                            content.beginText();
                            content.setFont(font, 10);
                            content.newLineAtOffset(columns[c], top - l * lead);
                            content.showText(row[c][l]);
                            content.endText();
                        }
                    }
                    y -= height * lead + 8;
                }
            }
            document.save(target.toFile());
        }
    }

    @Test
    void pdfTablesCellByCell() {
        assumeTrue(Files.isRegularFile(FONT), "needs the IPAex Gothic font to draw Japanese");
        Map<String, IndicatorEntry> found = indicatorsOf("kenko_kosodate.pdf");
        assertThat(found.values()).extracting(IndicatorEntry::name, IndicatorEntry::unit, e -> figure(e.baseline()),
                        e -> figures(e.targets()))
                .containsExactly(
                        tuple("特定健康診査の受診率", "%", "null:38.4", "null:60.0"),
                        tuple("地域の行事や活動に参加している市民の割合", "%", "null:58.2", "null:65.0"),
                        tuple("がん検診の受診者数", "人", "null:5210", "null:6000"),
                        tuple("保育所等の待機児童数", "人", "2022:14", "2027:0"),
                        tuple("子育て支援センターの年間利用者数", "人", "2022:8240", "2027:9000"),
                        tuple("子育てしやすいまちだと感じる市民の割合", "%", "2022:62.5", "2027:70.0"));
        assertThat(found.get("地域の行事や活動に参加している市民の割合").description())
                .isEqualTo("市民意識調査の結果から、地域活動への参加状況を判断します。(隔年調査)");
        assertThat(found.get("特定健康診査の受診率").kind()).isEqualTo("成果指標");
        assertThat(found.values()).allSatisfy(e -> assertThat(e.page()).isEqualTo(1));
    }

    // ---------------------------------------------------------------- no indicators

    private static final String NO_INDICATORS_HTML = """
            <html><head><meta charset="UTF-8"><title>計画の推進</title></head><body>
            <h2>第3章 計画の推進</h2>
            <h3>1 主な事業</h3>
            <table>
            <tr><th>事業名</th><th>事業費 [千円]</th><th>R5</th><th>R6</th><th>R7</th></tr>
            <tr><td>地域公共交通確保事業</td><td>一般財源</td><td>12,400</td><td>12,800</td><td>13,100</td></tr>
            <tr><td>空き家対策推進事業</td><td>一般財源</td><td>3,200</td><td>3,500</td><td>3,500</td></tr>
            </table>
            <table>
            <tr><td>区分</td><td>事業名等/担当部局</td><td>関連する評価指標</td><td>事業の概要</td></tr>
            <tr><td>新規</td><td>移住定住促進事業 (企画部)</td><td>1</td><td>移住相談会を開催し、移住者の増加を図る。</td></tr>
            <tr><td>重点</td><td></td><td></td><td>事業費 (一般財源) [千円]</td><td>H28</td><td>H29</td><td>H30</td></tr>
            <tr><td>公約</td><td></td><td></td><td>529 (529)</td><td>470 (470)</td><td>419 (419)</td></tr>
            </table>
            <h3>2 スケジュール</h3>
            <table>
            <tr><th>年度</th><th>H30</th><th>R1</th><th>R2</th><th>R3</th><th>R4</th></tr>
            <tr><td>基本構想</td><td>●</td><td>●</td><td>●</td><td>●</td><td>●</td></tr>
            <tr><td>実施計画</td><td>策定</td><td>見直し</td><td>見直し</td><td>見直し</td><td>見直し</td></tr>
            </table>
            <h3>3 評価の基準</h3>
            <table>
            <tr><th>評価</th><th>A</th><th>B</th><th>C</th><th>D</th></tr>
            <tr><td>内容</td><td>十分成果があった</td><td>一定の成果があった</td><td>一部見直しが必要</td>
                <td>成果が得られなかった</td></tr>
            </table>
            <table>
            <tr><th>基本目標</th><th>施策数</th><th>A</th><th>B</th><th>C</th><th>D</th></tr>
            <tr><td>1 安心して暮らせるまち</td><td>12</td><td>3</td><td>7</td><td>2</td><td>0</td></tr>
            </table>
            <p>成果指標の達成状況は、毎年度、市のホームページで公表します。</p>
            <p>人口は平成27年の10万人から令和2年には9万6千人に減少しました。</p>
            </body></html>
            """;

    @Test
    void budgetScheduleAndGradeTablesAreNotIndicators() {
        assertThat(byFile).containsKey("kenko_keikaku.md"); // the index holds the other files
        assertThat(byFile.get("keikaku_suishin.html")).isNull();
    }
}
