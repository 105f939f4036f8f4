package org.sakuin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.function.Function;
import org.sakuin.plan.IndicatorValue;
import org.sakuin.search.IndicatorEntry;

/** Indicators as a plain HTML table with the columns a page chooses: compact under a hit, wide when comparing. */
final class IndicatorTable extends NativeTable {

    /** A column: its header, a class for its cells, and what a row shows in it. */
    record Column(String header, String className, Function<IndicatorEntry, Component> cell) {

        static Column text(String header, String className, Function<IndicatorEntry, String> text) {
            return new Column(header, className, indicator -> new Span(text.apply(indicator)));
        }
    }

    static final Column MUNICIPALITY = Column.text("自治体", "ind-town", e -> IndicatorFormat.orNone(e.municipality()));
    static final Column NAME = Column.text("指標", "ind-name", IndicatorEntry::name);
    static final Column BASELINE = Column.text("基準値", "ind-figure", e -> IndicatorFormat.figure(e.baseline()));
    static final Column ACTUALS = new Column("実績", "ind-figures", IndicatorTable::actuals);
    static final Column TARGETS = new Column("目標値", "ind-figures", e -> figureList(e.targets()));
    static final Column UNIT = Column.text("単位", "ind-unit", e -> IndicatorFormat.orNone(e.unit()));
    static final Column ACHIEVEMENT = Column.text("達成率", "ind-figure", IndicatorFormat::achievement);
    static final Column SOURCE = new Column("原文", "ind-links", IndicatorTable::sourceLink);
    static final Column LINKS = new Column("", "ind-links", e -> {
        Span links = new Span(sourceLink(e), compareLink(e));
        links.addClassName("ind-link-pair");
        return links;
    });

    IndicatorTable(List<Column> columns, List<IndicatorEntry> indicators) {
        addClassName("indicator-table");
        NativeTableRow header = getHead().addRow();
        columns.forEach(column -> header.addHeaderCell().setText(column.header()));
        for (IndicatorEntry indicator : indicators) {
            NativeTableRow row = getBody().addRow();
            for (Column column : columns) {
                var cell = row.addDataCell();
                cell.addClassName(column.className());
                cell.add(column.cell().apply(indicator));
            }
        }
    }

    /**
     * The latest actual; earlier years on demand, so a plan that reports every year does not take the table's width
     * from the indicator's name.
     */
    static Component actuals(IndicatorEntry indicator) {
        List<IndicatorValue> values = indicator.actuals().stream().filter(v -> v.value() != null).toList();
        if (values.size() < 2) {
            return figureList(values);
        }
        NativeDetails details = new NativeDetails(IndicatorFormat.figure(values.getLast()), figureList(values));
        details.addClassName("ind-actuals");
        details.getElement().setAttribute("title", "全 " + values.size() + " 年度の実績を表示");
        Span more = new Span("ほか" + (values.size() - 1) + "年度");
        more.addClassName("ind-more");
        details.getSummary().getElement().appendChild(more.getElement());
        return details;
    }

    /** Figures separated by 、, a line breaking between two figures only, never inside one. */
    private static Span figureList(List<IndicatorValue> values) {
        List<IndicatorValue> shown = values.stream().filter(v -> v.value() != null).toList();
        Span list = new Span();
        if (shown.isEmpty()) {
            list.setText(IndicatorFormat.NONE);
        }
        for (int i = 0; i < shown.size(); i++) {
            Span figure = new Span(IndicatorFormat.figure(shown.get(i)) + (i < shown.size() - 1 ? "、" : ""));
            figure.addClassName("ind-one");
            list.add(figure);
        }
        return list;
    }

    /** The indicator's page in the original file, in a new tab. */
    static Anchor sourceLink(IndicatorEntry indicator) {
        Anchor link = new Anchor(SourceLinks.of(indicator),
                SourceLinks.hasPages(indicator) ? indicator.page() + "ページ" : "原文");
        link.setTarget(AnchorTarget.BLANK);
        link.addClassName("ind-source");
        link.getElement().setAttribute("title", "原文を開く");
        return link;
    }

    /** The same indicator in other towns. */
    static RouterLink compareLink(IndicatorEntry indicator) {
        RouterLink link = new RouterLink("他の自治体と比較", IndicatorCompareView.class, indicator.id());
        link.addClassName("ind-compare");
        return link;
    }
}
