package org.sakuin.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The proximity boost is built of few, distinct words with few synonym paths, however the query repeats them. */
class ProximityWordsTest {

    @Test
    void repeatedWordsCountOnceAndSynonymRichOnesStopBeforeTheirPathsExplode() {
        assertThat(ProximityWords.of(words("移住 移住 移住 移住 移住 移住"), Set.of())).isEmpty();
        assertThat(ProximityWords.of(words("自治会 加入 自治会"), Set.of())).containsExactly("自治会", "加入");
        assertThat(ProximityWords.of(words("移住 定住 空き家 子育て 脱炭素 観光"), Set.of()).size())
                .isBetween(2, ProximityWords.MAX_WORDS);
    }

    @Test
    void noMoreThanFourWordsAndAQuotedOneCountsLikeAnyOther() {
        assertThat(ProximityWords.of(words("道路 橋梁 河川 公園 下水道"), Set.of()))
                .containsExactly("道路", "橋梁", "河川", "公園");
        List<List<QueryTerm>> quoted = List.of(List.of(new QueryTerm("道路", true)), List.of(new QueryTerm("橋梁", true)));
        assertThat(ProximityWords.of(quoted, Set.of())).containsExactly("道路", "橋梁");
    }

    @Test
    void anOrGroupIsNoSingleWordAndOneWordMakesNoPhrase() {
        List<List<QueryTerm>> either = List.of(List.of(new QueryTerm("道路", false), new QueryTerm("橋梁", false)),
                List.of(new QueryTerm("河川", false)));
        assertThat(ProximityWords.of(either, Set.of())).isEmpty();
    }

    private static List<List<QueryTerm>> words(String query) {
        return Arrays.stream(query.split(" ")).map(w -> List.of(new QueryTerm(w, false))).toList();
    }
}
