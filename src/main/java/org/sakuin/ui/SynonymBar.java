package org.sakuin.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.BiConsumer;
import org.sakuin.search.SynonymUse;

/**
 * The synonym groups a search used (「自治会」は「町内会」も検索), each with a checkbox to switch it off, so the
 * reader sees why a passage matched without the typed word and can search the word alone.
 */
final class SynonymBar extends Div {

    SynonymBar(List<SynonymUse> synonyms, BiConsumer<String, Boolean> onSwitch) {
        addClassName("synonym-bar");
        setVisible(!synonyms.isEmpty());
        if (synonyms.isEmpty()) {
            return;
        }
        add(new Span("同義語も検索:"));
        for (SynonymUse use : synonyms) {
            Checkbox box = new Checkbox(String.join("・", use.words()), use.applied());
            box.addClassName("synonym");
            box.addValueChangeListener(e -> onSwitch.accept(use.group(), e.getValue()));
            add(box);
        }
    }
}
