package org.sakuin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sakuin.search.FacetValue;

/**
 * The facets beside the results: per dimension each value with its count and a checkbox. Ticking one hands the
 * page a new {@link SearchState}; the page puts it in the address, which runs the search again.
 */
final class FacetSidebar extends Aside {

    private final Consumer<SearchState> onChange;

    FacetSidebar(Consumer<SearchState> onChange) {
        this.onChange = onChange;
        addClassName("facet-sidebar");
        getElement().setAttribute("aria-label", "絞り込み");
    }

    /** The counts of these results; values ticked but no longer counted stay listed, so they can be unticked. */
    void show(SearchState state, Map<String, List<FacetValue>> facets) {
        removeAll();
        H2 title = new H2("絞り込み");
        Button clear = new Button("すべて解除", e -> onChange.accept(state.withoutSelection()));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clear.addClassName("facet-clear");
        clear.setEnabled(state.hasSelection());
        Div head = new Div(title, clear);
        head.addClassName("facet-head");
        add(head);
        SearchState.DIMENSIONS.forEach((dimension, label) -> {
            List<FacetValue> values = withSelected(facets.getOrDefault(dimension, List.of()), state.selected(dimension));
            if (!values.isEmpty()) {
                add(group(state, dimension, label, values));
            }
        });
    }

    private Div group(SearchState state, String dimension, String label, List<FacetValue> values) {
        Div group = new Div();
        group.addClassName("facet-group");
        group.getElement().setAttribute("data-facet", dimension);
        Span name = new Span(label);
        name.addClassName("facet-group-name");
        group.add(name);
        for (FacetValue value : values) {
            Checkbox box = new Checkbox(dimension.equals("fy") ? value.value() + "年度" : value.value(),
                    state.selected(dimension).contains(value.value()));
            box.addClassName("facet-option");
            box.addValueChangeListener(e -> onChange.accept(state.with(dimension, value.value(), e.getValue())));
            Span count = new Span(String.valueOf(value.count()));
            count.addClassName("facet-count");
            Div row = new Div(box, count);
            row.addClassName("facet-row");
            group.add(row);
        }
        return group;
    }

    private static List<FacetValue> withSelected(List<FacetValue> counted, List<String> selected) {
        List<FacetValue> values = new ArrayList<>(counted);
        selected.stream().filter(v -> counted.stream().noneMatch(c -> c.value().equals(v)))
                .forEach(v -> values.add(new FacetValue(v, 0)));
        return values;
    }
}
