package org.sakuin.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.structure.TextBlock;

class PdfLayoutTest {

    private static final float[] COLUMNS = {50, 250, 300, 400, 500};

    @Test
    void readsARuledGridAsRowsOfCells() throws IOException {
        TestPdf pdf = new TestPdf().page();
        {
            pdf.text(50, 40, "成果指標");
            pdf.grid(COLUMNS, new float[] {60, 80, 100, 120}, new String[][] {
                    {"指標名", "単位", "基準値", "目標値"},
                    {"自治会加入世帯数", "世帯", "36,000", "38,000"},
                    {"市民活動団体数", "団体", "120", "150"}});
            pdf.text(50, 140, "本文の続きです。");
            List<TextBlock> blocks = pdf.read().blocks();
            assertThat(blocks).extracting(TextBlock::text).containsExactly("成果指標",
                    "指標名\t単位\t基準値\t目標値", "自治会加入世帯数\t世帯\t36,000\t38,000",
                    "市民活動団体数\t団体\t120\t150", "本文の続きです。");
            assertThat(blocks.get(1).isTableRow()).isTrue();
            assertThat(blocks.getFirst().isTableRow()).isFalse();
        }
    }

    @Test
    void readsAWrappedCellAsOneCellWithoutSpaces() throws IOException {
        TestPdf pdf = new TestPdf().page();
        {
            pdf.grid(COLUMNS, new float[] {60, 80, 115}, new String[][] {
                    {"指標名", "単位", "基準値", "目標値"},
                    {"地域の活動に参加して", "%", "45.0", "60.0"}});
            pdf.text(53, 96, "いる市民の割合");
            List<List<String>> rows = pdf.read().tables().getFirst().rows();
            assertThat(rows.get(1)).containsExactly("地域の活動に参加している市民の割合", "%", "45.0", "60.0");
        }
    }

    @Test
    void readsBordersDrawnAsThinFilledRectangles() throws IOException {
        TestPdf pdf = new TestPdf().page();
        {
            float[] ys = {60, 80, 100};
            for (float y : ys) {
                pdf.bar(50, y, 400, y);
            }
            for (float x : new float[] {50, 250, 400}) {
                pdf.bar(x, 60, x, 100);
            }
            pdf.text(53, 63, "指標名").text(253, 63, "目標値").text(53, 83, "図書館の貸出冊数").text(253, 83, "50万冊");
            assertThat(pdf.read().tables()).singleElement().extracting(PdfLayout.Table::rows)
                    .isEqualTo(List.of(List.of("指標名", "目標値"), List.of("図書館の貸出冊数", "50万冊")));
        }
    }

    @Test
    void writesAMergedHeaderOverTheColumnsItSpans() throws IOException {
        TestPdf pdf = new TestPdf().page();
        {
            // 目標値 spans the last two columns over 令和7年度 | 令和12年度; 指標名 and 単位 span both header rows
            pdf.line(50, 60, 500, 60).line(300, 80, 500, 80).line(50, 100, 500, 100).line(50, 120, 500, 120);
            pdf.line(50, 60, 50, 120).line(250, 60, 250, 120).line(300, 60, 300, 120).line(500, 60, 500, 120);
            pdf.line(400, 80, 400, 120);
            pdf.text(53, 70, "指標名").text(253, 70, "単位").text(303, 63, "目標値")
                    .text(303, 83, "令和7年度").text(403, 83, "令和12年度")
                    .text(53, 103, "観光入込客数").text(253, 103, "万人").text(303, 103, "120").text(403, 103, "150");
            PdfLayout.Table table = pdf.read().tables().getFirst();
            assertThat(table.rows()).containsExactly(
                    List.of("指標名", "単位", "目標値", ""),
                    List.of("", "", "令和7年度", "令和12年度"),
                    List.of("観光入込客数", "万人", "120", "150"));
        }
    }

    @Test
    void givesATableContinuedOnTheNextPageItsHeader() throws IOException {
        float[] ys = {60, 80, 100};
        TestPdf pdf = new TestPdf().page();
        {
            pdf.grid(COLUMNS, ys, new String[][] {
                    {"指標名", "単位", "基準値", "目標値"}, {"自治会加入世帯数", "世帯", "36,000", "38,000"}});
            pdf.page().text(50, 40, "第2章 施策の展開");
            pdf.grid(COLUMNS, ys, new String[][] {
                    {"市民活動団体数", "団体", "120", "150"}, {"ボランティア登録者数", "人", "800", "1,000"}});
            PdfLayout.Content content = pdf.read();
            PdfLayout.Table continued = content.tables().get(1);
            assertThat(continued.continued()).isTrue();
            assertThat(continued.page()).isEqualTo(2);
            assertThat(continued.rows()).containsExactly(List.of("指標名", "単位", "基準値", "目標値"),
                    List.of("市民活動団体数", "団体", "120", "150"), List.of("ボランティア登録者数", "人", "800", "1,000"));
        }
    }

    @Test
    void keepsARepeatedHeaderOnce() throws IOException {
        float[] ys = {60, 80, 100};
        String[] header = {"指標名", "単位", "基準値", "目標値"};
        TestPdf pdf = new TestPdf().page();
        {
            pdf.grid(COLUMNS, ys, new String[][] {header, {"自治会加入世帯数", "世帯", "36,000", "38,000"}});
            pdf.page().grid(COLUMNS, ys, new String[][] {header, {"市民活動団体数", "団体", "120", "150"}});
            PdfLayout.Table second = pdf.read().tables().get(1);
            assertThat(second.continued()).isFalse();
            assertThat(second.rows()).hasSize(2);
        }
    }

    @Test
    void joinsARowThePageBreakCutInTwo() throws IOException {
        TestPdf pdf = new TestPdf().page();
        {
            pdf.grid(COLUMNS, new float[] {60, 80, 100}, new String[][] {
                    {"指標名", "単位", "基準値", "目標値"}, {"地域の防災訓練に参加した", "%", "45.0", "60.0"}});
            pdf.page().grid(COLUMNS, new float[] {60, 80, 100}, new String[][] {
                    {"市民の割合", null, null, null}, {"市民活動団体数", "団体", "120", "150"}});
            PdfLayout.Content content = pdf.read();
            assertThat(content.blocks()).filteredOn(TextBlock::isTableRow).extracting(TextBlock::page, TextBlock::text)
                    .containsExactly(tuple(1, "指標名\t単位\t基準値\t目標値"), tuple(1, "地域の防災訓練に参加した市民の割合\t%\t45.0\t60.0"),
                            tuple(2, "指標名\t単位\t基準値\t目標値"), tuple(2, "市民活動団体数\t団体\t120\t150"));
        }
    }

    @Test
    void doesNotJoinAContinuedRowThatHasFigures() throws IOException {
        TestPdf pdf = new TestPdf().page();
        {
            pdf.grid(COLUMNS, new float[] {60, 80, 100}, new String[][] {
                    {"指標名", "単位", "基準値", "目標値"}, {"自治会加入世帯数", "世帯", "36,000", "38,000"}});
            pdf.page().grid(COLUMNS, new float[] {60, 80}, new String[][] {{"市民活動団体数", null, "120", "150"}});
            assertThat(pdf.read().tables().get(1).rows()).containsExactly(List.of("指標名", "単位", "基準値", "目標値"),
                    List.of("市民活動団体数", "", "120", "150"));
        }
    }

    @Test
    void readsColumnsOfWordsWithoutBordersAsATable() throws IOException {
        TestPdf pdf = new TestPdf().page();
        {
            pdf.text(50, 40, "地域づくりの成果を次の指標で測ります。");
            String[][] lines = {{"指標名", "単位", "現状値", "目標値"}, {"自治会加入世帯数", "世帯", "36,000", "38,000"},
                    {"市民活動団体数", "団体", "", "150"}, {"ボランティア登録者数", "人", "800", "1,000"}};
            for (int r = 0; r < lines.length; r++) {
                for (int c = 0; c < 4; c++) {
                    pdf.text(COLUMNS[c], 60 + 14 * r, lines[r][c]);
                }
            }
            PdfLayout.Content content = pdf.read();
            assertThat(content.tables()).singleElement().satisfies(table -> {
                assertThat(table.kind()).isEqualTo("aligned");
                assertThat(table.rows()).containsExactly(List.of(lines[0]), List.of(lines[1]), List.of(lines[2]),
                        List.of(lines[3]));
            });
            assertThat(content.blocks().getFirst().text()).isEqualTo("地域づくりの成果を次の指標で測ります。");
        }
    }

    @Test
    void leavesColumnsOfWordsWithoutFiguresAsLines() throws IOException {
        TestPdf pdf = new TestPdf().page();
        {
            String[][] lines = {{"基本目標", "基本政策", "施策"}, {"つながり", "人権の尊重", "権利の擁護"},
                    {"", "地域づくり", "自治会の支援"}};
            for (int r = 0; r < lines.length; r++) {
                for (int c = 0; c < 3; c++) {
                    pdf.text(50 + 150 * c, 60 + 14 * r, lines[r][c]);
                }
            }
            PdfLayout.Content content = pdf.read();
            assertThat(content.tables()).isEmpty();
            assertThat(content.blocks()).hasSize(3).noneMatch(TextBlock::isTableRow);
        }
    }

    @Test
    void leavesTextInABoxAsLines() throws IOException {
        TestPdf pdf = new TestPdf().page();
        {
            pdf.line(50, 60, 500, 60).line(50, 100, 500, 100).line(50, 60, 50, 100).line(500, 60, 500, 100);
            pdf.text(53, 63, "基本目標1 つながりを大切にしたまちづくり");
            PdfLayout.Content content = pdf.read();
            assertThat(content.tables()).isEmpty();
            assertThat(content.blocks()).extracting(TextBlock::text)
                    .containsExactly("基本目標1 つながりを大切にしたまちづくり");
        }
    }

    @Test
    void givesWrappedNamesOfABottomAlignedTableToTheRowOfTheirFigures() throws IOException {
        TestPdf pdf = new TestPdf().page();
        {
            // as Excel prints a sheet without borders: each name's last line on its figures' baseline
            pdf.text(50, 40, "【成果指標】");
            row(pdf, 60, "指標名", "単位", "基準値", "目標値");
            pdf.text(50, 80, "地域の防災訓練に");
            row(pdf, 92, "参加した市民の割合", "%", "45.0", "60.0");
            row(pdf, 112, "自治会加入世帯数", "世帯", "36,000", "38,000");
            pdf.text(50, 132, "ボランティアに登録");
            row(pdf, 144, "している市民の数", "人", "800", "1,000");
            pdf.text(50, 174, "次の章では施策の展開を述べます。");
            PdfLayout.Content content = pdf.read();
            assertThat(content.tables()).singleElement().extracting(PdfLayout.Table::rows).isEqualTo(List.of(
                    List.of("指標名", "単位", "基準値", "目標値"), List.of("地域の防災訓練に参加した市民の割合", "%", "45.0", "60.0"),
                    List.of("自治会加入世帯数", "世帯", "36,000", "38,000"),
                    List.of("ボランティアに登録している市民の数", "人", "800", "1,000")));
            assertThat(content.blocks()).extracting(TextBlock::text)
                    .startsWith("【成果指標】").endsWith("次の章では施策の展開を述べます。");
        }
    }

    @Test
    void givesWrappedNamesOfATopAlignedTableToTheRowAboveAndJoinsAWrappedHeader() throws IOException {
        TestPdf pdf = new TestPdf().page();
        {
            // as Word prints a table without borders: each name's first line on its figures' baseline
            row(pdf, 60, "指標名", "単位", "基準値", "目標値");
            row(pdf, 74, "", "", "(令和元年度)", "(令和7年度)");
            row(pdf, 88, "地域の防災訓練に", "%", "45.0", "60.0");
            pdf.text(50, 102, "参加した市民の割合");
            row(pdf, 116, "自治会加入世帯数", "世帯", "36,000", "38,000");
            row(pdf, 130, "ボランティアに登録", "人", "800", "1,000");
            pdf.text(50, 144, "している市民の数");
            pdf.text(50, 158, "目標は毎年度確認します。");
            PdfLayout.Content content = pdf.read();
            assertThat(content.tables()).singleElement().extracting(PdfLayout.Table::rows).isEqualTo(List.of(
                    List.of("指標名", "単位", "基準値(令和元年度)", "目標値(令和7年度)"),
                    List.of("地域の防災訓練に参加した市民の割合", "%", "45.0", "60.0"),
                    List.of("自治会加入世帯数", "世帯", "36,000", "38,000"),
                    List.of("ボランティアに登録している市民の数", "人", "800", "1,000")));
            assertThat(content.blocks()).extracting(TextBlock::text).endsWith("目標は毎年度確認します。");
        }
    }

    @Test
    void leavesALabelAboveATableWithoutBordersOutOfIt() throws IOException {
        TestPdf pdf = new TestPdf().page();
        {
            pdf.text(50, 46, "成果指標");
            row(pdf, 60, "指標名", "単位", "基準値", "目標値");
            row(pdf, 74, "自治会加入世帯数", "世帯", "36,000", "38,000");
            row(pdf, 88, "市民活動団体数", "団体", "120", "150");
            PdfLayout.Content content = pdf.read();
            assertThat(content.blocks()).extracting(TextBlock::text).first().isEqualTo("成果指標");
            assertThat(content.tables().getFirst().rows()).hasSize(3);
        }
    }

    /** One line of a table without borders: each cell's text at its column's left. */
    private static void row(TestPdf pdf, float top, String... cells) {
        for (int c = 0; c < cells.length; c++) {
            if (!cells[c].isEmpty()) {
                pdf.text(COLUMNS[c], top, cells[c]);
            }
        }
    }
}
