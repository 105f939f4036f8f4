package org.sakuin.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sakuin.search.Benchmark;
import org.sakuin.search.FacetValue;
import org.sakuin.search.SearchRequest;
import org.sakuin.search.SearchService;

/**
 * 施策比較 ({@code /benchmark?area=…&q=…}): for one policy area, and optional words, a row per town with its
 * measures and its indicators, to see what each town does and aims at side by side.
 */
@Route(value = BenchmarkView.ROUTE, layout = SakuinLayout.class)
@PageTitle("施策比較 — Sakuin 索引")
@AnonymousAllowed
public class BenchmarkView extends Div implements BeforeEnterObserver {

    static final String ROUTE = "benchmark";

    private final SearchService search;
    private final ComboBox<String> area = new ComboBox<>("政策分野");
    private final TextField words = new TextField("キーワード（任意）");
    private final Paragraph summary = new Paragraph();
    private final NativeTable table = new NativeTable();
    private final Div scroll = new Div(table);

    public BenchmarkView(SearchService search) {
        this.search = search;
        addClassName("benchmark-view");

        H1 title = new H1("施策比較");
        Paragraph lead = new Paragraph("政策分野を選ぶと、自治体ごとの施策（計画の見出し）と指標の基準値・目標値を横に並べて比べます。");
        lead.addClassName("lead");

        area.setItems(areas());
        area.setPlaceholder("分野を選択");
        area.addClassName("benchmark-area");
        words.setPlaceholder("例: 連携");
        words.setClearButtonVisible(true);
        words.addClassName("benchmark-query");
        words.addKeyPressListener(Key.ENTER, e -> submit());
        Button go = new Button("比較", e -> submit());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(area, words, go);
        form.addClassName("benchmark-form");

        summary.addClassName("summary");
        table.addClassName("benchmark-table");
        NativeTableRow head = table.getHead().addRow();
        List.of("自治体", "施策", "指標").forEach(text -> head.addHeaderCell().setText(text));
        // the rows scroll sideways within this box, the town names staying at its left edge
        scroll.addClassName("benchmark-scroll");
        scroll.setVisible(false);
        add(title, lead, form, summary, scroll);
    }

    /** The areas the indexed plans speak of, most passages first: a blank search counts every passage. */
    private List<String> areas() {
        return search.search(SearchRequest.of("", 1)).facets().getOrDefault("area", List.of()).stream()
                .map(FacetValue::value).toList();
    }

    private void submit() {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (area.getValue() != null) {
            parameters.put("area", List.of(area.getValue()));
        }
        if (!words.getValue().isBlank()) {
            parameters.put("q", List.of(words.getValue().strip()));
        }
        getUI().ifPresent(ui -> ui.navigate(BenchmarkView.class, new QueryParameters(parameters)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters parameters = event.getLocation().getQueryParameters();
        String chosen = parameters.getSingleParameter("area").filter(a -> !a.isBlank()).orElse(null);
        String query = parameters.getSingleParameter("q").orElse("").strip();
        area.setValue(chosen);
        words.setValue(query);
        table.getBody().removeAllRows();
        scroll.setVisible(false);
        if (chosen == null) {
            summary.setText("政策分野を選んでください。");
            return;
        }
        Benchmark benchmark = search.benchmark(chosen, query);
        summary.setText(benchmark.towns().isEmpty()
                ? "「" + chosen + "」に当たる施策は見つかりませんでした。"
                : "「" + chosen + "」" + (query.isEmpty() ? "" : "×「" + query + "」") + ": "
                        + benchmark.towns().size() + " 自治体");
        benchmark.towns().forEach(town -> table.getBody().add(new TownRow(town)));
        scroll.setVisible(!benchmark.towns().isEmpty());
    }
}
