package org.sakuin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;

class FacetFoldTest {

    private final Div facets = new Div();
    private final FacetFold fold = new FacetFold(facets);
    private final Button toggle = (Button) fold.getChildren().findFirst().orElseThrow();

    @Test
    void theButtonNamesTheFacetsItShowsAndStartsFolded() {
        assertThat(toggle.getText()).isEqualTo("絞り込み");
        assertThat(toggle.getElement().getAttribute("aria-controls")).isEqualTo(facets.getId().orElseThrow());
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(fold.isOpen()).isFalse();
        assertThat(fold.getClassNames()).doesNotContain("open");
    }

    @Test
    void clickingTheButtonUnfoldsTheFacetsAndClickingAgainFoldsThem() {
        toggle.click();
        assertThat(fold.isOpen()).isTrue();
        assertThat(fold.getClassNames()).contains("open");
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");

        toggle.click();
        assertThat(fold.isOpen()).isFalse();
        assertThat(toggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
    }
}
