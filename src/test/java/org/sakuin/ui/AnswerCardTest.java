package org.sakuin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.sakuin.web.IndexedCorpusTest;

/** The answer card above the results when the query reads as a question, without a browser. */
@IndexedCorpusTest
class AnswerCardTest extends SpringBrowserlessTest {

    @Test
    void aQuestionIsAnsweredWithItsFigureAndTheSourcePageOneClickAway() {
        search("入間市の自治会加入世帯数の現状値は？");

        AnswerCard card = $(AnswerCard.class).single();
        String answer = $(Paragraph.class, card).withClassName("answer-text").single().getText();
        assertThat(answer).containsAnyOf("41,383", "41383");
        assertThat(card.getElement().getTextRecursively()).contains("入間市").contains("確度");
        Anchor source = $(Anchor.class, card).withClassName("answer-source").single();
        assertThat(source.getHref()).startsWith("/source/").endsWith("#page=10");
        assertThat(card.getElement().getChildren().anyMatch(c -> c.getOuterHTML().contains("<mark>"))).isTrue();
        assertThat($(Paragraph.class).withClassName("summary").single().getText())
                .as("the search results stay below the answer").contains("入間市の自治会加入世帯数の現状値は？");
    }

    @Test
    void withoutAnAnswerItSaysSoAndShowsNoFigure() {
        search("入間市の下水道普及率の目標値は？");

        AnswerCard card = $(AnswerCard.class).single();
        assertThat($(Paragraph.class, card).withClassName("answer-none").single().getText())
                .isEqualTo(AnswerCard.NO_ANSWER);
        assertThat($(Paragraph.class, card).withClassName("answer-text").exists()).isFalse();
        assertThat(card.getElement().getTextRecursively()).doesNotContain("確度");
    }

    @Test
    void keywordsAreNotQuestions() {
        search("自治会加入");

        assertThat($(AnswerCard.class).exists()).isFalse();
        assertThat(AnswerCard.isQuestion("連携協約はいつ締結されましたか")).isTrue();
        assertThat(AnswerCard.isQuestion("定住自立圏の構成市町村はどこ")).isTrue();
        assertThat(AnswerCard.isQuestion("計画期間?")).isTrue();
        assertThat(AnswerCard.isQuestion("都市間連携")).isFalse();
    }

    private void search(String query) {
        UI.getCurrent().navigate(SearchView.class, QueryParameters.of("q", query));
        assertThat(getCurrentView()).isInstanceOf(SearchView.class);
    }
}
