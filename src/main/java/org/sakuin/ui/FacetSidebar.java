package org.sakuin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sakuin.gazetteer.Gazetteer;
import org.sakuin.search.FacetValue;

/**
 * The facets beside the results: per dimension each value with its count and a checkbox, and a range of fiscal
 * years. Ticking one hands the page a new {@link SearchState}; the page puts it in the address, which runs the
 * search again.
 */
final class FacetSidebar extends Aside {

    private static final String UNKNOWN_PREFECTURE = "都道府県不明";
    /**
     * Prefectures as every Japanese list orders them, by code (北海道 … 沖縄県), so a reader finds one where
     * they expect it rather than hunting a list reordered by each search's counts; 都道府県不明 last.
     */
    private static final Comparator<String> PREFECTURE_ORDER = Gazetteer.japan().prefectureOrder();

    /** The years a plan of a Japanese town may concern: the Shōwa era's start to well past any plan's end. */
    private static final int MIN_YEAR = 1926;
    private static final int MAX_YEAR = 2100;

    private final Consumer<SearchState> onChange;

    FacetSidebar(Consumer<SearchState> onChange) {
        this.onChange = onChange;
        addClassName("facet-sidebar");
        getElement().setAttribute("aria-label", "絞り込み");
    }

    /**
     * The counts of these results; values ticked but no longer counted stay listed, so they can be unticked.
     * Towns are listed under their prefecture (from {@code prefectures}); prefectures are in code order.
     */
    void show(SearchState state, Map<String, List<FacetValue>> facets, Map<String, String> prefectures) {
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
            if (dimension.equals("prefecture")) {
                values.sort(Comparator.comparing(FacetValue::value, PREFECTURE_ORDER));
            }
            if (dimension.equals("fy")) {
                add(yearRange(state));
            }
            if (!values.isEmpty()) {
                add(dimension.equals("municipality") ? townsByPrefecture(state, label, values, prefectures)
                        : group(state, dimension, label, values));
            }
        });
    }

    /**
     * 年度の範囲: from and to, either left empty for an open end, applied together. A range typed backwards is
     * what the reader meant the right way round.
     */
    private Div yearRange(SearchState state) {
        Div group = emptyGroup("fyRange", "年度の範囲");
        IntegerField from = yearField("から", "fy-from", state.years().from());
        IntegerField to = yearField("まで", "fy-to", state.years().to());
        Button apply = new Button("適用", e -> {
            Integer a = from.getValue();
            Integer b = to.getValue();
            boolean backwards = a != null && b != null && a > b;
            onChange.accept(state.withYears(backwards ? new SearchState.YearRange(b, a) : new SearchState.YearRange(a, b)));
        });
        apply.addThemeVariants(ButtonVariant.LUMO_SMALL);
        apply.addClassName("fy-range-apply");
        Div fields = new Div(from, new Span("〜"), to, apply);
        fields.addClassName("fy-range");
        group.add(fields);
        return group;
    }

    private static IntegerField yearField(String label, String className, Integer year) {
        IntegerField field = new IntegerField();
        field.setAriaLabel("年度（" + label + "）");
        field.setPlaceholder(label);
        field.setMin(MIN_YEAR);
        field.setMax(MAX_YEAR);
        field.setValue(year);
        field.addClassName(className);
        return field;
    }

    private Div group(SearchState state, String dimension, String label, List<FacetValue> values) {
        Div group = emptyGroup(dimension, label);
        values.forEach(value -> group.add(row(state, dimension, value)));
        return group;
    }

    /** Towns under their prefecture, prefectures in code order; towns of no known prefecture last. */
    private Div townsByPrefecture(SearchState state, String label, List<FacetValue> towns,
                                  Map<String, String> prefectures) {
        Map<String, List<FacetValue>> byPrefecture = new LinkedHashMap<>();
        towns.forEach(town -> byPrefecture.computeIfAbsent(prefectures.getOrDefault(town.value(), UNKNOWN_PREFECTURE),
                p -> new ArrayList<>()).add(town));
        Div group = emptyGroup("municipality", label);
        byPrefecture.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(PREFECTURE_ORDER))
                .forEach(e -> {
                    Span prefecture = new Span(e.getKey());
                    prefecture.addClassName("facet-subgroup-name");
                    group.add(prefecture);
                    e.getValue().forEach(town -> group.add(row(state, "municipality", town)));
                });
        return group;
    }

    private static Div emptyGroup(String dimension, String label) {
        Div group = new Div();
        group.addClassName("facet-group");
        group.getElement().setAttribute("data-facet", dimension);
        Span name = new Span(label);
        name.addClassName("facet-group-name");
        group.add(name);
        return group;
    }

    private Div row(SearchState state, String dimension, FacetValue value) {
        Checkbox box = new Checkbox(dimension.equals("fy") ? value.value() + "年度" : value.value(),
                state.selected(dimension).contains(value.value()));
        box.addClassName("facet-option");
        box.addValueChangeListener(e -> onChange.accept(state.with(dimension, value.value(), e.getValue())));
        Span count = new Span(String.valueOf(value.count()));
        count.addClassName("facet-count");
        Div row = new Div(box, count);
        row.addClassName("facet-row");
        return row;
    }

    private static List<FacetValue> withSelected(List<FacetValue> counted, List<String> selected) {
        List<FacetValue> values = new ArrayList<>(counted);
        selected.stream().filter(v -> counted.stream().noneMatch(c -> c.value().equals(v)))
                .forEach(v -> values.add(new FacetValue(v, 0)));
        return values;
    }
}
