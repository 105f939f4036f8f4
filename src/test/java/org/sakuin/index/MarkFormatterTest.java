package org.sakuin.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class MarkFormatterTest {

    @Test
    void aMarkClosesAtEachCellAndLineOfATableRow() {
        String content = "自治会\t加入率\n<高い>";
        assertThat(new MarkFormatter().format(new Passage[] {passage(0, content.length(), 1, 9)}, content))
                .isEqualTo("自<mark>治会</mark>\t<mark>加入率</mark>\n<mark>&lt;</mark>高い&gt;");
    }

    @Test
    void aPassageCuttingATableRowTakesTheWholeRow() {
        String content = "指標\t現状値\t目標値\n自治会加入世帯数\t41383\t現状維持\n集会所等の年間整備数\t3\t4\n説明の文です。";
        int row = content.indexOf("自治会");
        int last = content.indexOf("集会所");

        String snippet = new MarkFormatter().format(new Passage[] {
                passage(row + 3, row + 10, row + 3, row + 5), passage(last + 2, last + 8, last + 2, last + 4)}, content);

        assertThat(snippet).isEqualTo("自治会<mark>加入</mark>世帯数\t41383\t現状維持\n"
                + "集会<mark>所等</mark>の年間整備数\t3\t4");
    }

    @Test
    void partsOfATableApartAreJoinedByAGapLineOfItsOwn() {
        String content = "指標\t現状値\n一\t1\n二\t2\n三\t3";
        int second = content.indexOf("三");

        String snippet = new MarkFormatter().format(new Passage[] {
                passage(0, 2, 0, 2), passage(second, second + 1, second, second + 1)}, content);

        assertThat(snippet).isEqualTo("<mark>指標</mark>\t現状値\n…\n<mark>三</mark>\t3");
    }

    private static Passage passage(int start, int end, int matchStart, int matchEnd) {
        Passage passage = new Passage();
        passage.setStartOffset(start);
        passage.setEndOffset(end);
        passage.addMatch(matchStart, matchEnd, new BytesRef("x"), 1);
        return passage;
    }
}
