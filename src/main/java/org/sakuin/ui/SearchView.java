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
import java.util.Set;
import org.sakuin.index.IndexedFile;
import org.sakuin.qa.QuestionAnsweringService;
import org.sakuin.search.ArchiveContents;
import org.sakuin.search.FacetValue;
import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.SearchHit;
import org.sakuin.search.SearchRequest;
import org.sakuin.search.SearchResults;
import org.sakuin.search.SearchService;

/**
 * The search page: a query box, the facets to narrow by beside the hits with their place in the plan and a link
 * to each source page, and an answer card above them when the query reads as a question. The query and the
 * ticked facet values, the order and the page live in the URL ({@code /?q=…&municipality=…&sort=year&page=2}), so
 * results can be bookmarked and shared; values there that name nothing are left out, and the page says so.
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
    private final Paragraph ignored = new Paragraph();
    private final ArchiveLine contents = new ArchiveLine();
    private final Div bar = new Div();
    private final Div pager = new Div();
    private final Div answer = new Div();
    private final FacetSidebar facets = new FacetSidebar(this::open);
    private final Div hits = new Div();
    private final Button more = new Button("さらに表示");
    private SearchState state = new SearchState("");
    private final Div synonyms = new Div();
    private final QueryOffer didYouMean = new QueryOffer();
    /** Hits shown from the page the address names on. */
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
        Div searchBar = new Div(query, go);
        searchBar.addClassName("search-bar");
        searchBar.getElement().setAttribute("role", "search");

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
        RouterLink help = new RouterLink("検索のヒント", HelpView.class);
        help.addClassName("help-link");
        examples.add(syntax, help, contents);

        answer.addClassName("answer-slot");
        summary.addClassName("summary");
        ignored.addClassName("ignored");
        ignored.getElement().setAttribute("role", "status");
        pager.addClassName("pager-slot");
        hits.addClassName("hits");
        more.addClassName("more");
        more.setVisible(false);
        more.addClickListener(e -> showMore());
        Div results = new Div(ignored, summary, didYouMean, synonyms, bar, hits, more, pager);
        results.addClassName("results");
        // the hits before the facets for Tab and screen readers; phone.css puts the facets back beside them
        SkipLink.target(results, SkipLink.RESULTS);
        HitKeys.listen(hits);
        Div body = new Div(results, new FacetFold(facets));
        body.addClassName("results-layout");

        add(masthead, searchBar, examples, answer, body);
    }

    /**
     * New words start a new search: the selections of the old one may not fit them. The box may report one
     * search twice (a picked suggestion, then Enter): the page already showing it is left alone.
     */
    private void submit(String words) {
        SearchState next = new SearchState(words);
        if (!next.equals(state)) {
            open(next);
        }
    }

    private void open(SearchState next) {
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, next.parameters()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<IndexedFile> files = search.files();
        AddressCheck.Checked address = new AddressCheck(ArchiveContents.of(files).values())
                .read(event.getLocation().getQueryParameters());
        state = address.state();
        query.setText(state.query());
        hits.removeAll();
        answer.removeAll();
        bar.removeAll();
        pager.removeAll();
        facets.setVisible(false);
        shown = 0;
        summary.setText("");
        ignored.setText(address.ignored().isEmpty() ? ""
                : "次の指定は無効なため、無視して検索しました: " + String.join("、", address.ignored()));
        more.setVisible(false);
        examples.setVisible(state.query().isEmpty());
        if (state.query().isEmpty()) {
            contents.show(files);
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
        int offset = (state.page() - 1) * PAGE_SIZE;
        SearchResults results;
        try {
            results = search.search(new SearchRequest(searchQuery, state.filter(), offset + shown, PAGE_SIZE,
                    Set.copyOf(state.synonymsOff()), state.sort()));
        } catch (IllegalArgumentException e) {
            summary.setText(searchQuery.length() > SearchRequest.MAX_QUERY_CHARACTERS
                    ? "検索語が長すぎます。" + SearchRequest.MAX_QUERY_CHARACTERS + " 文字以内で入力してください。"
                    : "この検索語では検索できません。除外する語（-語）のほかに、探す語を1つ以上入力してください。");
            return;
        }
        if (shown == 0) {
            summarize(results);
        }
        Map<String, List<IndicatorEntry>> indicators = search.indicatorsOf(results.hits());
        for (SearchHit hit : results.hits()) {
            hits.add(HitKeys.focusable(new HitCard(hit, indicators.getOrDefault(hit.passageId(), List.of()),
                    id -> search.similarPassages(id, SimilarMeasures.SHOWN))));
        }
        shown += results.hits().size();
        int left = results.total() - offset - shown;
        more.setText("さらに表示（残り " + left + " 件）");
        more.setVisible(left > 0 && !results.hits().isEmpty());
        pager.removeAll();
        int pages = (results.total() + PAGE_SIZE - 1) / PAGE_SIZE;
        if (pages > 1) {
            pager.add(new Pager(state, state.page(), Math.max(state.page(), (offset + shown - 1) / PAGE_SIZE + 1), pages));
        }
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
        if (results.total() > 0) {
            bar.add(new ResultsBar(state));
        }
        if (results.total() == 0) {
            summary.setText(words + "に一致する箇所は見つかりませんでした。別の言葉や短い言葉でお試しください。");
            examples.setVisible(!state.hasSelection());
            return;
        }
        List<FacetValue> plans = results.facets().getOrDefault("plan", List.of());
        int offset = (state.page() - 1) * PAGE_SIZE;
        summary.setText(words + "に一致する箇所: " + results.total() + " 件"
                + (plans.isEmpty() ? "" : "（" + plans.size() + " 計画）")
                + (results.hits().isEmpty() ? "。" + state.page() + " ページ目はありません。"
                : offset > 0 ? "、" + (offset + 1) + " 件目から" : ""));
    }
}
