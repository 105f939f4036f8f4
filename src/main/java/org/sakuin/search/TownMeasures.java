package org.sakuin.search;

import java.util.List;

/**
 * One town's column of a benchmark: its measures (the headings of its matching sections) and its indicators
 * in the chosen policy area.
 */
public record TownMeasures(String municipality, String prefecture, List<String> measures,
                           List<IndicatorEntry> indicators) {
}
