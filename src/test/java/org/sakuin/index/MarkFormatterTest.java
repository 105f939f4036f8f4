package org.sakuin.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class MarkFormatterTest {

    @Test
    void aMarkClosesAtEachCellAndLineOfATableRow() {
        String content = "自治会\t加入率\n<高い>";
        Passage passage = new Passage();
        passage.setStartOffset(0);
        passage.setEndOffset(content.length());
        passage.addMatch(1, 9, new BytesRef("x"), 1);

        assertThat(new MarkFormatter().format(new Passage[] {passage}, content))
                .isEqualTo("自<mark>治会</mark>\t<mark>加入率</mark>\n<mark>&lt;</mark>高い&gt;");
    }
}
