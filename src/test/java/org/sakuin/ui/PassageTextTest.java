package org.sakuin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PassageTextTest {

    @Test
    void aTablePassageShowsItsCellsAsATable() {
        String html = PassageText.ofHtml("hit-snippet",
                "【成果指標】\n指標\t基準値\n<mark>取組数</mark>\t152 (H27)\nその他");

        assertThat(html).isEqualTo("<div class=\"hit-snippet\"><span class=\"passage-lines\">【成果指標】</span>"
                + "<table class=\"passage-table\"><tbody><tr><td>指標</td><td>基準値</td></tr>"
                + "<tr><td><mark>取組数</mark></td><td>152 (H27)</td></tr></tbody></table>"
                + "<span class=\"passage-lines\">その他</span></div>");
    }

    @Test
    void aWholePassageIsEscapedBeforeItsTableIsLaidOut() {
        assertThat(PassageText.ofText("context-text", "<b>a</b>\tb&c"))
                .isEqualTo("<div class=\"context-text\"><table class=\"passage-table\"><tbody>"
                        + "<tr><td>&lt;b&gt;a&lt;/b&gt;</td><td>b&amp;c</td></tr></tbody></table></div>");
    }

    @Test
    void linesWithoutTabsStayLines() {
        assertThat(PassageText.ofHtml("s", "一行目\n二行目")).isEqualTo(
                "<div class=\"s\"><span class=\"passage-lines\">一行目\n二行目</span></div>");
    }
}
