package org.sakuin.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every prefecture, municipality and designated-city ward of Japan, from the bundled {@code municipalities.tsv}
 * (総務省 全国地方公共団体コード, 2023; see the README beside it). Loaded once, looked up by name in a map.
 *
 * <p>A designated city's ward is not a town of its own: {@link #named} answers 札幌市中央区 with 札幌市, so that a
 * ward's plan is filed, faceted and coded under its city. Tokyo's 23 特別区 are municipalities and answer as such.
 */
public final class Gazetteer {

    private static final String RESOURCE = "municipalities.tsv";
    private static final int COLUMNS = 5;

    private final Map<String, List<Town>> municipalitiesByName;
    private final Map<String, Town> prefecturesByName;
    private final List<String> prefectures;
    private final int longestName;

    private Gazetteer(List<Town> rows) {
        Map<String, Town> cities = new HashMap<>();
        Map<String, List<Town>> byName = new HashMap<>();
        Map<String, Town> prefectureRows = new HashMap<>();
        rows.stream().filter(t -> t.kind() == Town.Kind.MUNICIPALITY).forEach(t -> {
            cities.put(t.prefecture() + t.name(), t);
            byName.computeIfAbsent(key(t.name()), k -> new ArrayList<>()).add(t);
        });
        rows.stream().filter(t -> t.kind() == Town.Kind.WARD).forEach(ward -> cityOf(ward, cities)
                .ifPresent(city -> byName.computeIfAbsent(key(ward.name()), k -> new ArrayList<>()).add(city)));
        rows.stream().filter(t -> t.kind() == Town.Kind.PREFECTURE).forEach(t -> prefectureRows.put(t.prefecture(), t));
        this.municipalitiesByName = Map.copyOf(byName);
        this.prefecturesByName = Map.copyOf(prefectureRows);
        this.prefectures = prefectureRows.values().stream().sorted(Comparator.comparing(Town::code))
                .map(Town::prefecture).toList();
        this.longestName = byName.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The bundled table, read on first use. */
    public static Gazetteer japan() {
        return Bundled.INSTANCE;
    }

    /** The municipalities of this name, one per prefecture that has one; a ward's name gives its city. */
    public List<Town> named(String name) {
        return name == null ? List.of() : municipalitiesByName.getOrDefault(key(name), List.of());
    }

    /** The municipality of this name in this prefecture. */
    public Optional<Town> town(String prefecture, String name) {
        return named(name).stream().filter(t -> t.prefecture().equals(prefecture)).findFirst();
    }

    /** The code of the municipality of this name in this prefecture (112259 for 埼玉県, 入間市). */
    public Optional<String> code(String prefecture, String name) {
        return town(prefecture, name).map(Town::code);
    }

    /** The 47 prefectures in code order, 北海道 first and 沖縄県 last. */
    public List<String> prefectures() {
        return prefectures;
    }

    /** The prefecture's own row (its code, its reading). */
    public Optional<Town> prefecture(String name) {
        return Optional.ofNullable(name == null ? null : prefecturesByName.get(name));
    }

    /** Prefectures in code order; names that are not prefectures after them, alphabetically. */
    public Comparator<String> prefectureOrder() {
        return Comparator.comparing((String p) -> prefecture(p).map(Town::code).orElse("~"))
                .thenComparing(Comparator.naturalOrder());
    }

    /** The length of the longest municipality or ward name, for scanning a text for names. */
    public int longestName() {
        return longestName;
    }

    /** 札幌市中央区 → 札幌市: every designated city's name ends in 市 and starts its wards' names. */
    private static Optional<Town> cityOf(Town ward, Map<String, Town> cities) {
        int city = ward.name().indexOf('市');
        return city < 0 ? Optional.empty()
                : Optional.ofNullable(cities.get(ward.prefecture() + ward.name().substring(0, city + 1)));
    }

    /** 龍ヶ崎市 and 龍ケ崎市 are written both ways; the table writes each town one way. */
    private static String key(String name) {
        return name.replace('ヶ', 'ケ').replace('ヵ', 'カ');
    }

    static Gazetteer parse(String tsv) {
        List<Town> rows = new ArrayList<>();
        String[] lines = tsv.split("\\R");
        for (int i = 1; i < lines.length; i++) { // line 0 is the header
            if (lines[i].isBlank()) {
                continue;
            }
            String[] c = lines[i].split("\t", -1);
            if (c.length != COLUMNS) {
                throw new IllegalArgumentException(RESOURCE + " line " + (i + 1) + ": expected " + COLUMNS
                        + " columns (code, prefecture, municipality, reading, kind) in: " + lines[i]);
            }
            rows.add(new Town(c[0], c[1], c[2], c[3], Town.Kind.valueOf(c[4].strip().toUpperCase(Locale.ROOT))));
        }
        return new Gazetteer(rows);
    }

    /** The holder idiom: the table is read once, by the first caller, and never again. */
    private static final class Bundled {
        static final Gazetteer INSTANCE = load();

        private static Gazetteer load() {
            try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " missing from the classpath");
                }
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
