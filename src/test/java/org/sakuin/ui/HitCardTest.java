package org.sakuin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.search.SearchHit;

class HitCardTest {

    @Test
    void theTitleNamesThePlanAndTheTopicOfItsSection() {
        assertThat(titleOf(hit("第2期さっぽろ連携中枢都市圏ビジョン", "第2期さっぽろ連携中枢都市圏ビジョン › 3 圏域全体の生活関連機能サービスの向上")))
                .isEqualTo("第2期さっぽろ連携中枢都市圏ビジョン › 3 圏域全体の生活関連機能サービスの向上");
    }

    @Test
    void aSectionWhoseTopicIsThePlansTitleIsNotNamedTwice() {
        assertThat(titleOf(hit("第2期さっぽろ連携中枢都市圏ビジョン", "第2期さっぽろ連携中枢都市圏ビジョン › ● 6つの重点施策+脱炭素の促進")))
                .isEqualTo("第2期さっぽろ連携中枢都市圏ビジョン");
    }

    private static String titleOf(SearchHit hit) {
        Element card = new HitCard(hit, List.of(), id -> List.of()).getElement();
        return card.getChildren().flatMap(Element::getChildren)
                .filter(child -> child.getClassList().contains("hit-plan")).findFirst().orElseThrow().getText();
    }

    /** A hit without a passage id, so its title is text rather than a link (a link needs a running UI). */
    private static SearchHit hit(String plan, String section) {
        return new SearchHit("vision.html", "札幌市", "北海道", plan, "連携中枢都市圏ビジョン", 1, section, List.of(), 1f,
                "…", List.of(), "doc", null, List.of(), List.of());
    }
}
