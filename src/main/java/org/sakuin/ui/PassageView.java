package org.sakuin.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import org.sakuin.search.PassageContext;
import org.sakuin.search.SearchHit;
import org.sakuin.search.SearchService;

/**
 * A hit read in its section ({@code /passage?id=…}), as 会議録 services show a whole 発言: the section's headings,
 * the plan, town and page with a link to the source, and the passages of the section before and after the hit,
 * the hit marked and scrolled to.
 */
@Route(value = PassageView.ROUTE, layout = SakuinLayout.class)
@PageTitle("前後の箇所 — Sakuin 索引")
@AnonymousAllowed
public class PassageView extends Div implements BeforeEnterObserver {

    static final String ROUTE = "passage";
    private static final String ID = "id";

    private final SearchService search;

    public PassageView(SearchService search) {
        this.search = search;
        addClassName("passage-view");
    }

    /** The address of a passage's context. */
    static QueryParameters parameters(String passageId) {
        return QueryParameters.of(ID, passageId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        RouterLink back = new RouterLink("← 検索へ", SearchView.class);
        back.addClassName("back");
        add(back);
        Optional<PassageContext> context = event.getLocation().getQueryParameters().getSingleParameter(ID)
                .flatMap(search::passageContext);
        if (context.isEmpty()) {
            add(new H1("前後の箇所"), new Paragraph("この箇所は見つかりませんでした。索引が作り直されたか、アドレスが誤っている可能性があります。"));
            return;
        }
        show(context.get());
    }

    private void show(PassageContext context) {
        SearchHit hit = context.hit();
        H1 title = new H1(context.headings().isEmpty() ? "（見出しなし）" : context.headings().getLast());
        Div path = new Div();
        path.addClassName("context-path");
        path.setText(String.join(" › ", context.headings()));
        Anchor source = new Anchor(SourceLinks.of(hit),
                SourceLinks.hasPages(hit) ? "原文の " + hit.page() + " ページを開く" : "原文を開く");
        source.setTarget(AnchorTarget.BLANK);
        source.addClassName("hit-source");
        Div plan = new Div(span("hit-town", IndicatorFormat.orNone(hit.municipality())),
                span("hit-pref", hit.prefecture() == null ? "" : hit.prefecture()),
                span("hit-plan", hit.title() == null ? SourceLinks.fileName(hit) : hit.title()), source);
        plan.addClassName("context-plan");

        Section passages = new Section();
        passages.addClassName("context-passages");
        passages.getElement().setAttribute("aria-label", "この節の本文");
        boolean pages = SourceLinks.hasPages(hit);
        context.before().forEach(n -> passages.add(passage(pages ? n.page() : 0, n.section(), n.text(), false)));
        Div here = passage(pages ? hit.page() : 0, hit.section(), context.text(), true);
        passages.add(here);
        context.after().forEach(n -> passages.add(passage(pages ? n.page() : 0, n.section(), n.text(), false)));
        add(path, title, plan, passages);
        here.getElement().executeJs("this.scrollIntoView({block: 'center'})");
    }

    /**
     * One passage: its page (0 for a file without pages) and the label it is under (○施策の現状), then its text
     * with tables as tables.
     */
    private static Div passage(int page, String section, String text, boolean hit) {
        List<String> headings = org.sakuin.plan.Section.parse(section).headings();
        Div where = new Div(span("context-page", page > 0 ? page + "ページ" : ""),
                span("context-label", headings.isEmpty() ? "" : headings.getLast()));
        where.addClassName("context-where");
        Div passage = new Div(where, new Html(PassageText.ofText("context-text", text)));
        passage.addClassName("context-passage");
        if (hit) {
            passage.addClassName("context-hit");
            passage.getElement().setAttribute("aria-current", "true");
            where.add(span("context-hit-label", "検索で見つかった箇所"));
        }
        return passage;
    }

    private static Span span(String className, String text) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }
}
