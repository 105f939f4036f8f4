package org.sakuin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sakuin.index.PassageSort;

class AddressCheckTest {

    private final AddressCheck check = new AddressCheck(Map.of("municipality", Set.of("入間市", "旭川市")));

    @Test
    void aYearThatIsNoNumberAndAnUnknownTownAreLeftOutAndNamed() {
        AddressCheck.Checked read = check.read(QueryParameters.full(Map.of("q", new String[] {"連携"},
                "fy", new String[] {"abc", "2024"}, "municipality", new String[] {"港区", "入間市"})));

        assertThat(read.state().selected("fy")).containsExactly("2024");
        assertThat(read.state().selected("municipality")).containsExactly("入間市");
        assertThat(read.ignored()).containsExactlyInAnyOrder("年度「abc」", "自治体「港区」");
    }

    @Test
    void onlyInvalidValuesLeaveNothingSelected() {
        AddressCheck.Checked read = check.read(QueryParameters.full(Map.of("q", new String[] {"連携"},
                "fy", new String[] {"abc"}, "municipality", new String[] {"港区"})));

        assertThat(read.state().hasSelection()).isFalse();
        assertThat(read.state().filter().municipalities()).isEmpty();
        assertThat(read.ignored()).hasSize(2);
    }

    @Test
    void theOrderThePageAndTheRangeOfYearsAreRead() {
        AddressCheck.Checked read = check.read(QueryParameters.full(Map.of("q", new String[] {"計画"},
                "sort", new String[] {"year"}, "page", new String[] {"3"}, "fyFrom", new String[] {"2020"},
                "fyTo", new String[] {"2025"})));

        assertThat(read.ignored()).isEmpty();
        assertThat(read.state().sort()).isEqualTo(PassageSort.YEAR);
        assertThat(read.state().page()).isEqualTo(3);
        assertThat(read.state().filter().fiscalYearFrom()).isEqualTo(2020);
        assertThat(read.state().filter().fiscalYearTo()).isEqualTo(2025);
        assertThat(read.state().hasSelection()).isTrue();
        assertThat(read.state().parameters().getParameters()).containsEntry("sort", List.of("year"))
                .containsEntry("page", List.of("3")).containsEntry("fyFrom", List.of("2020"));
    }

    @Test
    void anUnknownOrderAPageThatIsNoNumberAndABackwardRangeAreNamedAndLeftOut() {
        AddressCheck.Checked read = check.read(QueryParameters.full(Map.of("q", new String[] {"計画"},
                "sort", new String[] {"xyz"}, "page", new String[] {"0"}, "fyFrom", new String[] {"2030"},
                "fyTo", new String[] {"2020"})));

        assertThat(read.state().sort()).isEqualTo(PassageSort.RELEVANCE);
        assertThat(read.state().page()).isEqualTo(1);
        assertThat(read.state().years().isSet()).isFalse();
        assertThat(read.ignored()).containsExactly("年度の範囲「2030〜2020」（始まりが終わりより後）", "並び順「xyz」", "ページ「0」");
    }

    @Test
    void aNewSelectionStartsAgainFromTheFirstPage() {
        SearchState third = check.read(QueryParameters.full(Map.of("q", new String[] {"計画"},
                "page", new String[] {"3"}))).state();

        assertThat(third.with("municipality", "入間市", true).page()).isEqualTo(1);
        assertThat(third.withSort(PassageSort.YEAR).page()).isEqualTo(1);
        assertThat(third.withYears(new SearchState.YearRange(2020, null)).page()).isEqualTo(1);
    }
}
