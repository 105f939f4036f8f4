package org.sakuin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.web.IndexedCorpusTest;

/** 検索のヒント: every example is a link, and every one finds something (a question: its answer) on the bundled corpus. */
@IndexedCorpusTest
class HelpViewTest extends SpringBrowserlessTest {

    @Test
    void everyExampleIsALinkThatFindsHitsOnTheBundledCorpus() {
        navigate(HelpView.class);
        List<RouterLink> links = $(RouterLink.class).withClassName("help-example").all();
        List<HelpView.Example> examples = HelpView.TOPICS.stream().flatMap(t -> t.examples().stream()).toList();
        assertThat(links).extracting(RouterLink::getText)
                .containsExactlyElementsOf(examples.stream().map(HelpView.Example::label).toList());

        for (String href : links.stream().map(RouterLink::getHref).toList()) {
            int query = href.indexOf('?');
            UI.getCurrent().navigate(href.substring(0, query), QueryParameters.fromString(href.substring(query + 1)));
            if (href.startsWith(IndicatorExplorerView.ROUTE)) {
                assertThat($(IndicatorExplorerView.class).single().getElement().getTextRecursively()).as(href)
                        .containsPattern("[1-9][0-9]* 件の指標");
            } else {
                assertThat($(HitCard.class).all()).as(href).isNotEmpty();
                if ($(AnswerCard.class).exists()) {
                    assertThat($(AnswerCard.class).single().getElement().getTextRecursively()).as("answered: " + href)
                            .doesNotContain("見つかりませんでした");
                }
                assertThat($(Paragraph.class).withClassName("ignored").single()
                        .getText()).as(href).isEmpty();
            }
        }
    }
}
