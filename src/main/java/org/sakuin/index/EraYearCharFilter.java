package org.sakuin.index;

import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;
import org.sakuin.plan.FiscalYear;

/**
 * Writes every year as its Western fiscal year before tokenising, on both the index and the query side, so that
 * 平成27年, 平成27年度, H27, 2015年, 2015年度 and a table's bare 2015 column all match: each becomes "2015".
 * It runs after case folding, so era letters arrive in lower case (h27). Offsets are corrected, so highlights
 * still mark the text as written.
 */
final class EraYearCharFilter extends BaseCharFilter {

    private static final Pattern YEAR = Pattern.compile(
            "(?<![0-9A-Za-z])(?:(?<era>平成|令和|昭和|[HRhr])\\s*(?<eraYear>元|[0-9]{1,2})(?:\\s*年度?)?"
                    + "|(?<western>(?:19|20)[0-9]{2})\\s*年度?)(?![0-9])");

    private String output;
    private int position;

    EraYearCharFilter(Reader in) {
        super(in);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (output == null) {
            output = rewrite(readAll());
        }
        if (position >= output.length()) {
            return -1;
        }
        int n = Math.min(length, output.length() - position);
        output.getChars(position, position + n, buffer, offset);
        position += n;
        return n;
    }

    private String readAll() throws IOException {
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[4096];
        for (int n; (n = input.read(chunk)) > 0; ) {
            text.append(chunk, 0, n);
        }
        return text.toString();
    }

    private String rewrite(String text) {
        StringBuilder out = new StringBuilder(text.length());
        Matcher m = YEAR.matcher(text);
        int last = 0;
        int diff = 0;
        while (m.find()) {
            FiscalYear year = m.group("western") != null ? new FiscalYear(Integer.parseInt(m.group("western")))
                    : FiscalYear.ofEra(m.group("era").toUpperCase(Locale.ROOT), m.group("eraYear"));
            String replacement = Integer.toString(year.year());
            out.append(text, last, m.start()).append(replacement);
            diff = correctOffsets(m.end(), m.group().length() - replacement.length(), diff);
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    /**
     * Records where output offsets stop matching input offsets (as Lucene's MappingCharFilter does): a shorter
     * replacement shifts what follows; the extra characters of a longer one all map back to the end of the
     * text they replace.
     */
    private int correctOffsets(int inputEnd, int shrink, int cumulative) {
        if (shrink > 0) {
            addOffCorrectMap(inputEnd - shrink - cumulative, cumulative + shrink);
        } else if (shrink < 0) {
            int outputStart = inputEnd - cumulative;
            for (int extra = 0; extra < -shrink; extra++) {
                addOffCorrectMap(outputStart + extra, cumulative - extra - 1);
            }
        }
        return cumulative + shrink;
    }
}
