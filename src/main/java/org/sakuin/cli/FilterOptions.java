package org.sakuin.cli;

import org.sakuin.index.PassageFilter;
import picocli.CommandLine.Option;

/** The filters {@code search} and {@code indicators} share. */
final class FilterOptions {

    @Option(names = "--municipality", description = "Only this municipality, e.g. 入間市.")
    String municipality;

    @Option(names = "--prefecture", description = "Only this prefecture, e.g. 北海道.")
    String prefecture;

    @Option(names = "--fy", description = "Only what concerns this fiscal year (Western, e.g. 2024).")
    Integer fy;

    @Option(names = "--area", description = "Only this policy area (政策分野).")
    String area;

    PassageFilter toFilter() {
        return new PassageFilter(municipality, prefecture, null, null, fy, area);
    }
}
