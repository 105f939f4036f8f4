package org.sakuin.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.structure.TextBlock;

class StackedTableRowsTest {

    @Test
    void aTableFlattenedIntoLinesGetsItsRowsBack() {
        List<TextBlock> lines = StackedTableRows.of(Blocks.of(
                "○成果指標",
                "指標 内容 現状値 目標値",
                "自治会加入世帯数",
                "加入世帯数により、コミュニティ活動の",
                "充実度を判断します。",
                "41,383世帯 現状維持",
                "集会所等の年間整備数",
                "要望がある自治会集会所の建設･改修を",
                "進めることにより、自治会活動の充実度",
                "を判断します。",
                "年 3棟 年 4棟",
                "○協働のとりくみ方向",
                "自治会活動を支援します。")).orElseThrow();

        assertThat(lines).extracting(TextBlock::text).containsExactly(
                "○成果指標",
                "指標\t内容\t現状値\t目標値",
                "自治会加入世帯数\t加入世帯数により、コミュニティ活動の充実度を判断します。\t41,383世帯\t現状維持",
                "集会所等の年間整備数\t要望がある自治会集会所の建設･改修を進めることにより、自治会活動の充実度を判断します。"
                        + "\t年 3棟\t年 4棟",
                "○協働のとりくみ方向",
                "自治会活動を支援します。");
        assertThat(lines.get(2).isTableRow()).isTrue();
    }

    @Test
    void linesWithoutSuchATableAreLeftAlone() {
        assertThat(StackedTableRows.of(Blocks.of("第1節 自治会", "自治会活動を支援します。"))).isEmpty();
    }
}
