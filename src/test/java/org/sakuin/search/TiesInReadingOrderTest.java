package org.sakuin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.index.PassageHit;

class TiesInReadingOrderTest {

    @Test
    void hitsOfEqualScoreFollowTheirPlaceInTheirDocumentWhateverOrderTheIndexGaveThem() {
        List<PassageHit> asAClusterGaveThem = List.of(hit("b#1", 2f), hit("a#10", 7f), hit("a#2", 7f), hit("a#5", 3f));

        assertThat(SearchService.tiesInReadingOrder(asAClusterGaveThem)).extracting(PassageHit::passageId)
                .containsExactly("a#2", "a#10", "a#5", "b#1");
    }

    private static PassageHit hit(String id, float score) {
        return new PassageHit(id, id.substring(0, id.indexOf('#')), "plan.txt", "町", "県", "計画", "基本計画", 1, "",
                score, "", List.of(), List.of(), List.of(), "");
    }
}
