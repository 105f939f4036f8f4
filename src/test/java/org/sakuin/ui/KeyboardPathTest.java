package org.sakuin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.web.IndexedCorpusTest;

/** The order a keyboard reader meets the search page in, server-side over the bundled corpus. */
@IndexedCorpusTest
class KeyboardPathTest extends SpringBrowserlessTest {

    @Test
    void theFirstThingOfThePageIsALinkToTheResults() {
        navigate(SearchView.class);

        Component first = $(SakuinLayout.class).single().getChildren().findFirst().orElseThrow();
        assertThat(first).isInstanceOf(SkipLink.class);
        assertThat(((Anchor) first).getText()).isEqualTo("検索結果へ移動");
        assertThat(((Anchor) first).getHref()).isEqualTo("#" + SkipLink.RESULTS);
        Div results = $(Div.class).withId(SkipLink.RESULTS).single();
        assertThat(results.getElement().getAttribute("tabindex")).isEqualTo("-1");
    }

    @Test
    void elsewhereTheLinkLeadsToThePagesContent() {
        navigate(IndicatorExplorerView.class);

        SkipLink skip = $(SkipLink.class).single();
        assertThat(skip.getText()).isEqualTo("本文へ移動");
        assertThat(skip.getHref()).isEqualTo("#" + SkipLink.CONTENT);
    }

    @Test
    void theHitsComeBeforeTheFacetsAndEachIsAStopOfTab() {
        UI.getCurrent().navigate(SearchView.class, QueryParameters.of("q", "都市間連携"));

        List<Component> parts = $(FacetFold.class).single().getParent().orElseThrow().getChildren().toList();
        assertThat(parts.getFirst().getId()).hasValue(SkipLink.RESULTS);
        assertThat(parts.getLast()).isInstanceOf(FacetFold.class);
        assertThat($(HitCard.class).all()).isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.getElement().getAttribute("tabindex")).isEqualTo("0"));
    }
}
