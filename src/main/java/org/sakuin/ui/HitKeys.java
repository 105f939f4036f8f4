package org.sakuin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/**
 * The keyboard path through the hits: each hit is a stop of its own for Tab, and j/k (or ↓/↑ once a hit or the
 * results have the focus) move to the next or previous hit — not while the reader types in a box, where the
 * keys are text and ↓ opens the suggestions; elsewhere ↓/↑ still scroll the page.
 */
final class HitKeys {

    /** One listener for the document, whichever search page is shown: it finds the hits when a key is pressed. */
    private static final String SCRIPT = """
            if (document.sakuinHitKeys) { return; }
            document.sakuinHitKeys = true;
            const steps = {j: 1, k: -1, ArrowDown: 1, ArrowUp: -1};
            document.addEventListener('keydown', e => {
                const step = steps[e.key];
                if (!step || e.defaultPrevented || e.isComposing || e.altKey || e.ctrlKey || e.metaKey) { return; }
                const at = document.activeElement || document.body;
                if (at.closest('input, textarea, select, [contenteditable], vaadin-combo-box, vaadin-text-field,'
                        + ' vaadin-text-area, vaadin-integer-field, vaadin-select')) { return; }
                const hits = [...document.querySelectorAll('.hits > article.hit')];
                const current = at.closest('article.hit');
                if (hits.length === 0 || (e.key.startsWith('Arrow') && !current && !at.closest('.results'))) { return; }
                const index = current ? hits.indexOf(current) + step : (step > 0 ? 0 : hits.length - 1);
                e.preventDefault();
                hits[Math.max(0, Math.min(hits.length - 1, index))].focus();
            });
            """;

    private HitKeys() {
    }

    /** Listens for the keys once the list is on the page. */
    static void listen(Div hits) {
        hits.addAttachListener(e -> hits.getElement().executeJs(SCRIPT));
    }

    /** A hit Tab stops at, and the keys move to. */
    static <C extends Component> C focusable(C hit) {
        hit.getElement().setAttribute("tabindex", "0");
        return hit;
    }
}
