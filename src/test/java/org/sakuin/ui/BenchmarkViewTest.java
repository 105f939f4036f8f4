package org.sakuin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sakuin.web.IndexedCorpusTest;

/** 施策比較: a column per town for one policy area, without a browser. */
@IndexedCorpusTest
class BenchmarkViewTest extends SpringBrowserlessTest {

    @Test
    void anAreaInTheAddressShowsAColumnPerTownWithItsMeasures() {
        UI.getCurrent().navigate(BenchmarkView.class, QueryParameters.of("area", SearchFacetsTest.AREA));

        List<TownRow> rows = $(TownRow.class).all();
        assertThat(rows).extracting(row -> row.getHeaderCells().getFirst().getChildren().findFirst().orElseThrow()
                .getElement().getText()).contains("入間市", "旭川市");
        assertThat(rows).anySatisfy(row -> assertThat($(ListItem.class, row).all()).isNotEmpty());
        assertThat(rows).allSatisfy(row -> assertThat(row.getDataCells()).hasSize(2));
        @SuppressWarnings("unchecked")
        ComboBox<String> area = $(ComboBox.class).single();
        assertThat(area.getValue()).isEqualTo(SearchFacetsTest.AREA);
    }

    @Test
    void choosingAnAreaPutsItInTheAddress() {
        UI.getCurrent().navigate(BenchmarkView.class);
        assertThat($(TownRow.class).exists()).isFalse();

        test($(ComboBox.class).single()).selectItem(SearchFacetsTest.AREA);
        test($(Button.class).withText("比較").single()).click();

        assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters())
                .isEqualTo(Map.of("area", List.of(SearchFacetsTest.AREA)));
        assertThat($(TownRow.class).all()).isNotEmpty();
    }
}
