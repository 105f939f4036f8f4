package org.sakuin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sakuin.search.IndicatorComparison;
import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.SearchService;

/**
 * One indicator beside the most similar indicators of other towns ({@code /indicators/compare/{id}}) whose
 * units agree with its own, or convert to it: where each starts, where it aims, and a link to each source page;
 * the similar ones in other units are listed apart, with why.
 */
@Route(value = IndicatorExplorerView.ROUTE + "/compare", layout = SakuinLayout.class)
@PageTitle("指標の比較 — Sakuin 索引")
@AnonymousAllowed
public class IndicatorCompareView extends Div implements HasUrlParameter<String> {

    private static final int SIMILAR = 10;
    private static final List<IndicatorTable.Column> COLUMNS = List.of(IndicatorTable.MUNICIPALITY, IndicatorTable.NAME,
            IndicatorTable.BASELINE, IndicatorTable.TARGETS, IndicatorTable.UNIT, IndicatorTable.ACHIEVEMENT,
            IndicatorTable.SOURCE);

    private final SearchService search;

    public IndicatorCompareView(SearchService search) {
        this.search = search;
        addClassName("compare-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        H1 title = new H1("指標を自治体間で比べる");
        RouterLink back = new RouterLink("← 指標一覧へ", IndicatorExplorerView.class);
        back.addClassName("back");
        add(back, title);

        Optional<IndicatorComparison> found = search.compareIndicator(id, SIMILAR);
        if (found.isEmpty()) {
            add(message("この指標は見つかりませんでした。索引が作り直されたか、アドレスが誤っている可能性があります。"));
            return;
        }
        IndicatorComparison comparison = found.get();
        IndicatorEntry indicator = comparison.chosen().indicator();
        String subject = "「" + indicator.name() + "」（" + IndicatorFormat.orNone(indicator.municipality()) + "）";
        int similar = comparison.comparable().size() + comparison.leftOut().size();
        add(message(similar == 0 ? subject + "に似た指標は、ほかの自治体の計画書には見つかりませんでした。"
                : subject + "と、名前の似たほかの自治体の指標のうち単位の揃う " + comparison.comparable().size()
                        + " 件です（単位: " + IndicatorFormat.orNone(indicator.unit()) + "）。"));

        List<IndicatorComparison.Compared> compared = new ArrayList<>(comparison.comparable());
        compared.addFirst(comparison.chosen());
        List<IndicatorEntry> rows = compared.stream().map(IndicatorComparison.Compared::indicator).toList();
        IndicatorTable table = new IndicatorTable(COLUMNS, rows);
        table.addClassName("compare-table");
        table.getBody().getRow(0).ifPresent(row -> row.addClassName("chosen"));
        Div scroll = new Div(table);
        scroll.addClassName("table-scroll");
        add(scroll);
        compared.stream().filter(c -> c.conversion() != null).forEach(c -> add(paragraph(
                IndicatorFormat.orNone(c.indicator().municipality()) + "「" + c.indicator().name() + "」は "
                        + c.conversion() + " に換算して並べています。", "compare-note")));
        if (!comparison.leftOut().isEmpty()) {
            add(leftOut(comparison.leftOut()));
        }
        Div charts = new Div();
        charts.addClassName("compare-charts");
        rows.forEach(row -> charts.add(chartCard(row)));
        add(charts);
    }

    /** The similar indicators not put side by side, each with why: a reader may still want to open them. */
    private static Div leftOut(List<IndicatorComparison.LeftOut> leftOut) {
        H2 heading = new H2("単位が揃わないため並べなかった指標（" + leftOut.size() + " 件）");
        UnorderedList list = new UnorderedList();
        for (IndicatorComparison.LeftOut out : leftOut) {
            IndicatorEntry e = out.indicator();
            list.add(new ListItem(new Span(IndicatorFormat.orNone(e.municipality()) + "「" + e.name() + "」: "
                    + out.reason() + " "), IndicatorTable.sourceLink(e)));
        }
        Div box = new Div(heading, list);
        box.addClassName("compare-left-out");
        return box;
    }

    /** A small chart per town, side by side, to see where each starts and aims at a glance. */
    private static Div chartCard(IndicatorEntry indicator) {
        Paragraph town = new Paragraph(IndicatorFormat.orNone(indicator.municipality()));
        town.addClassName("chart-town");
        Paragraph name = new Paragraph(indicator.name());
        name.addClassName("chart-name");
        Div card = new Div(town, name, IndicatorChart.component(indicator, false));
        card.addClassName("chart-card");
        return card;
    }

    private static Paragraph message(String text) {
        return paragraph(text, "lead");
    }

    private static Paragraph paragraph(String text, String className) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName(className);
        return paragraph;
    }
}
