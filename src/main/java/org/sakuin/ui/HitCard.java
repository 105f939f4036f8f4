package org.sakuin.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sakuin.search.SearchHit;

/** One search hit: where it is (town, plan, section, page), the highlighted snippet and a link to the source page. */
final class HitCard extends Div {

    HitCard(SearchHit hit) {
        addClassName("hit");
        Span where = new Span(joinPresent(" · ", hit.municipality(), hit.prefecture()));
        where.addClassName("hit-town");
        Span plan = new Span(joinPresent(" ", hit.title(), hit.planType() == null ? null : "（" + hit.planType() + "）"));
        plan.addClassName("hit-plan");
        Div header = new Div(where, plan);
        header.addClassName("hit-header");

        Div section = new Div(new Span(hit.section().isEmpty() ? "（見出しなし）" : hit.section()),
                new Span(" · " + hit.page() + "ページ"));
        section.addClassName("hit-section");

        Html snippet = new Html("<div class=\"hit-snippet\">" + hit.snippet() + "</div>");

        Anchor source = new Anchor(SourceLinks.of(hit), "原文の " + hit.page() + " ページを開く");
        source.setTarget(AnchorTarget.BLANK);
        source.addClassName("hit-source");
        Span file = new Span(hit.file());
        file.addClassName("hit-file");
        Div footer = new Div(source, file);
        footer.addClassName("hit-footer");

        add(header, section, snippet, footer);
    }

    private static String joinPresent(String separator, String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(separator));
    }
}
