package org.sakuin.ui;

import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Numbered pages under the hits: 前へ, the first and last page and those around the ones shown, 次へ. The pages
 * shown are a run (さらに表示 adds the next one below), none of them a link.
 */
final class Pager extends Nav {

    /** Pages linked on either side of those shown. */
    private static final int AROUND = 2;

    /**
     * @param first the first page shown (the address's)
     * @param last  the last page shown
     * @param pages how many pages the hits fill
     */
    Pager(SearchState state, int first, int last, int pages) {
        addClassName("pager");
        setAriaLabel("ページ送り");
        if (first > 1) {
            // from a page past the last, back to the last
            add(link(state, Math.min(first - 1, pages), "前へ", "pager-prev"));
        }
        int previous = 0;
        for (int page : linked(first, last, pages)) {
            if (page > previous + 1) {
                Span gap = new Span("…");
                gap.addClassName("pager-gap");
                add(gap);
            }
            if (page >= first && page <= last) {
                Span current = new Span(String.valueOf(page));
                current.addClassName("pager-current");
                current.getElement().setAttribute("aria-current", "page");
                add(current);
            } else {
                add(link(state, page, String.valueOf(page), "pager-page"));
            }
            previous = page;
        }
        if (last < pages) {
            add(link(state, last + 1, "次へ", "pager-next"));
        }
    }

    /** The first and the last page, and those from {@link #AROUND} before the pages shown to as many after. */
    static SortedSet<Integer> linked(int first, int last, int pages) {
        SortedSet<Integer> linked = new TreeSet<>(List.of(1, pages));
        for (int page = Math.max(1, first - AROUND); page <= Math.min(pages, last + AROUND); page++) {
            linked.add(page);
        }
        return linked;
    }

    private static RouterLink link(SearchState state, int page, String text, String className) {
        RouterLink link = new RouterLink(text, SearchView.class);
        link.setQueryParameters(state.withPage(page).parameters());
        link.addClassName(className);
        return link;
    }
}
