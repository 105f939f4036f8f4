package org.sakuin.ui;

import com.vaadin.flow.component.combobox.ComboBox;

/**
 * ↓ Enter in the search box picks a suggestion even when pressed before the suggestions arrive (the box asks the
 * server half a second after the last key): while they load, ↓ and the Enter after it are held, and replayed once
 * they are there, so the first suggestion is chosen rather than the kana typed so far searched. Enter without a ↓
 * still searches the text as typed at once.
 */
final class SuggestionWait {

    /** Runs in the box's element ({@code this}); the flag keeps a re-attached box from holding keys twice. */
    private static final String SCRIPT = """
            const box = this;
            if (box.sakuinSuggestionWait) { return; }
            box.sakuinSuggestionWait = true;
            let down = false;
            let enter = false;
            const replay = key => box.inputElement.dispatchEvent(
                    new KeyboardEvent('keydown', {key: key, bubbles: true, composed: true, cancelable: true}));
            box.addEventListener('keydown', e => {
                if (e.isComposing || !box.loading || !(e.key === 'ArrowDown' || (e.key === 'Enter' && down))) {
                    return;
                }
                down = true;
                enter = enter || e.key === 'Enter';
                e.preventDefault();
                e.stopImmediatePropagation();
            }, true);
            box.addEventListener('input', () => { down = false; enter = false; });
            // the box reflects its loading to an attribute but fires no event for it
            new MutationObserver(() => {
                if (box.loading || !down) { return; }
                const pick = enter;
                down = false;
                enter = false;
                // after the box has drawn the items it was given
                requestAnimationFrame(() => {
                    if (box.filteredItems && box.filteredItems.length > 0) { replay('ArrowDown'); }
                    // no suggestions: the Enter held searches the text as typed
                    if (pick) { replay('Enter'); }
                });
            }).observe(box, {attributes: true, attributeFilter: ['loading']});
            """;

    private SuggestionWait() {
    }

    static void hold(ComboBox<?> box) {
        box.addAttachListener(e -> box.getElement().executeJs(SCRIPT));
    }
}
