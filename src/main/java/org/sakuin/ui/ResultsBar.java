package org.sakuin.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sakuin.index.PassageSort;
import org.sakuin.search.SearchService;

/**
 * Above the hits: their order (関連度順, 年度の新しい順), each a link to the same search so ordered, and the
 * downloads of every hit (up to {@link SearchService#EXPORT_LIMIT}) as CSV and Excel.
 */
final class ResultsBar extends Div {

    static final String EXPORT = "api/search/export";
    private static final Map<PassageSort, String> ORDERS = Map.of(
            PassageSort.RELEVANCE, "関連度順", PassageSort.YEAR, "年度の新しい順");

    ResultsBar(SearchState state) {
        addClassNames("result-bar", "results-bar");
        Div orders = new Div(new Span("並び順:"));
        orders.addClassName("sort-orders");
        for (PassageSort sort : List.of(PassageSort.RELEVANCE, PassageSort.YEAR)) {
            if (sort == state.sort()) {
                Span current = new Span(ORDERS.get(sort));
                current.addClassName("sort-current");
                current.getElement().setAttribute("aria-current", "true");
                orders.add(current);
            } else {
                RouterLink link = new RouterLink(ORDERS.get(sort), SearchView.class);
                link.setQueryParameters(state.withSort(sort).parameters());
                link.addClassName("sort-" + sort.parameter());
                orders.add(link);
            }
        }
        Div downloads = new Div(new Span("書き出し（最大 " + String.format("%,d", SearchService.EXPORT_LIMIT) + " 件）:"),
                download(state, "csv", "CSV"), download(state, "xlsx", "Excel"));
        downloads.addClassName("downloads");
        add(orders, downloads);
    }

    /** The export of this search: the page's parameters but its page, which an export does not have. */
    private static Anchor download(SearchState state, String format, String label) {
        Map<String, List<String>> parameters = new LinkedHashMap<>(state.withPage(1).parameters().getParameters());
        parameters.put("format", List.of(format));
        Anchor link = new Anchor(EXPORT + "?" + new QueryParameters(parameters).getQueryString(), label);
        link.addClassName("download");
        link.addClassName("export-" + format);
        link.getElement().setAttribute("download", true);
        return link;
    }
}
