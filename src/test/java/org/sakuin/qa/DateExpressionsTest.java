package org.sakuin.qa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sakuin.qa.DateExpressions.Bound;

class DateExpressionsTest {

    @Test
    void aStartIsADateThatSomethingStartsFrom() {
        assertThat(DateExpressions.in("令和7年10月から町内循環バスの運行を開始します。", Bound.FROM)).containsExactly("令和7年10月");
        assertThat(DateExpressions.in("令和6年4月に条例を改正し、令和7年4月より施行します。", Bound.FROM)).containsExactly("令和7年4月");
    }

    @Test
    void anEndIsADateSomethingRunsUntil() {
        assertThat(DateExpressions.in("令和7年度末までに標準準拠システムへ移行します。", Bound.UNTIL)).containsExactly("令和7年度末");
        assertThat(DateExpressions.in("2030年度までに46%削減します。", Bound.UNTIL)).containsExactly("2030年度");
    }

    @Test
    void aPointInTimeIsNoEndOfAPeriod() {
        assertThat(DateExpressions.in("令和7年度から令和11年度までを重点推進期間と定め、令和8年度に見直す。", Bound.ANY))
                .containsExactly("令和8年度");
        assertThat(DateExpressions.in("令和7年度から令和11年度までを重点推進期間と定める。", Bound.FROM))
                .containsExactly("令和7年度");
    }

    @Test
    void aYearWithoutTheWordYearIsNoDate() {
        assertThat(DateExpressions.in("目標値(R9)は250手続です。", Bound.ANY)).isEmpty();
    }
}
