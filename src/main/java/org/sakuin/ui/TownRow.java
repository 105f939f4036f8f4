package org.sakuin.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.sakuin.search.TownMeasures;

/**
 * One town's row of the benchmark: its name (the cell that stays in view while the row scrolls sideways), its
 * measures, most matched first, and its indicators. What a town lacks is said once, in its cell.
 */
final class TownRow extends NativeTableRow {

    static final String NO_MEASURES = "該当する施策の見出しはありません";
    static final String NO_INDICATORS = "この分野の指標はありません";
    /** Narrow columns: where each indicator starts and aims, and its page. */
    private static final List<IndicatorTable.Column> COLUMNS = List.of(IndicatorTable.NAME, IndicatorTable.BASELINE,
            IndicatorTable.TARGETS, IndicatorTable.UNIT, IndicatorTable.SOURCE);

    TownRow(TownMeasures town) {
        addClassName("town-row");
        NativeTableHeaderCell name = addHeaderCell();
        name.getElement().setAttribute("scope", "row");
        name.addClassName("town-name");
        Span prefecture = new Span(IndicatorFormat.orNone(town.prefecture()));
        prefecture.addClassName("town-pref");
        name.add(new Span(town.municipality()), prefecture);

        NativeTableCell measures = addDataCell();
        measures.addClassName("town-measures");
        if (town.measures().isEmpty()) {
            measures.add(none(NO_MEASURES));
        } else {
            UnorderedList list = new UnorderedList();
            town.measures().forEach(measure -> list.add(new ListItem(measure)));
            measures.add(list);
        }
        NativeTableCell indicators = addDataCell();
        indicators.addClassName("town-indicators");
        indicators.add(town.indicators().isEmpty() ? none(NO_INDICATORS)
                : new IndicatorTable(COLUMNS, town.indicators()));
    }

    private static Paragraph none(String text) {
        Paragraph none = new Paragraph(text);
        none.addClassName("town-none");
        return none;
    }
}
