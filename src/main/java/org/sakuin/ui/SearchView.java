package org.sakuin.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import org.sakuin.search.SearchHit;
import org.sakuin.search.SearchRequest;
import org.sakuin.search.SearchResults;
import org.sakuin.search.SearchService;

/** The search page: a query box, the hits with their place in the plan, and a link to each source page. */
@Route("")
@PageTitle("Sakuin 索引 — 自治体計画書の検索")
public class SearchView extends VerticalLayout implements BeforeEnterObserver {

    static final int PAGE_SIZE = 20;

    private final SearchService search;
    private final TextField query = new TextField();
    private final Span summary = new Span();
    private final Div hits = new Div();
    private final Button more = new Button("さらに表示");
    private String currentQuery = "";
    private int shown;

    public SearchView(SearchService search) {
        this.search = search;
        addClassName("search-view");

        H1 title = new H1("Sakuin 索引");
        Paragraph lead = new Paragraph("自治体の総合計画・基本計画・実施計画・総合戦略をまとめて検索します。");
        lead.addClassName("lead");

        query.setPlaceholder("キーワード（例: 定住自立圏、姉妹都市 交流、\"都市間連携\"）");
        query.setAriaLabel("検索キーワード");
        query.setClearButtonVisible(true);
        query.setWidthFull();
        query.addKeyPressListener(Key.ENTER, e -> submit());
        Button go = new Button("検索", e -> submit());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout bar = new HorizontalLayout(query, go);
        bar.setWidthFull();

        summary.addClassName("summary");
        hits.addClassName("hits");
        more.setVisible(false);
        more.addClickListener(e -> showMore());

        add(title, lead, bar, summary, hits, more);
    }

    private void submit() {
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, QueryParameters.of("q", query.getValue().strip())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        currentQuery = event.getLocation().getQueryParameters().getSingleParameter("q").orElse("").strip();
        query.setValue(currentQuery);
        hits.removeAll();
        shown = 0;
        if (currentQuery.isEmpty()) {
            summary.setText("");
            more.setVisible(false);
            return;
        }
        showMore();
    }

    private void showMore() {
        SearchResults results;
        try {
            results = search.search(new SearchRequest(currentQuery, null, shown, PAGE_SIZE));
        } catch (IllegalArgumentException e) {
            summary.setText("検索できません: " + e.getMessage());
            return;
        }
        for (SearchHit hit : results.hits()) {
            hits.add(new HitCard(hit));
        }
        shown += results.hits().size();
        summary.setText(results.total() == 0
                ? "「" + currentQuery + "」に一致する箇所は見つかりませんでした。別の言葉や短い言葉でお試しください。"
                : "「" + currentQuery + "」: " + results.total() + " 件の箇所が見つかりました");
        more.setVisible(shown < results.total() && !results.hits().isEmpty());
    }
}
