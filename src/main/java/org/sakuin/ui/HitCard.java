package org.sakuin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.function.Function;
import org.sakuin.plan.Section;
import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.SearchHit;

/**
 * One search hit: the town and plan, where in the plan (section path and page), its policy areas, the snippet
 * with the matched words marked, the indicators of its section, a link to the source file (at the page, for a
 * PDF), and the similar measures of other towns.
 */
final class HitCard extends Article {

    /** The figures a hit's indicator table shows; links take the reader to its page and to other towns. */
    private static final List<IndicatorTable.Column> INDICATOR_COLUMNS = List.of(IndicatorTable.NAME, IndicatorTable.BASELINE,
            IndicatorTable.ACTUALS, IndicatorTable.TARGETS, IndicatorTable.UNIT, IndicatorTable.ACHIEVEMENT,
            IndicatorTable.LINKS);

    HitCard(SearchHit hit, List<IndicatorEntry> indicators, Function<String, List<SearchHit>> similar) {
        addClassName("hit");

        Header header = new Header();
        header.addClassName("hit-header");
        if (present(hit.municipality())) {
            header.add(span("hit-town", hit.municipality()));
        }
        if (present(hit.prefecture())) {
            header.add(span("hit-pref", hit.prefecture()));
        }
        header.add(title(hit));
        if (present(hit.planType())) {
            header.add(span("hit-type", hit.planType()));
        }
        if (SourceLinks.hasPages(hit)) {
            header.add(span("hit-page", hit.page() + "ページ"));
        }

        Html snippet = new Html(PassageText.ofHtml("hit-snippet", hit.snippet()));

        Anchor source = new Anchor(SourceLinks.of(hit),
                SourceLinks.hasPages(hit) ? "原文の " + hit.page() + " ページを開く" : "原文を開く");
        source.setTarget(AnchorTarget.BLANK);
        source.addClassName("hit-source");
        Footer footer = new Footer(source, span("hit-file", SourceLinks.fileName(hit)));
        footer.addClassName("hit-footer");
        if (PageThumbnail.shows(hit)) {
            footer.addComponentAsFirst(new PageThumbnail(hit));
        }

        add(header, section(hit.section()));
        if (!hit.areas().isEmpty()) {
            add(areas(hit.areas()));
        }
        add(snippet);
        if (!indicators.isEmpty()) {
            add(indicators(indicators));
        }
        add(footer);
        if (hit.passageId() != null) {
            add(new SimilarMeasures(hit.passageId(), similar));
        }
    }

    /** The plan › the section's topic, linking to the passage read in its section when the hit has an id. */
    private static Component title(SearchHit hit) {
        String plan = present(hit.title()) ? hit.title() : SourceLinks.fileName(hit);
        List<String> topic = Section.parse(hit.section()).topic();
        // a plan whose first heading is its title would read 「title › title」
        String text = topic.isEmpty() || topic.getLast().equals(plan) ? plan : plan + " › " + topic.getLast();
        if (hit.passageId() == null) {
            return span("hit-plan", text);
        }
        RouterLink link = new RouterLink(text, PassageView.class);
        link.setQueryParameters(PassageView.parameters(hit.passageId()));
        link.addClassName("hit-plan");
        link.addClassName("hit-title");
        return link;
    }

    /** The heading path, outermost first; the innermost heading (where the passage is) stands out. */
    private static Div section(String path) {
        Div section = new Div();
        section.addClassName("hit-section");
        List<String> parts = Section.parse(path).headings();
        if (parts.isEmpty()) {
            section.add(span("hit-section-here", "（見出しなし）"));
            return section;
        }
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                Span separator = span("hit-section-sep", "›");
                separator.getElement().setAttribute("aria-hidden", "true");
                section.add(separator);
            }
            section.add(span(i == parts.size() - 1 ? "hit-section-here" : "hit-section-part", parts.get(i)));
        }
        return section;
    }

    private static Div areas(List<String> areas) {
        Div tags = new Div();
        tags.addClassName("hit-areas");
        tags.getElement().setAttribute("aria-label", "政策分野");
        areas.forEach(area -> tags.add(span("hit-area", area)));
        return tags;
    }

    private static Div indicators(List<IndicatorEntry> indicators) {
        IndicatorTable table = new IndicatorTable(INDICATOR_COLUMNS, indicators);
        table.setCaptionText("この箇所の指標（" + indicators.size() + "件）");
        Div box = new Div(table);
        box.addClassName("hit-indicators");
        return box;
    }

    private static Span span(String className, String text) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
