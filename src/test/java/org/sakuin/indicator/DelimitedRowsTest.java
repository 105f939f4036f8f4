package org.sakuin.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.plan.Indicator;
import org.sakuin.structure.StructuredBlock;

/** Tables typed as text with a delimiter between the cells. */
class DelimitedRowsTest {

    @Test
    void slashDelimitedTable() {
        List<Indicator> found = Blocks.extract(
                "4. 目標指標",
                "指標名/単位/基準値(R5)/目標値(R9)",
                "オンライン申請が可能な手続数/手続/62/250",
                "窓口での平均待ち時間(転入手続)/分/48/20以下",
                "1人1日当たりのごみ排出量/g/人日/918/830",
                "(5) DX人材の育成");
        assertThat(found).extracting(Indicator::name, Indicator::unit, i -> i.baseline().value(),
                        i -> i.targets().getFirst().raw(), i -> i.targets().getFirst().fy())
                .containsExactly(
                        tuple("オンライン申請が可能な手続数", "手続", "62", "250", 2027),
                        tuple("窓口での平均待ち時間(転入手続)", "分", "48", "20以下", 2027),
                        tuple("1人1日当たりのごみ排出量", "g/人日", "918", "830", 2027));
        assertThat(found).extracting(Indicator::kind).containsOnly("目標指標");
    }

    @Test
    void pipeTableWithoutOuterPipes() {
        List<Indicator> found = Blocks.extract(
                "成果指標 | 現状値 | 目標値",
                "---|---:|---:",
                "市民活動団体の登録数 | 142団体 | 160団体");
        assertThat(found).extracting(Indicator::name, Indicator::unit).containsExactly(tuple("市民活動団体の登録数", "団体"));
    }

    @Test
    void linesAreRowsOnlyAfterAnIndicatorHeaderAndOneForOne() {
        List<StructuredBlock> blocks = Blocks.of(
                "計画期間/令和5年度/令和9年度",
                "指標/現状値/目標値",
                "参加者数/120/150",
                "本計画は、令和5年度から令和9年度までを期間とします。");
        List<StructuredBlock> rows = DelimitedRows.asRows(blocks);
        assertThat(rows).hasSameSizeAs(blocks);
        assertThat(rows).extracting(b -> b.block().isTableRow()).containsExactly(false, true, true, false);
        assertThat(rows.get(2).block().cells()).containsExactly("参加者数", "120", "150");
        assertThat(rows.get(2).section()).isEqualTo(blocks.get(2).section());
    }
}
