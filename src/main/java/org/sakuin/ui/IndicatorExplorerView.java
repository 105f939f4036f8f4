package org.sakuin.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.IndicatorList;
import org.sakuin.search.IndicatorRequest;
import org.sakuin.search.IndicatorSort;
import org.sakuin.search.SearchService;

/**
 * Every extracted indicator in one sortable table, filtered by name, town, kind, unit and year; the chosen one
 * is shown with its chart. Filters, the sorted column and the chosen indicator live in the address
 * ({@code /indicators?…&sort=-baseline&id=…}), and the downloads export the rows as the grid shows them.
 */
@Route(value = IndicatorExplorerView.ROUTE, layout = SakuinLayout.class)
@PageTitle("指標一覧 — Sakuin 索引")
@AnonymousAllowed
public class IndicatorExplorerView extends Div implements BeforeEnterObserver {

    static final String ROUTE = "indicators";
    static final String CSV_EXPORT = "/api/indicators/export.csv";
    static final String XLSX_EXPORT = "/api/indicators/export.xlsx";

    private final SearchService search;
    private final IndicatorRows rows;
    private final IndicatorFilterBar filters = new IndicatorFilterBar(this::filter);
    private final Grid<IndicatorEntry> grid = new Grid<>();
    private final IndicatorDetail detail = new IndicatorDetail();
    private final Paragraph summary = new Paragraph();
    private final QueryOffer didYouMean = new QueryOffer();
    private final Anchor csv = download(VaadinIcon.FILE_TEXT_O, "CSV");
    private final Anchor xlsx = download(VaadinIcon.FILE_TABLE, "Excel");
    private IndicatorFilter filter = IndicatorFilter.ANY;
    private IndicatorSort sort = IndicatorSort.NONE;

    public IndicatorExplorerView(SearchService search) {
        this.search = search;
        this.rows = new IndicatorRows(search);
        addClassName("indicator-view");

        H1 title = new H1("指標一覧");
        Paragraph lead = new Paragraph("計画書の成果指標・評価指標・KPI を自治体を横断して一覧し、基準値から目標値までの推移を比べます。");
        lead.addClassName("lead");

        summary.addClassName("summary");
        Div downloads = new Div(new Span("ダウンロード:"), csv, xlsx);
        downloads.addClassName("downloads");
        Div bar = new Div(summary, didYouMean, downloads);
        bar.addClassName("result-bar");

        columns();
        grid.setItems(rows);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addClassName("indicator-grid");
        grid.setEmptyStateText("条件に合う指標はありません。");
        grid.asSingleSelect().addValueChangeListener(e -> choose(e.getValue()));
        grid.setAriaLabel("指標");
        grid.addSortListener(e -> sorted(e.getSortOrder().stream().findFirst()
                .map(o -> IndicatorRows.sortOf(o.getSorted().getKey(), o.getDirection())).orElse(IndicatorSort.NONE)));

        Div body = new Div(grid, detail);
        body.addClassName("explorer-body");
        filters.setOptions(search.indicators(IndicatorRequest.of("", 1)).facets());
        add(title, lead, filters, bar, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        filters.show(IndicatorFilter.of(parameters));
        apply(IndicatorFilter.of(parameters));
        showSort(IndicatorSort.lenient(parameters.getSingleParameter("sort").orElse(null)));
        parameters.getSingleParameter("id")
                .flatMap(id -> search.indicatorsById(List.of(id)).stream().findFirst())
                .ifPresentOrElse(this::showChosen, grid::deselectAll);
    }

    /** An indicator chosen in a shared address: selected, and scrolled into view when the filters show it. */
    private void showChosen(IndicatorEntry indicator) {
        grid.select(indicator);
        rows.indexOf(indicator, sort).ifPresent(grid::scrollToIndex);
    }

    /** The sort of a shared address, on the grid's column: the grid then tells {@link #sorted} as if clicked. */
    private void showSort(IndicatorSort shown) {
        sort = shown;
        grid.sort(shown.isNone() ? List.of() : List.of(new GridSortOrder<>(grid.getColumnByKey(shown.key()),
                shown.descending() ? SortDirection.DESCENDING : SortDirection.ASCENDING)));
    }

    /** The user sorted a column (or the address did): the address and downloads follow, the choice stays. */
    private void sorted(IndicatorSort changed) {
        sort = changed;
        downloads();
        remember(grid.asSingleSelect().getOptionalValue().map(IndicatorEntry::id).orElse(null));
    }

    private void columns() {
        column(IndicatorEntry::municipality, "自治体", IndicatorSort.MUNICIPALITY, "5.5em");
        column(IndicatorEntry::name, "指標名", IndicatorSort.NAME, "10em").setFlexGrow(1)
                .setTooltipGenerator(IndicatorEntry::name);
        column(e -> IndicatorFormat.orNone(e.unit()), "単位", IndicatorSort.UNIT, "4.5em");
        figureColumn(e -> IndicatorFormat.shortFigure(e.baseline()), "基準値", IndicatorSort.BASELINE, "8em");
        figureColumn(e -> IndicatorFormat.last(e.targets()), "目標値", IndicatorSort.TARGET, "8em")
                .setTooltipGenerator(e -> "目標値: " + IndicatorFormat.figures(e.targets()));
        figureColumn(IndicatorFormat::achievement, "達成率", IndicatorSort.ACHIEVEMENT, "6.5em");
    }

    /** A fixed-width column that {@link IndicatorRows} sorts under the key {@code sortKey}. */
    private Grid.Column<IndicatorEntry> column(ValueProvider<IndicatorEntry, String> value, String header,
                                               String sortKey, String width) {
        return grid.addColumn(value, sortKey).setHeader(header).setKey(sortKey).setSortable(true)
                .setResizable(true).setWidth(width).setFlexGrow(0);
    }

    /** Figures align right, like numbers in a printed table. */
    private Grid.Column<IndicatorEntry> figureColumn(ValueProvider<IndicatorEntry, String> value, String header,
                                                     String sortKey, String width) {
        return column(value, header, sortKey, width).setTextAlign(ColumnTextAlign.END);
    }

    /** The user changed a filter: show its rows and let go of the chosen one, which may not be among them. */
    private void filter(IndicatorFilter changed) {
        apply(changed);
        grid.deselectAll();
        remember(null);
    }

    private void apply(IndicatorFilter changed) {
        filter = changed;
        rows.setFilter(changed);
        IndicatorList found = search.indicators(changed.request(0, 1));
        summary.setText(found.total() + " 件の指標");
        didYouMean.clear();
        if (found.didYouMean() != null) {
            RouterLink respelt = new RouterLink(found.didYouMean().query(), IndicatorExplorerView.class);
            respelt.setQueryParameters(withSort(changed.withQuery(found.didYouMean().query()).parameters()));
            respelt.addClassName("respelt");
            didYouMean.offer("もしかして: ", respelt, found.didYouMean().total());
        }
        downloads();
    }

    /** The downloads hold the rows the grid shows, in its order. */
    private void downloads() {
        String query = shown().getQueryString();
        csv.setHref(CSV_EXPORT + (query.isEmpty() ? "" : "?" + query));
        xlsx.setHref(XLSX_EXPORT + (query.isEmpty() ? "" : "?" + query));
    }

    /** The filters and the sort, as the address and the downloads write them. */
    private QueryParameters shown() {
        return withSort(filter.parameters());
    }

    /** Filters with the grid's sort: a respelt name keeps the order too. */
    private QueryParameters withSort(QueryParameters filters) {
        return sort.isNone() ? filters : filters.merging("sort", sort.parameter());
    }

    /** Shows the chosen indicator (or the hint, when none is) and keeps the address in step to be shared. */
    private void choose(IndicatorEntry indicator) {
        if (indicator == null) {
            detail.clear();
            remember(null);
        } else {
            detail.show(indicator);
            remember(indicator.id());
        }
    }

    /** Replaces the address without a new history entry: choosing and filtering are not steps to go back to. */
    private void remember(String chosenId) {
        QueryParameters parameters = chosenId == null ? shown() : shown().merging("id", chosenId);
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, new Location(ROUTE, parameters)));
    }

    private static Anchor download(VaadinIcon icon, String label) {
        Anchor anchor = new Anchor();
        anchor.add(icon.create(), new Span(label));
        anchor.addClassName("download");
        // a file, not a page of this application
        anchor.setRouterIgnore(true);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
