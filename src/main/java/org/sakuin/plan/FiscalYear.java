package org.sakuin.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Japanese fiscal year (April to March), named by its Western starting year.
 * Plans write years as 平成27年度, 令和元年, H27, R5 or 2027年度; all of them become one {@code FiscalYear}.
 */
public record FiscalYear(int year) implements Comparable<FiscalYear> {

    /** One written year: an era name or letter with its number, or a four-digit Western year. */
    static final String YEAR_EXPRESSION =
            "(?:(?<era>明治|大正|昭和|平成|令和|[HR])\\s*(?<eraYear>元|[0-9]{1,2})|(?<western>(?:19|20)[0-9]{2}))";

    private static final Pattern ONE_YEAR = Pattern.compile(
            "(?<![0-9A-Za-z])" + YEAR_EXPRESSION + "(?:\\s*年度?)?(?![0-9])");

    public FiscalYear {
        if (year < 1868 || year > 2200) {
            throw new IllegalArgumentException("not a plausible fiscal year: " + year);
        }
    }

    /** Parses text that is one year, e.g. "令和9年度", "R7", "H27", "2027". */
    public static Optional<FiscalYear> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ONE_YEAR.matcher(text.strip());
        return m.matches() ? Optional.of(of(m)) : Optional.empty();
    }

    /** Every year written in the text, in order of appearance. */
    public static List<FiscalYear> findAll(String text) {
        List<FiscalYear> years = new ArrayList<>();
        Matcher m = ONE_YEAR.matcher(text);
        while (m.find()) {
            boolean bareNumber = m.group("western") != null && !m.group(0).endsWith("年") && !m.group(0).endsWith("年度");
            if (!bareNumber) { // a bare four-digit number is usually a count, not a year
                years.add(of(m));
            }
        }
        return years;
    }

    static FiscalYear of(Matcher m) {
        if (m.group("western") != null) {
            return new FiscalYear(Integer.parseInt(m.group("western")));
        }
        return ofEra(m.group("era"), m.group("eraYear"));
    }

    /** Converts an era and its year ("元" is the first year) to a Western fiscal year. */
    public static FiscalYear ofEra(String era, String eraYear) {
        int n = "元".equals(eraYear) ? 1 : Integer.parseInt(eraYear);
        return new FiscalYear(eraStart(era) + n - 1);
    }

    private static int eraStart(String era) {
        return switch (era) {
            case "令和", "R" -> 2019;
            case "平成", "H" -> 1989;
            case "昭和" -> 1926;
            case "大正" -> 1912;
            case "明治" -> 1868;
            default -> throw new IllegalArgumentException("unknown era: " + era);
        };
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(year, other.year);
    }

    @Override
    public String toString() {
        return Integer.toString(year);
    }
}
