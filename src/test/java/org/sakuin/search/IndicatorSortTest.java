package org.sakuin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.plan.IndicatorValue;

/** The explorer's sort as its address writes it, and the order it gives. */
class IndicatorSortTest {

    @Test
    void aMinusBeforeTheColumnSortsDescendingAndWordsStayLastEitherWay() {
        List<IndicatorEntry> indicators = List.of(withBaseline("a", "現状維持"), withBaseline("b", "3"),
                withBaseline("c", "41383"), withBaseline("d", null), withBaseline("e", "12.5"));

        assertThat(IndicatorSort.parse("baseline").sorted(indicators)).extracting(IndicatorEntry::id)
                .startsWith("b", "e", "c");
        assertThat(IndicatorSort.parse("-baseline").sorted(indicators)).extracting(IndicatorEntry::id)
                .startsWith("c", "e", "b");
        assertThat(IndicatorSort.parse("-baseline").parameter()).isEqualTo("-baseline");
    }

    @Test
    void anUnknownColumnIsAnErrorForTheApiAndNoSortForAHandEditedAddress() {
        assertThatThrownBy(() -> IndicatorSort.parse("colour")).isInstanceOf(IllegalArgumentException.class);
        assertThat(IndicatorSort.lenient("-colour")).isEqualTo(IndicatorSort.NONE);
        assertThat(IndicatorSort.lenient("-name")).isEqualTo(new IndicatorSort(IndicatorSort.NAME, true));
        assertThat(IndicatorSort.parse(" ").isNone()).isTrue();
    }

    private static IndicatorEntry withBaseline(String id, String value) {
        return new IndicatorEntry(id, "指標" + id, "成果指標", "人", value == null ? null : new IndicatorValue(value, 2020, value),
                List.of(), null, false, List.of(), null, "町", "県", "計画", "基本計画", "a.pdf", "doc", 1, "節", "");
    }
}
