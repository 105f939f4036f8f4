package org.sakuin.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The markup the format matrix's towns are written in, read as the writers need it. */
class TownPlanTest {

    @TempDir
    Path folder;

    private TownPlan read(String markup) throws IOException {
        Path file = folder.resolve("sample_town.txt");
        Files.writeString(file, markup, StandardCharsets.UTF_8);
        return TownPlan.read(file);
    }

    @Test
    void readsHeadingsParagraphsAndATwoRowHeaderWithItsSpans() throws IOException {
        TownPlan plan = read("""
                % a comment line
                # 見本町総合計画
                ## 基本目標1 健やかなまち
                【成果指標】
                @table widths=40,10,25,25 header=2
                |指標名|単位|目標値|<|
                |^|^|令和7年度|令和12年度|
                |特定健診受診率|%|60.0|65.0|
                本文です。
                """);
        assertThat(plan.name()).isEqualTo("sample_town");
        assertThat(plan.title()).isEqualTo("見本町総合計画");
        assertThat(plan.blocks()).hasSize(5);
        assertThat(plan.blocks().get(1)).isEqualTo(new TownPlan.Heading(2, "基本目標1 健やかなまち"));
        assertThat(plan.blocks().get(2)).isEqualTo(new TownPlan.Paragraph("【成果指標】"));
        TownPlan.Table table = (TownPlan.Table) plan.blocks().get(3);
        assertThat(table.headerRows()).isEqualTo(2);
        assertThat(table.columnSpan(0, 2)).isEqualTo(2);
        assertThat(table.rowSpan(0, 0)).isEqualTo(2);
        assertThat(table.rowSpan(0, 2)).isEqualTo(1);
        assertThat(table.covered(0, 3)).isTrue();
        assertThat(table.covered(1, 0)).isTrue();
        assertThat(table.covered(1, 2)).isFalse();
        assertThat(plan.blocks().get(4)).isEqualTo(new TownPlan.Paragraph("本文です。"));
    }

    @Test
    void splitsACellAtItsLineBreaks() {
        assertThat(TownPlan.Table.lines("基準値<br>（令和元年度）")).containsExactly("基準値", "（令和元年度）");
    }

    @Test
    void rejectsARowWithTheWrongNumberOfCells() {
        assertThatThrownBy(() -> read("@table widths=50,50 header=1\n|指標名|単位|目標値|\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 cells");
    }
}
