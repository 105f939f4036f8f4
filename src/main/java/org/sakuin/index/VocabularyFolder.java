package org.sakuin.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vocabulary's generations on disk, in {@code <index>/vocabulary/}: each a folder {@code g1}, {@code g2} … holding
 * its two indexes, its totals and the plans (keys) it was made from, and a file {@code current} naming the one to
 * serve, replaced atomically once the generation is written whole.
 */
final class VocabularyFolder {

    private static final Logger log = LoggerFactory.getLogger(VocabularyFolder.class);
    private static final String FOLDER = "vocabulary";
    private static final String CURRENT = "current";
    private static final String PLANS = "plans";
    private static final String TOTALS = "totals";
    private static final String GENERATION = "g";

    private final Path root;

    VocabularyFolder(Path indexFolder) {
        this.root = indexFolder.resolve(FOLDER);
    }

    /** The generation to serve, if one was named and the name can be read. */
    Optional<String> current() {
        try {
            Path current = root.resolve(CURRENT);
            return Files.exists(current) ? Optional.of(Files.readString(current).strip()) : Optional.empty();
        } catch (IOException e) {
            log.warn("the vocabulary's generation is unreadable: {}", e.toString());
            return Optional.empty();
        }
    }

    Path generation(String name) {
        return root.resolve(name);
    }

    List<String> plans(String name) throws IOException {
        return Files.readAllLines(generation(name).resolve(PLANS));
    }

    /** The totals the generation kept, if it kept them (one written by an older Sakuin did not). */
    Optional<Path> totals(String name) {
        Path totals = generation(name).resolve(TOTALS);
        return name.isEmpty() || !Files.isRegularFile(totals) ? Optional.empty() : Optional.of(totals);
    }

    /** Writes a new generation's totals and plans; the indexes go in its folder too, before it is named. */
    void writeTotalsAndPlans(String name, VocabularyTotals totals, List<String> plans) throws IOException {
        totals.write(generation(name).resolve(TOTALS));
        Files.write(generation(name).resolve(PLANS), plans);
    }

    String nextName() throws IOException {
        return GENERATION + (generations().mapToLong(g -> Long.parseLong(g.substring(GENERATION.length())))
                .max().orElse(0) + 1);
    }

    /** Names the generation to serve: readers move to it the next time they look. */
    void name(String generation) throws IOException {
        Path named = root.resolve(CURRENT + ".tmp");
        Files.writeString(named, generation);
        Files.move(named, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Older generations, and any a crash left half written; a reader elsewhere keeps those it has open mapped. */
    void deleteAllBut(String name) throws IOException {
        for (String old : generations().filter(g -> !g.equals(name)).toList()) {
            try {
                IOUtils.rm(root.resolve(old));
            } catch (IOException e) {
                log.debug("old vocabulary {} not deleted yet", old, e);
            }
        }
    }

    private Stream<String> generations() throws IOException {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try (Stream<Path> entries = Files.list(root)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.matches(GENERATION + "\\d+"))
                    .toList().stream();
        }
    }
}
