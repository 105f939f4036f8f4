package org.sakuin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.sakuin.search.FacetValue;

/**
 * The explorer's filters: words in the name, and municipality, kind, unit and fiscal year chosen from the
 * values the indicators have. Tells its listener the whole filter whenever the user changes a part.
 */
final class IndicatorFilterBar extends Div {

    private final TextField name = new TextField();
    private final ComboBox<String> municipality = new ComboBox<>("自治体");
    private final ComboBox<String> kind = new ComboBox<>("種別");
    private final ComboBox<String> unit = new ComboBox<>("単位");
    private final ComboBox<Integer> year = new ComboBox<>("年度");
    private final Consumer<IndicatorFilter> listener;
    /** Set while the page fills the fields from its address, which is no change by the user. */
    private boolean filling;

    IndicatorFilterBar(Consumer<IndicatorFilter> listener) {
        this.listener = listener;
        addClassName("indicator-filters");

        name.setLabel("指標名");
        name.setPlaceholder("例: 自治会、参加者数");
        name.setPrefixComponent(VaadinIcon.SEARCH.create());
        name.setClearButtonVisible(true);
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.addClassName("filter-name");
        year.setItemLabelGenerator(IndicatorFormat::year);
        for (ComboBox<?> box : List.of(municipality, kind, unit, year)) {
            box.setClearButtonVisible(true);
            box.setPlaceholder("すべて");
        }
        name.addValueChangeListener(e -> changed());
        List.of(municipality, kind, unit, year).forEach(box -> box.addValueChangeListener(e -> changed()));

        Button reset = new Button("条件をクリア", VaadinIcon.CLOSE_SMALL.create(), e -> {
            show(IndicatorFilter.ANY);
            listener.accept(IndicatorFilter.ANY);
        });
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reset.addClassName("filter-reset");

        add(name, municipality, kind, unit, year, reset);
    }

    /** The choices: the facet values over all indicators. */
    void setOptions(Map<String, List<FacetValue>> facets) {
        municipality.setItems(values(facets, "municipality"));
        kind.setItems(values(facets, "kind"));
        unit.setItems(values(facets, "unit"));
        year.setItems(values(facets, "fy").stream().filter(v -> v.matches("[0-9]{4}")).map(Integer::valueOf)
                .sorted(Comparator.naturalOrder()).toList());
    }

    /** Shows a filter (from the address) without telling the listener. */
    void show(IndicatorFilter filter) {
        filling = true;
        try {
            name.setValue(filter.query() == null ? "" : filter.query());
            municipality.setValue(filter.municipality());
            kind.setValue(filter.kind());
            unit.setValue(filter.unit());
            year.setValue(filter.fy());
        } finally {
            filling = false;
        }
    }

    IndicatorFilter value() {
        return new IndicatorFilter(name.getValue(), municipality.getValue(), kind.getValue(), unit.getValue(),
                year.getValue());
    }

    private void changed() {
        if (!filling) {
            listener.accept(value());
        }
    }

    private static List<String> values(Map<String, List<FacetValue>> facets, String dimension) {
        return facets.getOrDefault(dimension, List.of()).stream().map(FacetValue::value).toList();
    }
}
