package org.sakuin.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FiscalYearTest {

    @Test
    void eraLettersAsTablesWriteThem() {
        assertThat(FiscalYear.parse("H27")).contains(new FiscalYear(2015));
        assertThat(FiscalYear.parse("R7")).contains(new FiscalYear(2025));
    }

    @Test
    void eraNamesWithYearOrFiscalYear() {
        assertThat(FiscalYear.parse("令和元年度")).contains(new FiscalYear(2019));
        assertThat(FiscalYear.parse("平成31年")).contains(new FiscalYear(2019));
        assertThat(FiscalYear.parse("令和9年度")).contains(new FiscalYear(2027));
        assertThat(FiscalYear.parse("昭和64年")).contains(new FiscalYear(1989));
    }

    @Test
    void westernYears() {
        assertThat(FiscalYear.parse("2027年度")).contains(new FiscalYear(2027));
        assertThat(FiscalYear.parse(" 2027 ")).contains(new FiscalYear(2027));
    }

    @Test
    void textThatIsNotOneYearIsNotParsed() {
        assertThat(FiscalYear.parse("152 (H27)")).isEmpty();
        assertThat(FiscalYear.parse("H")).isEmpty();
        assertThat(FiscalYear.parse(null)).isEmpty();
    }

    @Test
    void findAllReadsEveryYearInOrder() {
        assertThat(FiscalYear.findAll("基準値 152 (H27) 目標値(R7) 2027年度 令和元年度"))
                .extracting(FiscalYear::year).containsExactly(2015, 2025, 2027, 2019);
    }

    @Test
    void bareFourDigitNumbersAreCountsNotYears() {
        assertThat(FiscalYear.findAll("参加者数 1856 人、登録 1995 件、目標 2000 人")).isEmpty();
        assertThat(FiscalYear.findAll("1,856人 2,000人")).isEmpty();
    }

    @Test
    void implausibleYearsAreRejected() {
        assertThatThrownBy(() -> new FiscalYear(1200)).isInstanceOf(IllegalArgumentException.class);
    }
}
