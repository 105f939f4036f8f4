package org.sakuin.classify;

import org.sakuin.plan.PolicyArea;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** The policy areas and the terms that signal each, read from {@code policy-areas.tsv}. */
final class AreaTaxonomy {

    record Definition(PolicyArea area, List<String> terms) {
    }

    private final List<Definition> definitions;
    private final List<String> termsLongestFirst;

    private AreaTaxonomy(List<Definition> definitions) {
        this.definitions = List.copyOf(definitions);
        this.termsLongestFirst = definitions.stream().flatMap(d -> d.terms().stream()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    static AreaTaxonomy bundled() {
        try (InputStream in = AreaTaxonomy.class.getResourceAsStream("policy-areas.tsv")) {
            if (in == null) {
                throw new IllegalStateException("policy-areas.tsv missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static AreaTaxonomy parse(String tsv) {
        List<Definition> definitions = new ArrayList<>();
        boolean header = true;
        for (String line : tsv.split("\\R")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length != 3) {
                throw new IllegalArgumentException("policy-areas.tsv: expected area, subarea, terms in: " + line);
            }
            List<String> terms = Arrays.stream(columns[2].split("\\|")).map(String::strip)
                    .filter(t -> !t.isEmpty()).map(t -> Normalizer.normalize(t, Normalizer.Form.NFKC)).toList();
            definitions.add(new Definition(new PolicyArea(columns[0].strip(), columns[1].strip()), terms));
        }
        return new AreaTaxonomy(definitions);
    }

    List<Definition> definitions() {
        return definitions;
    }

    /** Every term of every area, longest first, for matching longer terms before the terms inside them. */
    List<String> termsLongestFirst() {
        return termsLongestFirst;
    }
}
