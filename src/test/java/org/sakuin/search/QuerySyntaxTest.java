package org.sakuin.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.index.QueryTerm;

class QuerySyntaxTest {

    @Test
    void wordsAreAndedOrJoinsAlternativesAndAMinusExcludes() {
        QuerySyntax.Parsed parsed = QuerySyntax.parse("移住　定住 OR 二地域居住 -観光 \"地域おこし協力隊\"");

        assertThat(parsed.required()).containsExactly(List.of(new QueryTerm("移住", false)),
                List.of(new QueryTerm("定住", false), new QueryTerm("二地域居住", false)),
                List.of(new QueryTerm("地域おこし協力隊", true)));
        assertThat(parsed.excluded()).containsExactly(new QueryTerm("観光", false));
    }

    @Test
    void replacingAWordTouchesThatWordOnlyAndKeepsTheSyntax() {
        assertThat(QuerySyntax.replace("自治界 自治界活動 -自治界 「自治界」", "自治界", "自治会"))
                .isEqualTo("自治会 自治界活動 -自治会 「自治会」");
        assertThat(QuerySyntax.replace("加入　自治界", "自治界", "自治会")).isEqualTo("加入 自治会");
    }

    @Test
    void droppingAWordKeepsTheOthersAndItsExclusion() {
        assertThat(QuerySyntax.without("旭川市　ワーケーション -ワーケーション \"関係人口\"", "ワーケーション"))
                .isEqualTo("旭川市 -ワーケーション \"関係人口\"");
    }

    @Test
    void aPastedTextIsNoQuery() {
        assertThatThrownBy(() -> QuerySyntax.parse("計".repeat(SearchRequest.MAX_QUERY_CHARACTERS + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 1000 characters");
        assertThat(QuerySyntax.parse("計".repeat(SearchRequest.MAX_QUERY_CHARACTERS)).required()).hasSize(1);
    }
}
