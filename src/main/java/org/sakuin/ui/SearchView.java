package org.sakuin.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sakuin.search.FacetValue;
import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.SearchHit;
import org.sakuin.search.SearchRequest;
import org.sakuin.search.SearchResults;
import org.sakuin.search.SearchService;

/**
 * The search page: a query box, the hits with their place in the plan, and a link to each source page.
 * The query lives in the URL ({@code /?q=…}), so results can be bookmarked and shared.
 */
@Route(value = "", layout = SakuinLayout.class)
@PageTitle("Sakuin 索引 — 自治体計画書の検索")
public class SearchView extends Div implements BeforeEnterObserver {

    static final int PAGE_SIZE = 20;
    static final List<String> EXAMPLES = List.of("都市間連携", "自治会加入", "定住自立圏", "姉妹都市 OR 友好都市");
    private static final int FACET_VALUES_SHOWN = 6;

    private final SearchService search;
    private final TextField query = new TextField();
    private final Div examples = new Div();
    private final Paragraph summary = new Paragraph();
    private final Div breakdown = new Div();
    private final Div hits = new Div();
    private final Button more = new Button("さらに表示");
    private String currentQuery = "";
    private int shown;

    public SearchView(SearchService search) {
        this.search = search;
        addClassName("search-view");

        Span mark = new Span("索");
        mark.addClassName("brand-mark");
        mark.getElement().setAttribute("aria-hidden", "true");
        H1 title = new H1("Sakuin 索引");
        Paragraph lead = new Paragraph("自治体の総合計画・基本計画・実施計画・総合戦略を横断して、該当する箇所をページ単位で探します。");
        lead.addClassName("lead");
        Div brand = new Div(mark, new Div(title, lead));
        brand.addClassName("brand");
        Header masthead = new Header(brand);
        masthead.addClassName("masthead");

        query.setPlaceholder("キーワードを入力（例: 都市間連携、姉妹都市 交流、\"定住自立圏\"）");
        query.setAriaLabel("検索キーワード");
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.addClassName("query");
        query.addKeyPressListener(Key.ENTER, e -> submit());
        Button go = new Button("検索", e -> submit());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.addClassName("go");
        Div bar = new Div(query, go);
        bar.addClassName("search-bar");
        bar.getElement().setAttribute("role", "search");

        examples.addClassName("examples");
        examples.add(new Span("例:"));
        EXAMPLES.forEach(example -> {
            RouterLink link = new RouterLink(example, SearchView.class);
            link.setQueryParameters(QueryParameters.of("q", example));
            link.addClassName("example");
            examples.add(link);
        });
        Paragraph syntax = new Paragraph("スペース区切りで「すべてを含む」、OR で「いずれかを含む」、-語 で除外、\"…\" で語句どおりに検索します。");
        syntax.addClassName("syntax");
        examples.add(syntax);

        summary.addClassName("summary");
        breakdown.addClassName("breakdown");
        hits.addClassName("hits");
        more.addClassName("more");
        more.setVisible(false);
        more.addClickListener(e -> showMore());

        add(masthead, bar, examples, summary, breakdown, hits, more);
    }

    private void submit() {
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, QueryParameters.of("q", query.getValue().strip())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        currentQuery = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("").strip();
        query.setValue(currentQuery);
        hits.removeAll();
        breakdown.removeAll();
        shown = 0;
        summary.setText("");
        more.setVisible(false);
        examples.setVisible(currentQuery.isEmpty());
        if (!currentQuery.isEmpty()) {
            showMore();
        }
    }

    private void showMore() {
        SearchResults results;
        try {
            results = search.search(new SearchRequest(currentQuery, null, shown, PAGE_SIZE));
        } catch (IllegalArgumentException e) {
            summary.setText("この検索語では検索できません。除外する語（-語）のほかに、探す語を1つ以上入力してください。");
            return;
        }
        if (shown == 0) {
            summarize(results);
        }
        Map<String, IndicatorEntry> indicators = linkedIndicators(results.hits());
        for (SearchHit hit : results.hits()) {
            hits.add(new HitCard(hit, hit.indicatorIds().stream().map(indicators::get).filter(Objects::nonNull).toList()));
        }
        shown += results.hits().size();
        more.setText("さらに表示（残り " + (results.total() - shown) + " 件）");
        more.setVisible(shown < results.total() && !results.hits().isEmpty());
    }

    /** The indicators the hits link to, fetched at once for the page. */
    private Map<String, IndicatorEntry> linkedIndicators(List<SearchHit> page) {
        List<String> ids = page.stream().flatMap(hit -> hit.indicatorIds().stream()).distinct().toList();
        return search.indicatorsById(ids).stream()
                .collect(Collectors.toMap(IndicatorEntry::id, Function.identity(), (a, b) -> a));
    }

    private void summarize(SearchResults results) {
        if (results.total() == 0) {
            summary.setText("「" + currentQuery + "」に一致する箇所は見つかりませんでした。別の言葉や短い言葉でお試しください。");
            examples.setVisible(true);
            return;
        }
        List<FacetValue> plans = results.facets().getOrDefault("plan", List.of());
        summary.setText("「" + currentQuery + "」に一致する箇所: " + results.total() + " 件"
                + (plans.isEmpty() ? "" : "（" + plans.size() + " 計画）"));
        breakdown.add(facetLine(results.facets(), "municipality", "自治体"));
        breakdown.add(facetLine(results.facets(), "planType", "計画の種類"));
    }

    private static Div facetLine(Map<String, List<FacetValue>> facets, String dimension, String label) {
        Div line = new Div();
        line.addClassName("facet-line");
        List<FacetValue> values = facets.getOrDefault(dimension, List.of());
        if (values.isEmpty()) {
            line.setVisible(false);
            return line;
        }
        Span name = new Span(label);
        name.addClassName("facet-name");
        line.add(name);
        values.stream().limit(FACET_VALUES_SHOWN).forEach(value -> {
            Span chip = new Span(value.value());
            chip.addClassName("facet-value");
            Span count = new Span(String.valueOf(value.count()));
            count.addClassName("facet-count");
            chip.add(count);
            line.add(chip);
        });
        return line;
    }
}
