package org.sakuin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;

/**
 * The first stop of Tab on every page, shown only when it has the focus: it takes a keyboard reader past the page
 * links and the search box to the page's main part (the results, on the search page). Moving the focus there
 * is done in the page: the address's fragment would be read against the page's base address and drop the query.
 */
final class SkipLink extends Anchor {

    /** The id of the search page's results, where its skip link leads. */
    static final String RESULTS = "results";
    /** The id of any other page's content. */
    static final String CONTENT = "content";

    /** The flag keeps a re-attached link from moving the focus twice. */
    private static final String SCRIPT = """
            if (this.sakuinSkip) { return; }
            this.sakuinSkip = true;
            this.addEventListener('click', e => {
                const target = document.getElementById(this.getAttribute('href').substring(1));
                if (!target) { return; }
                e.preventDefault();
                target.focus();
                target.scrollIntoView({block: 'start'});
            });
            """;

    SkipLink() {
        addClassName("skip-link");
        pointAt(null);
        addAttachListener(e -> getElement().executeJs(SCRIPT));
    }

    /** Leads to the results on the search page, to the page's content elsewhere. */
    void pointAt(HasElement page) {
        boolean search = page instanceof SearchView;
        setHref("#" + (search ? RESULTS : CONTENT));
        setText(search ? "検索結果へ移動" : "本文へ移動");
    }

    /** Makes a part of the page a place the link can move the focus to (not a stop of Tab). */
    static void target(Component part, String id) {
        part.setId(id);
        part.getElement().setAttribute("tabindex", "-1");
    }
}
