package org.sakuin.formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.sakuin.indicator.IndicatorScore;

/**
 * The least a format must keep, one row of {@code formats/floors.tsv}: indicators found, baselines and targets
 * right ({@code all} for a format the team claims: nothing may be lost), and the names' precision. Raise a floor
 * when a change reads more; never lower one to make a change pass.
 */
record Floor(String names, String baselines, String targets, double precision) {

    private static final String ALL = "all";

    static Map<String, Floor> read(Path tsv) throws IOException {
        Map<String, Floor> floors = new LinkedHashMap<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != 6) {
                throw new IllegalArgumentException(tsv + ": want corpus, format, names, baselines, targets, precision: "
                        + line);
            }
            floors.put(cells[0] + "/" + cells[1], new Floor(cells[2], cells[3], cells[4], Double.parseDouble(cells[5])));
        }
        return floors;
    }

    void check(SoftAssertions softly, String format, IndicatorScore.Result result) {
        softly.assertThat(result.found()).as(format + " indicators found").isGreaterThanOrEqualTo(least(names, result.gold()));
        softly.assertThat(result.baselines().ok()).as(format + " baselines")
                .isGreaterThanOrEqualTo(least(baselines, result.baselines().n()));
        softly.assertThat(result.targets().ok()).as(format + " targets")
                .isGreaterThanOrEqualTo(least(targets, result.targets().n()));
        softly.assertThat(result.precision()).as(format + " names precision").isGreaterThanOrEqualTo(precision);
    }

    private static int least(String floor, int all) {
        return floor.equals(ALL) ? all : Integer.parseInt(floor);
    }
}
