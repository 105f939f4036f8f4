package org.sakuin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.SearchService;
import org.sakuin.web.CorpusIndicators;
import org.sakuin.web.IndexedCorpusTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The comparison page: an indicator beside the similar indicators of other towns. */
@IndexedCorpusTest
class IndicatorCompareViewTest extends SpringBrowserlessTest {

    @Autowired
    SearchService search;

    @Test
    void theChosenIndicatorComesFirstAndTheOthersAreOfOtherTowns() {
        IndicatorEntry chosen = CorpusIndicators.named(search, "国内姉妹都市の交流事業参加者数");

        UI.getCurrent().navigate(IndicatorCompareView.class, chosen.id());

        IndicatorTable table = $(IndicatorTable.class).single();
        List<NativeTableRow> rows = table.getBody().getRows();
        assertThat(rows.size()).isGreaterThan(1);
        assertThat(rows.getFirst().hasClassName("chosen")).isTrue();
        assertThat(cells(rows.getFirst())).startsWith("旭川市", "国内姉妹都市の交流事業参加者数", "136（2014年度）",
                "170（2019年度）", "人", "54.7%");
        assertThat(rows.subList(1, rows.size())).allSatisfy(row -> assertThat(cells(row).getFirst()).isNotEqualTo("旭川市"));
        assertThat(rows.subList(1, rows.size())).extracting(row -> cells(row).get(1))
                .contains("姉妹都市佐渡市指定保養所の利用者数");

        List<Anchor> sources = $(Anchor.class, table).withClassName("ind-source").all();
        assertThat(sources).hasSize(rows.size());
        assertThat(sources).extracting(Anchor::getHref).allMatch(href -> href.startsWith("/source/"));
        assertThat(sources.get(1).getHref()).contains("#page=");
        assertThat($(Svg.class).all()).as("a chart per town").hasSize(rows.size())
                .allSatisfy(chart -> assertThat(chart.getElement().getProperty("innerHTML")).startsWith("<svg"));
    }

    @Test
    void anUnknownIndicatorSaysSo() {
        UI.getCurrent().navigate(IndicatorCompareView.class, "no-such-indicator");

        assertThat($(IndicatorTable.class).exists()).isFalse();
        assertThat($(IndicatorCompareView.class).single().getElement().getTextRecursively())
                .contains("この指標は見つかりませんでした");
    }

    private static List<String> cells(NativeTableRow row) {
        return row.getDataCells().stream().map(cell -> cell.getElement().getTextRecursively()).toList();
    }
}
