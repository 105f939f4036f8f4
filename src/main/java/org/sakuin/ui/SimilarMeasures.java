package org.sakuin.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Function;
import org.sakuin.search.SearchHit;

/**
 * 「他の自治体の類似施策」 under a hit: the passages of other towns most like it, each with its town, plan, section
 * and page. They are looked up when the reader opens the section, not for every hit on the page.
 */
final class SimilarMeasures extends Details {

    static final int SHOWN = 5;

    SimilarMeasures(String passageId, Function<String, List<SearchHit>> similar) {
        super("他の自治体の類似施策");
        addClassName("similar");
        addOpenedChangeListener(e -> {
            if (e.isOpened() && getContent().findAny().isEmpty()) {
                show(similar.apply(passageId));
            }
        });
    }

    private void show(List<SearchHit> hits) {
        if (hits.isEmpty()) {
            add(new Paragraph("ほかの自治体の計画書には、似た記述は見つかりませんでした。"));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("similar-list");
        for (SearchHit hit : hits) {
            Span town = new Span(IndicatorFormat.orNone(hit.municipality()));
            town.addClassName("similar-town");
            Span plan = new Span(hit.title() == null ? SourceLinks.fileName(hit) : hit.title());
            plan.addClassName("similar-plan");
            Span section = new Span(IndicatorFormat.orNone(hit.section()));
            section.addClassName("similar-section");
            Anchor page = new Anchor(SourceLinks.of(hit), SourceLinks.hasPages(hit) ? hit.page() + "ページ" : "原文");
            page.setTarget(AnchorTarget.BLANK);
            page.addClassName("similar-page");
            list.add(new ListItem(town, plan, section, page));
        }
        add(list);
    }
}
