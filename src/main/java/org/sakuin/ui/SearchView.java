package org.sakuin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sakuin.qa.QuestionAnsweringService;
import org.sakuin.search.FacetValue;
import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.SearchHit;
import org.sakuin.search.SearchRequest;
import org.sakuin.search.SearchResults;
import org.sakuin.search.SearchService;

/**
 * The search page: a query box, the facets to narrow by beside the hits with their place in the plan and a link
 * to each source page, and an answer card above them when the query reads as a question. The query and the
 * ticked facet values live in the URL ({@code /?q=…&municipality=…}), so results can be bookmarked and shared.
 */
@Route(value = "", layout = SakuinLayout.class)
@PageTitle("Sakuin 索引 — 自治体計画書の検索")
@AnonymousAllowed
public class SearchView extends Div implements BeforeEnterObserver {

    static final int PAGE_SIZE = 20;
    static final int SUGGESTIONS_PER_KIND = 4;
    static final List<String> EXAMPLES = List.of("都市間連携", "自治会加入", "定住自立圏", "姉妹都市 OR 友好都市");

    private final SearchService search;
    private final QuestionAnsweringService answers;
    private final QueryBox query;
    private final Div examples = new Div();
    private final Paragraph summary = new Paragraph();
    private final Div answer = new Div();
    private final FacetSidebar facets = new FacetSidebar(this::open);
    private final Div hits = new Div();
    private final Button more = new Button("さらに表示");
    private SearchState state = new SearchState("", Map.of(), List.of());
    private final Div synonyms = new Div();
    private final QueryOffer didYouMean = new QueryOffer();
    private int shown;
    /** What is searched: the query, or the words of a question. */
    private String searchQuery = "";

    public SearchView(SearchService search, QuestionAnsweringService answers) {
        this.search = search;
        this.answers = answers;
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

        query = new QueryBox(typed -> search.suggest(typed, SUGGESTIONS_PER_KIND).suggestions(), this::submit);
        Button go = new Button("検索", e -> query.search());
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

        answer.addClassName("answer-slot");
        summary.addClassName("summary");
        hits.addClassName("hits");
        more.addClassName("more");
        more.setVisible(false);
        more.addClickListener(e -> showMore());
        Div results = new Div(summary, didYouMean, synonyms, hits, more);
        results.addClassName("results");
        // the hits before the facets for Tab and screen readers; phone.css puts the facets back beside them
        SkipLink.target(results, SkipLink.RESULTS);
        HitKeys.listen(hits);
        Div body = new Div(results, new FacetFold(facets));
        body.addClassName("results-layout");

        add(masthead, bar, examples, answer, body);
    }

    /**
     * New words start a new search: the selections of the old one may not fit them. The box may report one
     * search twice (a picked suggestion, then Enter): the page already showing it is left alone.
     */
    private void submit(String words) {
        SearchState next = new SearchState(words, Map.of(), List.of());
        if (!next.equals(state)) {
            open(next);
        }
    }

    private void open(SearchState next) {
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, next.parameters()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        state = SearchState.of(event.getLocation().getQueryParameters());
        query.setText(state.query());
        hits.removeAll();
        answer.removeAll();
        facets.setVisible(false);
        shown = 0;
        summary.setText("");
        more.setVisible(false);
        examples.setVisible(state.query().isEmpty());
        if (state.query().isEmpty()) {
            return;
        }
        boolean question = AnswerCard.isQuestion(state.query());
        if (question) {
            answer.add(new AnswerCard(answers.ask(state.query())));
        }
        // a question's grammar (は？, 何件) is in no passage: the results below the answer search its words
        searchQuery = question ? answers.searchWords(state.query()) : state.query();
        showMore();
    }

    private void showMore() {
        SearchResults results;
        try {
            results = search.search(new SearchRequest(searchQuery, state.filter(), shown, PAGE_SIZE,
                    Set.copyOf(state.synonymsOff())));
        } catch (IllegalArgumentException e) {
            summary.setText(searchQuery.length() > SearchRequest.MAX_QUERY_CHARACTERS
                    ? "検索語が長すぎます。" + SearchRequest.MAX_QUERY_CHARACTERS + " 文字以内で入力してください。"
                    : "この検索語では検索できません。除外する語（-語）のほかに、探す語を1つ以上入力してください。");
            return;
        }
        if (shown == 0) {
            summarize(results);
        }
        Map<String, IndicatorEntry> indicators = linkedIndicators(results.hits());
        for (SearchHit hit : results.hits()) {
            hits.add(HitKeys.focusable(new HitCard(hit, hit.indicatorIds().stream().map(indicators::get)
                    .filter(Objects::nonNull).toList(), id -> search.similarPassages(id, SimilarMeasures.SHOWN))));
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

    /** A link to other words with the same selections. */
    private RouterLink searchLink(String words, String className) {
        RouterLink link = new RouterLink(words, SearchView.class);
        link.setQueryParameters(state.withQuery(words).parameters());
        link.addClassName(className);
        return link;
    }

    private void summarize(SearchResults results) {
        synonyms.removeAll();
        synonyms.add(new SynonymBar(results.synonyms(), (group, applied) -> open(state.withSynonyms(group, applied))));
        facets.show(state, results.facets(), search.prefecturesOfTowns());
        facets.setVisible(results.total() > 0 || state.hasSelection());
        didYouMean.clear();
        if (results.didYouMean() != null) {
            didYouMean.offer("もしかして: ", searchLink(results.didYouMean().query(), "respelt"),
                    results.didYouMean().total());
        } else if (results.relaxation() != null) {
            didYouMean.offer("「" + results.relaxation().dropped() + "」を除いて検索: ",
                    searchLink(results.relaxation().query(), "relaxed"), results.relaxation().total());
        }
        String words = "「" + state.query() + "」" + (state.hasSelection() ? "（絞り込み中）" : "");
        if (results.total() == 0) {
            summary.setText(words + "に一致する箇所は見つかりませんでした。別の言葉や短い言葉でお試しください。");
            examples.setVisible(!state.hasSelection());
            return;
        }
        List<FacetValue> plans = results.facets().getOrDefault("plan", List.of());
        summary.setText(words + "に一致する箇所: " + results.total() + " 件"
                + (plans.isEmpty() ? "" : "（" + plans.size() + " 計画）"));
    }
}
