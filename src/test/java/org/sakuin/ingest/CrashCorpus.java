package org.sakuin.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.sakuin.index.IndexCensus;
import org.sakuin.index.IndexSettings;
import org.sakuin.index.LuceneIndex;
import org.sakuin.index.PlanIndex;
import org.sakuin.index.PlanIndexes;
import org.sakuin.search.SearchRequest;
import org.sakuin.search.SearchService;

/**
 * Plans for the crash tests, and what they check after each kill: the bundled corpus (PDF, DOCX, HTML, Markdown,
 * Shift_JIS text with its manifest) and the extra plans, as often as asked, in folders of their own.
 */
final class CrashCorpus {

    static final Path BUNDLED = Path.of("corpus");
    static final Path EXTRA = Path.of("src/test/resources/extra-corpus");

    private CrashCorpus() {
    }

    /** Copies a folder's files (not its sub-folders) into a new folder. */
    static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        for (Path file : files(from)) {
            Files.copy(file, to.resolve(file.getFileName().toString()));
        }
        return to;
    }

    /** A folder's regular files, by name. */
    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /** A folder's plan files, by name: its manifest and README left out, as an ingest of the folder leaves them. */
    static List<Path> plans(Path folder) throws IOException {
        return files(folder).stream().filter(f -> !f.getFileName().toString().equals(Manifest.FILE_NAME)
                && !f.getFileName().toString().startsWith("README")).toList();
    }

    /** Ingests in this JVM, with the classes the jar was packaged from: the reference a recovery is compared with. */
    static IndexCensus ingestHere(List<Path> paths, Path index) throws IOException {
        try (LuceneIndex lucene = LuceneIndex.openForWriting(index); IngestService ingest = new IngestService(lucene, IngestSettings.IN_PROCESS)) {
            ingest.ingest(paths, IngestListener.NONE);
        }
        return IndexCensus.of(index);
    }

    /** Whether a search and a suggestion work on the index as a command-line search opens it, beside no writer. */
    static boolean searchable(Path index) {
        try (PlanIndex reading = PlanIndexes.openForReading(IndexSettings.embedded(index))) {
            SearchService search = new SearchService(reading);
            return search.search(SearchRequest.of("計画 推進", 10)).total() > 0
                    && search.suggest("計", 4) != null;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Deletes a folder and all in it, if it is there. */
    static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Replaces an index folder's files with another's: the committed state a round starts from. */
    static void reset(Path index, Path from) throws IOException {
        delete(index);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = index.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
