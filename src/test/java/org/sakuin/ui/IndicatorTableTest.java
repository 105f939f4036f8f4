package org.sakuin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeDetails;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.plan.IndicatorValue;
import org.sakuin.search.IndicatorEntry;

class IndicatorTableTest {

    @Test
    void manyActualYearsCollapseToTheLatestWithTheRestOnDemand() {
        Component cell = IndicatorTable.actuals(entry(List.of(new IndicatorValue("152", 2016, "152"),
                new IndicatorValue("155", 2017, "155"), new IndicatorValue("160", 2018, "160"))));

        assertThat(cell).isInstanceOf(NativeDetails.class);
        NativeDetails details = (NativeDetails) cell;
        assertThat(details.getSummary().getElement().getTextRecursively()).isEqualTo("160（2018年度）ほか2年度");
        assertThat(details.getContent().getElement().getTextRecursively())
                .isEqualTo("152（2016年度）、155（2017年度）、160（2018年度）");
    }

    @Test
    void oneActualIsShownAsItIs() {
        assertThat(IndicatorTable.actuals(entry(List.of(new IndicatorValue("152", 2016, "152")))).getElement()
                .getTextRecursively()).isEqualTo("152（2016年度）");
    }

    private static IndicatorEntry entry(List<IndicatorValue> actuals) {
        return new IndicatorEntry("doc-1", "取組数", "成果指標", "事業", null, actuals, null, false, List.of(),
                null, "旭川市", "北海道", "計画", "基本計画", "a.docx", "doc", 1, "節", null);
    }
}
