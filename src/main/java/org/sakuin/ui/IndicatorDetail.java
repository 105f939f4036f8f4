package org.sakuin.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sakuin.search.IndicatorEntry;

/**
 * The indicator chosen in the explorer: where it stands, its figures (the columns of {@link IndicatorTable},
 * one a line), their chart with a switch to zoom its value axis, and links onwards.
 */
final class IndicatorDetail extends Div {

    static final String HINT = "表の行を選ぶと、基準値・実績・目標値の推移をグラフで表示します。";
    static final String ZOOM = "縦軸を値の範囲に拡大（0 から始めない）";
    private static final List<IndicatorTable.Column> FIGURES = List.of(IndicatorTable.BASELINE,
            IndicatorTable.ACTUALS, IndicatorTable.TARGETS, IndicatorTable.UNIT, IndicatorTable.ACHIEVEMENT);

    IndicatorDetail() {
        addClassName("indicator-detail");
        clear();
    }

    void clear() {
        removeAll();
        Paragraph hint = new Paragraph(HINT);
        hint.addClassName("detail-hint");
        add(hint);
    }

    void show(IndicatorEntry indicator) {
        removeAll();
        Span kind = new Span(indicator.kind());
        kind.addClassName("detail-kind");
        H2 name = new H2(indicator.name());
        name.addClassName("detail-name");

        Paragraph where = new Paragraph(Stream.of(indicator.municipality(), indicator.prefecture(), indicator.plan())
                .filter(Objects::nonNull).collect(Collectors.joining("・")));
        where.addClassName("detail-where");
        Paragraph section = new Paragraph(IndicatorFormat.orNone(indicator.section()));
        section.addClassName("detail-section");

        Div figures = new Div();
        figures.addClassName("detail-figures");
        for (IndicatorTable.Column column : FIGURES) {
            Span label = new Span(column.header());
            label.addClassName("detail-label");
            figures.add(label, column.cell().apply(indicator));
        }

        Div links = new Div(IndicatorTable.sourceLink(indicator), IndicatorTable.compareLink(indicator));
        links.addClassName("detail-links");

        Div chart = new Div(IndicatorChart.component(indicator, false));
        chart.addClassName("detail-chart");
        Checkbox zoom = new Checkbox(ZOOM);
        zoom.addClassName("chart-zoom");
        zoom.addValueChangeListener(e -> {
            chart.removeAll();
            chart.add(IndicatorChart.component(indicator, e.getValue()));
        });
        add(kind, name, where, section, figures, chart, zoom);
        if (indicator.description() != null && !indicator.description().isBlank()) {
            Paragraph description = new Paragraph(indicator.description());
            description.addClassName("detail-description");
            add(description);
        }
        add(links);
    }
}
