package org.sakuin.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.plan.Passage;
import org.sakuin.structure.PlanStructurer;
import org.sakuin.structure.TextBlock;

/** What Tika makes of each format of the bundled corpus, line by line. */
class TikaExtractorTest {

    private static final Path CORPUS = Path.of("corpus");
    private static final Path PDF = CORPUS.resolve("iruma_zenki_kihonkeikaku_dai1sho.pdf");
    private static final Pattern PAGE_FOOTER = Pattern.compile("-\\s*\\d{1,2}\\s*-");

    private static TikaExtractor extractor;
    private static ExtractedFile pdf;

    @BeforeAll
    static void readThePdfOnce() throws IngestException {
        extractor = new TikaExtractor(IngestSettings.IN_PROCESS, Duration.ofSeconds(60));
        pdf = extractor.extract(PDF);
    }

    @AfterAll
    static void closeExtractor() {
        extractor.close();
    }

    private static TextBlock firstBlockContaining(ExtractedFile file, String text) {
        return file.blocks().stream().filter(b -> b.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line contains " + text));
    }

    private static List<String> texts(ExtractedFile file) {
        return file.blocks().stream().map(TextBlock::text).toList();
    }

    @Test
    void pdfHasThirteenPages() {
        assertThat(pdf.pages()).isEqualTo(13);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.blocks()).extracting(TextBlock::page).isSorted().contains(1, 13).allMatch(p -> p <= 13);
    }

    @Test
    void pdfLinesKeepTheirPageNumbers() {
        assertThat(firstBlockContaining(pdf, "自治会加入世帯数").page()).isEqualTo(10);
        assertThat(firstBlockContaining(pdf, "□第1章 つながりを大切にしたまちづくり").page()).isEqualTo(1);
        // the 施策体系 diagram on page 1 names 第1節 too, but only inside a longer line
        TextBlock section = pdf.blocks().stream().filter(b -> b.text().equals("第1節 人権の尊重と権利の擁護"))
                .findFirst().orElseThrow();
        assertThat(section.page()).isEqualTo(2);
        assertThat(firstBlockContaining(pdf, "第4節 自治体間交流・連携の推進").page()).isEqualTo(1);
        assertThat(pdf.blocks().stream().filter(b -> b.text().equals("第4節 自治体間交流・連携の推進"))
                .map(TextBlock::page)).containsExactly(1, 12);
    }

    @Test
    void pdfPageNumberFootersAreNotInTheText() throws IOException {
        String printedPageThree;
        try (PDDocument document = Loader.loadPDF(PDF.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            printedPageThree = stripper.getText(document);
        }
        assertThat(printedPageThree).as("the footer is printed on the page").contains("- 3 -");
        assertThat(texts(pdf)).noneMatch(line -> PAGE_FOOTER.matcher(line).matches());
        assertThat(texts(pdf)).noneMatch(line -> line.matches("\\d{1,2}"));
    }

    @Test
    void pdfTextIsNormalised() {
        // the seed writes 参画･参加 with a half-width middle dot and （…） in full width
        assertThat(firstBlockContaining(pdf, "参画").text()).contains("参画・参加").doesNotContain("･");
        assertThat(firstBlockContaining(pdf, "第1章").text()).contains("(人権、コミュニティ、交流)");
        assertThat(String.join("\n", texts(pdf))).doesNotContain("\uFFFD").doesNotContainPattern("[\\u2E80-\\u2FDF]");
    }

    @Test
    void pdfPassagesStartOnThePageOfTheirFirstLine() {
        List<Passage> passages = new PlanStructurer().passages("iruma", pdf.blocks());
        Passage households = passages.stream().filter(p -> p.text().contains("自治会加入世帯数")).findFirst().orElseThrow();
        assertThat(households.page()).isEqualTo(10);
        assertThat(households.section().headings()).contains("第3節 コミュニティ活動の充実");
        Passage firstSection = passages.stream().filter(p -> p.section().heading().equals("第1節 人権の尊重と権利の擁護"))
                .findFirst().orElseThrow();
        assertThat(firstSection.page()).isEqualTo(2);
    }

    @Test
    void shiftJisTextDecodesToJapanese() throws IngestException {
        ExtractedFile text = extractor.extract(CORPUS.resolve("rumoi_kouki_kihonkeikaku_sjis.txt"));
        String all = String.join("\n", texts(text));
        assertThat(text.contentType()).startsWith("text/plain").containsIgnoringCase("charset=windows-31j");
        assertThat(all).contains("留萌沖への洋上風力発電誘致を進めます", "後期基本計画(令和4年度~8年度)")
                .doesNotContain("\uFFFD");
        // letter-spaced words of the seed come out joined
        assertThat(all).contains("GIGAスクール構想", "JR留萌駅周辺地区", "ICTやAI、IoTなどの先端技術");
    }

    @Test
    void windowsOnlyShiftJisCharactersSurvive(@TempDir Path folder) throws Exception {
        // ①, ㈱ and ～ exist only in Microsoft's Shift_JIS, which is what Japanese Windows writes
        Path file = folder.resolve("plan.txt");
        Files.write(file, "第6次留萌市総合計画\n施策①地域の活性化\n㈱留萌開発と連携します。\n令和4年度～8年度\n"
                .getBytes(Charset.forName("windows-31j")));
        ExtractedFile text = extractor.extract(file);
        assertThat(texts(text)).containsExactly("第6次留萌市総合計画", "施策①地域の活性化", "(株)留萌開発と連携します。",
                "令和4年度~8年度");
    }

    @Test
    void shiftJisHtmlDecodesWindowsCharactersToo(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("plan.html");
        Files.write(file, ("<html><head><meta charset=\"Shift_JIS\"><title>留萌市総合計画</title></head>"
                + "<body><h1>施策①</h1><p>㈱留萌開発と連携します。</p></body></html>")
                .getBytes(Charset.forName("windows-31j")));
        ExtractedFile html = extractor.extract(file);
        assertThat(texts(html)).contains("施策①", "(株)留萌開発と連携します。").noneMatch(line -> line.contains("\uFFFD"));
    }

    @Test
    void docxTablesComeOutAsRowsOfCells() throws IngestException {
        ExtractedFile docx = extractor.extract(CORPUS.resolve("asahikawa_kihonseisaku12.docx"));
        List<TextBlock> rows = docx.blocks().stream().filter(TextBlock::isTableRow).toList();
        assertThat(rows).anySatisfy(row -> assertThat(row.cells())
                .startsWith("上川中部定住自立圏形成協定に基づく取組数", "事業", "152 (H27)", "152 (H28)", "155 (H29)"));
        assertThat(rows).anySatisfy(row -> assertThat(row.cells())
                .containsExactly("上川中部定住自立圏形成協定に基づく取組数", "152 (H27)", "166", "-", "182"));
        assertThat(rows).anySatisfy(row -> assertThat(row.cells())
                .containsExactly("指標", "基準値", "目標値(H31)", "目標値(H35)", "目標値(H39)"));
        TextBlock row = rows.getFirst();
        assertThat(row.text()).isEqualTo(String.join("\t", row.cells()));
    }

    @Test
    void docxHeadingStylesAreMarked() throws IngestException {
        ExtractedFile docx = extractor.extract(CORPUS.resolve("asahikawa_kihonseisaku12.docx"));
        assertThat(firstBlockContaining(docx, "基本政策12 広域連携によるまちづくり").headingLevel()).isEqualTo(1);
        assertThat(firstBlockContaining(docx, "施策1 広域自治体ネットワークの強化").headingLevel()).isEqualTo(2);
        assertThat(firstBlockContaining(docx, "本市の都市機能等を生かした").isMarkedHeading()).isFalse();
    }

    @Test
    void htmlTablesComeOutAsRowsOfCells() throws IngestException {
        ExtractedFile html = extractor.extract(CORPUS.resolve("sapporo_renkei_vision.html"));
        assertThat(html.embeddedTitle()).isEqualTo("第2期さっぽろ連携中枢都市圏ビジョン");
        List<List<String>> rows = html.blocks().stream().filter(TextBlock::isTableRow).map(TextBlock::cells).toList();
        assertThat(rows).contains(List.of("重点施策①", "圏域の強みを活かし、新たな人や投資を呼び込む"));
        assertThat(rows).anySatisfy(cells -> assertThat(cells)
                .startsWith("a 経済戦略の推進", "連携事業の企画、立案、効果検証", "●"));
        assertThat(firstBlockContaining(html, "1 圏域全体の経済成長のけん引").isMarkedHeading()).isTrue();
    }

    @Test
    void markdownHeadingsBecomeSections() throws IngestException {
        ExtractedFile markdown = extractor.extract(CORPUS.resolve("hokuto_jisshikeikaku_r6.md"));
        List<Passage> passages = new PlanStructurer().passages("hokuto", markdown.blocks());
        Passage rolling = passages.stream().filter(p -> p.text().contains("毎年度ローリング")).findFirst().orElseThrow();
        assertThat(rolling.section().headings())
                .containsExactly("第2次北斗市総合計画 令和6年度実施計画について", "2 実施計画の目的と期間");
        Passage theme = passages.stream().filter(p -> p.text().contains("4つの「重点テーマ」")).findFirst().orElseThrow();
        assertThat(theme.section().heading()).isEqualTo("○北斗市創生に向けた重点テーマ");
        assertThat(theme.section().headings()).contains("3 実施計画の構成");
        assertThat(passages).noneMatch(p -> p.text().startsWith("#"));
    }

    @Test
    void markdownPipeTablesComeOutAsRows() throws IngestException {
        ExtractedFile markdown = extractor.extract(CORPUS.resolve("hokuto_jisshikeikaku_r6.md"));
        assertThat(markdown.blocks()).filteredOn(TextBlock::isTableRow).extracting(TextBlock::cells)
                .contains(List.of("年度", "H30", "R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9"));
        assertThat(texts(markdown)).noneMatch(line -> line.matches("[|\\s:-]+"));
    }

    /** pdftotext -layout output: its tables come out as rows of cells, its form feeds as pages. */
    @Test
    void layoutTextTablesComeOutAsRowsOnTheirPages(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("kenko_layout.txt");
        Files.writeString(file, "第3節 健康づくりの推進\n\n"
                + "成果指標                 単位   基準値(R4)   目標値(R9)\n"
                + "特定健康診査の受診率           %    38.4         60.0\n"
                + "健康教室の延べ参加者数          人   1,250        2,000\n\n"
                + "                         - 1 -\n\f"
                + "がん検診(胃がん)の受診率        %    7.9          15.0\n\n"
                + "第4節 地域医療の充実\n\f", StandardCharsets.UTF_8);
        ExtractedFile text = extractor.extract(file);
        assertThat(text.pages()).isEqualTo(2);
        assertThat(text.blocks()).extracting(TextBlock::page, TextBlock::text).containsExactly(
                tuple(1, "第3節 健康づくりの推進"), tuple(1, "成果指標\t単位\t基準値(R4)\t目標値(R9)"),
                tuple(1, "特定健康診査の受診率\t%\t38.4\t60.0"), tuple(1, "健康教室の延べ参加者数\t人\t1,250\t2,000"),
                tuple(2, "がん検診(胃がん)の受診率\t%\t7.9\t15.0"), tuple(2, "第4節 地域医療の充実"));
    }
}
