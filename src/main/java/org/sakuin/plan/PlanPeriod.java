package org.sakuin.plan;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * The fiscal years a plan covers, e.g. 平成30年度から令和9年度 → 2018–2027.
 */
public record PlanPeriod(FiscalYear from, FiscalYear to) {

    /*
     * "平成30年度から令和9年度", "令和4年度~8年度" (the end keeps the start's era), "2020年度～2024年度",
     * "R4～R8". The separator may be から, ~, 〜, －, ‐ or –.
     */
    private static final Pattern RANGE = Pattern.compile(
            "(?<![0-9A-Za-z])(?<fromEra>昭和|平成|令和|[HR])?\\s*(?<from>元|[0-9]{1,4})\\s*(?:年度?)?\\s*(?:から|[~〜～\\-－‐–—])\\s*"
                    + "(?<toEra>昭和|平成|令和|[HR])?\\s*(?<to>元|[0-9]{1,4})\\s*(?:年度?)?(?![0-9])");

    public PlanPeriod {
        if (to.compareTo(from) < 0) {
            throw new IllegalArgumentException("period ends before it starts: " + from + "–" + to);
        }
    }

    /** The first plan period written in the text, if any. */
    public static Optional<PlanPeriod> find(String text) {
        Matcher m = RANGE.matcher(text);
        while (m.find()) {
            Optional<PlanPeriod> period = of(m);
            if (period.isPresent()) {
                return period;
            }
        }
        return Optional.empty();
    }

    private static Optional<PlanPeriod> of(Matcher m) {
        String fromEra = m.group("fromEra");
        String toEra = m.group("toEra") != null ? m.group("toEra") : fromEra;
        Optional<FiscalYear> from = year(fromEra, m.group("from"));
        Optional<FiscalYear> to = year(toEra, m.group("to"));
        if (from.isEmpty() || to.isEmpty() || to.get().compareTo(from.get()) < 0
                || to.get().year() - from.get().year() > 30) {
            return Optional.empty();
        }
        return Optional.of(new PlanPeriod(from.get(), to.get()));
    }

    private static Optional<FiscalYear> year(String era, String number) {
        if (era != null) {
            return number.length() <= 2 ? Optional.of(FiscalYear.ofEra(era, number)) : Optional.empty();
        }
        return number.matches("(?:19|20)[0-9]{2}")
                ? Optional.of(new FiscalYear(Integer.parseInt(number))) : Optional.empty();
    }

    public IntStream years() {
        return IntStream.rangeClosed(from.year(), to.year());
    }

    @Override
    public String toString() {
        return from + "–" + to;
    }
}
