package org.sakuin.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sakuin.index.LuceneIndex;
import org.sakuin.index.PassageHit;
import org.sakuin.ingest.IngestListener;
import org.sakuin.ingest.IngestService;
import org.sakuin.ingest.IngestSettings;
import org.sakuin.plan.PolicyArea;
import org.sakuin.search.SearchRequest;
import org.sakuin.search.SearchService;

/**
 * Micro-F1 of the policy-area classifier against passages labelled by hand: the seed texts (the set the term
 * lists were tuned on) and synthetic plans written for evaluation and never used while tuning.
 * Prints both scores; fails below the issue's 0.85 on the tuning set.
 */
class PolicyAreaClassificationTest {

    @TempDir
    Path temp;

    @Test
    void labelledSeedPassagesGetTheirAreas() throws IOException {
        double f1 = microF1("seeds", Path.of("src/test/resources/seeds"),
                Path.of("src/test/resources/classify/labelled-passages.tsv"), 2);
        assertThat(f1).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void heldOutPassagesOfUnseenPlansGetTheirAreas() throws IOException {
        double f1 = microF1("held-out", Path.of("src/test/resources/extra-corpus"),
                Path.of("src/test/resources/classify/heldout-labels.tsv"), 1);
        // a second, honest figure on text the term lists never saw: reported, held to a lower bar
        assertThat(f1).isGreaterThanOrEqualTo(0.6);
    }

    /** Micro-F1 over (passage, top-level area) pairs; {@code textColumn} is where the excerpt stands in the TSV. */
    private double microF1(String name, Path documents, Path labels, int textColumn) throws IOException {
        List<PassageHit> passages = classifiedPassages(documents);
        List<String[]> rows = Files.readAllLines(labels).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).skip(1).map(l -> l.split("\t")).toList();
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        int unmatched = 0;
        for (String[] row : rows) {
            Optional<PassageHit> passage = find(passages, row[textColumn]);
            if (passage.isEmpty()) {
                unmatched++;
                continue;
            }
            Set<String> gold = row[textColumn + 1].strip().equals("-") ? Set.of()
                    : Arrays.stream(row[textColumn + 1].split("\\|")).map(String::strip).collect(Collectors.toSet());
            Set<String> predicted = passage.get().areas().stream().map(p -> p.split(PolicyArea.SEPARATOR)[0])
                    .collect(Collectors.toSet());
            Set<String> hit = new HashSet<>(gold);
            hit.retainAll(predicted);
            truePositives += hit.size();
            falsePositives += predicted.size() - hit.size();
            falseNegatives += gold.size() - hit.size();
        }
        double f1 = 2.0 * truePositives / Math.max(1, 2 * truePositives + falsePositives + falseNegatives);
        System.out.printf("policy areas (%s): micro-F1 %.3f (tp %d, fp %d, fn %d) over %d labelled passages, %d not found%n",
                name, f1, truePositives, falsePositives, falseNegatives, rows.size() - unmatched, unmatched);
        assertThat(unmatched).as("labelled excerpts not found in any passage").isLessThanOrEqualTo(rows.size() / 20);
        return f1;
    }

    private List<PassageHit> classifiedPassages(Path documents) throws IOException {
        try (LuceneIndex index = LuceneIndex.openForWriting(temp.resolve("index"));
             IngestService ingest = new IngestService(index, IngestSettings.IN_PROCESS)) {
            ingest.ingest(List.of(documents), IngestListener.NONE);
            return new SearchService(index).passages(new SearchRequest("", null, 0, SearchRequest.MAX_LIMIT));
        }
    }

    private static Optional<PassageHit> find(List<PassageHit> passages, String excerpt) {
        String wanted = compact(excerpt);
        return passages.stream().filter(p -> compact(p.text()).contains(wanted)).findFirst()
                .or(() -> passages.stream().filter(p -> compact(p.text()).contains(wanted.substring(0,
                        Math.min(20, wanted.length())))).findFirst());
    }

    private static String compact(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s", "");
    }
}
