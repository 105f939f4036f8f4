package org.sakuin.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.plan.Indicator;
import org.sakuin.plan.IndicatorValue;

/** Markdown converted from PDF (pymupdf4llm, marker, docling) reads as well as a hand-written pipe table. */
class LayoutTextMarkdownTest {

    private static final String CLEAN = """
            ## 第1節 防災・減災の推進

            | 指標名 | 単位 | 現状値(R5) | 目標値(R12) |
            |---|---|---|---|
            | 自主防災組織の結成率 | % | 78.5 | 90.0以上 |
            | 防災メール登録者数 | 人 | 12,480 | 20,000 |
            """;

    private static List<String> summary(String markdown) {
        return LayoutTextTest.indicators(markdown).stream().map(LayoutTextMarkdownTest::summary).toList();
    }

    private static String summary(Indicator indicator) {
        return indicator.name() + " " + indicator.unit() + " " + figure(indicator.baseline()) + " → "
                + String.join(";", indicator.targets().stream().map(LayoutTextMarkdownTest::figure).toList());
    }

    private static String figure(IndicatorValue value) {
        return value.fy() + ":" + value.raw();
    }

    private static List<List<String>> rows(String markdown) {
        return LayoutText.read(markdown, true).stream().filter(LayoutText.Piece::isRow).map(LayoutText.Piece::cells)
                .toList();
    }

    @Test
    void cellsJoinTheirLinesAtBreaksAndLoseTheirBold() {
        String converted = """
                ## **第1節 防災・減災の推進**

                |**指標名**|**単位**|**現状値(R5)**|**目標値(R12)**|
                |---|---|---|---|
                |自主防災組織の<br>結成率|%|78.5|90.0<br>以上|
                |防災メール<br>登録者数|人|12,480|20,000|
                """;
        assertThat(summary(converted)).isEqualTo(summary(CLEAN)).hasSize(2);
        assertThat(LayoutText.read(converted, true).getFirst().line()).isEqualTo("## 第1節 防災・減災の推進");
    }

    @Test
    void generatedColumnNamesAreEmptyHeaderCells() {
        String converted = """
                |指標名|単位|現状値|目標値|Col5|
                |---|---|---|---|---|
                ||||令和7年度|令和12年度|
                |自主防災組織の結成率|%|78.5|85.0|90.0以上|
                """;
        assertThat(rows(converted).getFirst()).containsExactly("指標名", "単位", "現状値", "目標値", "");
        assertThat(summary(converted)).containsExactly("自主防災組織の結成率 % null:78.5 → 2025:85.0;2030:90.0以上");
    }

    @Test
    void aHeaderWrappedOverTwoRowsIsOneHeader() {
        String converted = """
                |成果|単|現状値|目標値|
                |---|---|---|---|
                |指標|位|(R5)|(R12)|
                |自主防災組織の結成率|%|78.5|90.0以上|
                |防災メール登録者数|人|12,480|20,000|
                """;
        assertThat(rows(converted).getFirst()).containsExactly("成果指標", "単位", "現状値(R5)", "目標値(R12)");
        assertThat(summary(converted)).isEqualTo(summary(CLEAN));
    }

    /** The converter heads the part after a page break with its first data row: the header is given again. */
    @Test
    void aTableCutByAPageBreakKeepsItsHeader() {
        String converted = """
                | 指標名 | 単位 | 現状値(R5) | 目標値(R12) |
                |---|---|---|---|
                | 自主防災組織の結成率 | % | 78.5 | 90.0以上 |

                -----

                | 防災メール登録者数 | 人 | 12,480 | 20,000 |
                |---|---|---|---|
                | 避難所の備蓄食料 | 食 | 24,000食 | 30,000食 |
                """;
        assertThat(summary(converted)).extracting(s -> s.substring(0, s.indexOf(' ')))
                .containsExactly("自主防災組織の結成率", "防災メール登録者数", "避難所の備蓄食料");
        assertThat(rows(converted)).extracting(List::getFirst).containsExactly("指標名", "自主防災組織の結成率",
                "指標名", "防災メール登録者数", "避難所の備蓄食料");
    }

    @Test
    void aFirstRowOfWordsIsNotTakenIntoTheHeaderWhenItHasFigures() {
        assertThat(rows("""
                |指標|現状値|目標値|
                |---|---|---|
                |市民満足度|62.1%|70.0%|
                """)).containsExactly(List.of("指標", "現状値", "目標値"), List.of("市民満足度", "62.1%", "70.0%"));
        assertThat(summary(CLEAN)).extracting(s -> s.split(" ")[0]).containsExactly("自主防災組織の結成率", "防災メール登録者数");
    }

    @Test
    void emphasisIsDroppedFromLinesAsWell() {
        assertThat(LayoutText.read("**【成果指標】** と __重点__\n", true)).extracting(LayoutText.Piece::line)
                .containsExactly("【成果指標】 と 重点", "");
        assertThat(LayoutText.read("2 * 3 = 6\n", true).getFirst().line()).isEqualTo("2 * 3 = 6");
        assertThat(rows("| a | b |\n")).containsExactly(List.of("a", "b"));
    }
}
