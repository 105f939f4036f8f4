package org.sakuin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.IndicatorRequest;
import org.sakuin.search.IndicatorSort;
import org.sakuin.search.SearchService;
import org.sakuin.web.CorpusIndicators;
import org.sakuin.web.IndexedCorpusTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The indicator explorer, driven server-side without a browser, over the bundled corpus. */
@IndexedCorpusTest
class IndicatorExplorerViewTest extends SpringBrowserlessTest {

    @Autowired
    SearchService search;

    private int all;

    @BeforeEach
    void countIndicators() {
        all = search.indicators(IndicatorRequest.of("", 1)).total();
    }

    @Test
    void everyIndicatorIsListedAndTheMunicipalityFilterNarrowsTheRows() {
        navigate(IndicatorExplorerView.class);
        assertThat(grid().size()).isEqualTo(all);
        assertThat(summary()).isEqualTo(all + " 件の指標");

        ComboBox<?> municipality = $(ComboBox.class).withCaption("自治体").single();
        assertThat(test(municipality).getSuggestions()).contains("入間市", "旭川市");
        test(municipality).selectItem("旭川市");

        assertThat(grid().size()).isBetween(1, all - 1);
        assertThat(rows()).extracting(IndicatorEntry::municipality).containsOnly("旭川市");
        assertThat(summary()).isEqualTo(grid().size() + " 件の指標");
        assertThat(decoded(download("CSV").getHref())).isEqualTo(IndicatorExplorerView.CSV_EXPORT + "?municipality=旭川市");
        assertThat(decoded(download("Excel").getHref())).isEqualTo(IndicatorExplorerView.XLSX_EXPORT + "?municipality=旭川市");
    }

    @Test
    void typingInTheNameFieldFindsIndicatorsByName() {
        navigate(IndicatorExplorerView.class);

        test($(TextField.class).withCaption("指標名").single()).setValue("自治会");

        assertThat(rows()).extracting(IndicatorEntry::name).contains("自治会加入世帯数").doesNotContain("平和都市宣言の認知度");
        assertThat(rows().size()).isLessThan(all);
        assertThat(summary()).isEqualTo(rows().size() + " 件の指標");
    }

    @Test
    void aNameTypedInKanaOffersTheNameThePlansWrite() {
        navigate(IndicatorExplorerView.class);

        test($(TextField.class).withCaption("指標名").single()).setValue("じちかい");

        assertThat(rows()).isEmpty();
        RouterLink respelt = $(RouterLink.class).withClassName("respelt").single();
        assertThat(respelt.getText()).isEqualTo("自治会");
        assertThat(respelt.getHref()).startsWith(IndicatorExplorerView.ROUTE + "?q=");
    }

    @Test
    void selectingAnIndicatorShowsItsChartAsSvg() {
        navigate(IndicatorExplorerView.class);
        assertThat($(Svg.class).exists()).isFalse();
        assertThat(textOf($(IndicatorDetail.class).single())).contains(IndicatorDetail.HINT);

        int row = rows().stream().map(IndicatorEntry::name).toList().indexOf("上川中部定住自立圏形成協定に基づく取組数");
        assertThat(row).isNotNegative();
        grid().select(row);

        String svg = $(Svg.class).single().getElement().getProperty("innerHTML");
        assertThat(svg).startsWith("<svg").contains(">2015<", ">2027<", ">182<");
        assertThat(textOf($(IndicatorDetail.class).single())).contains("上川中部定住自立圏形成協定に基づく取組数", "旭川市",
                "93.4%", "他の自治体と比較");
    }

    @Test
    void theAddressCarriesTheFiltersAndTheChosenIndicator() {
        IndicatorEntry household = CorpusIndicators.named(search, "自治会加入世帯数");

        UI.getCurrent().navigate(IndicatorExplorerView.class,
                new QueryParameters(Map.of("municipality", List.of("入間市"), "id", List.of(household.id()))));

        assertThat($(ComboBox.class).withCaption("自治体").single().getValue()).isEqualTo("入間市");
        assertThat(rows()).extracting(IndicatorEntry::municipality).containsOnly("入間市");
        assertThat(grid().getSelected()).extracting(IndicatorEntry::id).containsExactly(household.id());
        String svg = $(Svg.class).single().getElement().getProperty("innerHTML");
        assertThat(svg).startsWith("<svg").contains(">41,383<").contains("目標値「現状維持」");
    }

    @Test
    void anAddressWithValuesNoIndicatorHasShowsAnEmptyListRatherThanAnError() {
        UI.getCurrent().navigate(IndicatorExplorerView.class,
                new QueryParameters(Map.of("municipality", List.of("存在しない市"), "fy", List.of("令和"),
                        "id", List.of("no-such-indicator"))));

        assertThat(grid().size()).isZero();
        assertThat(summary()).isEqualTo("0 件の指標");
        assertThat($(Svg.class).exists()).isFalse();
    }

    @Test
    void sortingByBaselinePutsTheSmallestFirstAndWordsLast() {
        navigate(IndicatorExplorerView.class);

        grid().sortByColumn(IndicatorSort.BASELINE, SortDirection.ASCENDING);

        List<OptionalDouble> baselines = rows().stream()
                .map(e -> IndicatorFormat.numeric(e.baseline() == null ? null : e.baseline().value())).toList();
        assertThat(baselines).hasSize(all);
        int numbers = (int) baselines.stream().takeWhile(OptionalDouble::isPresent).count();
        assertThat(numbers).isGreaterThan(all / 2);
        assertThat(baselines.subList(0, numbers)).extracting(OptionalDouble::getAsDouble).isSorted();
        assertThat(baselines.subList(numbers, all)).allMatch(OptionalDouble::isEmpty);
    }

    @Test
    void theDownloadsKeepTheSortedColumn() {
        navigate(IndicatorExplorerView.class);
        test($(ComboBox.class).withCaption("自治体").single()).selectItem("入間市");

        grid().sortByColumn(IndicatorSort.TARGET, SortDirection.DESCENDING);

        assertThat(decoded(download("CSV").getHref()))
                .isEqualTo(IndicatorExplorerView.CSV_EXPORT + "?municipality=入間市&sort=-target");
    }

    @Test
    void aSortInTheAddressSortsTheGrid() {
        UI.getCurrent().navigate(IndicatorExplorerView.class, new QueryParameters(Map.of("sort", List.of("-baseline"))));

        List<Double> baselines = rows().stream().map(e -> IndicatorFormat.numeric(e.baseline() == null ? null
                : e.baseline().value())).filter(OptionalDouble::isPresent).map(OptionalDouble::getAsDouble).toList();
        assertThat(baselines).hasSizeGreaterThan(all / 2);
        assertThat(baselines).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(decoded(download("Excel").getHref())).isEqualTo(IndicatorExplorerView.XLSX_EXPORT + "?sort=-baseline");
    }

    @SuppressWarnings("unchecked")
    private GridTester<Grid<IndicatorEntry>, IndicatorEntry> grid() {
        return test((Grid<IndicatorEntry>) $(Grid.class).single());
    }

    private List<IndicatorEntry> rows() {
        GridTester<Grid<IndicatorEntry>, IndicatorEntry> grid = grid();
        List<IndicatorEntry> rows = new ArrayList<>();
        for (int i = 0; i < grid.size(); i++) {
            rows.add(grid.getRow(i));
        }
        return rows;
    }

    private String summary() {
        return $(Paragraph.class).withClassName("summary").single().getText();
    }

    private Anchor download(String label) {
        return $(Anchor.class).withClassName("download").withCondition(a -> textOf(a).contains(label)).single();
    }

    private static String decoded(String href) {
        return URLDecoder.decode(href, StandardCharsets.UTF_8);
    }

    private static String textOf(Component component) {
        return component.getElement().getTextRecursively();
    }
}
