package org.sakuin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.sakuin.search.TownMeasures;

/** One town's column of the benchmark: its measures, most matched first, then its indicators. */
final class TownColumn extends Section {

    /** Narrow columns: where each indicator starts and aims, and its page. */
    private static final List<IndicatorTable.Column> COLUMNS = List.of(IndicatorTable.NAME, IndicatorTable.BASELINE,
            IndicatorTable.TARGETS, IndicatorTable.UNIT, IndicatorTable.SOURCE);

    TownColumn(TownMeasures town) {
        addClassName("town-column");
        H2 name = new H2(town.municipality());
        name.addClassName("town-name");
        Span prefecture = new Span(IndicatorFormat.orNone(town.prefecture()));
        prefecture.addClassName("town-pref");
        add(name, prefecture, heading("施策（" + town.measures().size() + "）"));
        if (town.measures().isEmpty()) {
            add(new Paragraph("該当する施策の見出しはありません。"));
        } else {
            UnorderedList measures = new UnorderedList();
            measures.addClassName("town-measures");
            town.measures().forEach(measure -> measures.add(new ListItem(measure)));
            add(measures);
        }
        add(heading("指標（" + town.indicators().size() + "）"));
        if (town.indicators().isEmpty()) {
            add(new Paragraph("この分野の指標はありません。"));
        } else {
            Div scroll = new Div(new IndicatorTable(COLUMNS, town.indicators()));
            scroll.addClassName("table-scroll");
            add(scroll);
        }
    }

    private static H3 heading(String text) {
        H3 heading = new H3(text);
        heading.addClassName("town-heading");
        return heading;
    }
}
