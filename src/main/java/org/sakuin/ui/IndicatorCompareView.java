package org.sakuin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.SearchService;

/**
 * One indicator beside the most similar indicators of other towns ({@code /indicators/compare/{id}}): where
 * each starts, where it aims, and a link to each source page.
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

        Optional<IndicatorEntry> chosen = search.indicatorsById(List.of(id)).stream().findFirst();
        if (chosen.isEmpty()) {
            add(message("この指標は見つかりませんでした。索引が作り直されたか、アドレスが誤っている可能性があります。"));
            return;
        }
        IndicatorEntry indicator = chosen.get();
        List<IndicatorEntry> similar = search.similarIndicators(id, SIMILAR);
        String subject = "「" + indicator.name() + "」（" + IndicatorFormat.orNone(indicator.municipality()) + "）";
        Paragraph lead = message(similar.isEmpty()
                ? subject + "に似た指標は、ほかの自治体の計画書には見つかりませんでした。"
                : subject + "と、名前の似たほかの自治体の指標 " + similar.size() + " 件です。");

        List<IndicatorEntry> rows = new ArrayList<>(similar);
        rows.addFirst(indicator);
        IndicatorTable table = new IndicatorTable(COLUMNS, rows);
        table.addClassName("compare-table");
        table.getBody().getRow(0).ifPresent(row -> row.addClassName("chosen"));
        Div scroll = new Div(table);
        scroll.addClassName("table-scroll");
        Div charts = new Div();
        charts.addClassName("compare-charts");
        rows.forEach(row -> charts.add(chartCard(row)));
        add(lead, scroll, charts);
    }

    /** A small chart per town, side by side, to see where each starts and aims at a glance. */
    private static Div chartCard(IndicatorEntry indicator) {
        Paragraph town = new Paragraph(IndicatorFormat.orNone(indicator.municipality()));
        town.addClassName("chart-town");
        Paragraph name = new Paragraph(indicator.name());
        name.addClassName("chart-name");
        Div card = new Div(town, name, IndicatorChart.component(indicator));
        card.addClassName("chart-card");
        return card;
    }

    private static Paragraph message(String text) {
        Paragraph message = new Paragraph(text);
        message.addClassName("lead");
        return message;
    }
}
