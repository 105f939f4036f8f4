package org.sakuin.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sakuin.classify.AreaClassifier;
import org.sakuin.classify.PlanClassifier;
import org.sakuin.index.IndexedFile;
import org.sakuin.index.PlanIndex;
import org.sakuin.indicator.IndicatorExtractor;
import org.sakuin.indicator.IndicatorLinks;
import org.sakuin.plan.Indicator;
import org.sakuin.plan.Passage;
import org.sakuin.plan.PlanContent;
import org.sakuin.plan.PlanDocument;
import org.sakuin.plan.PlanMetadata;
import org.sakuin.structure.PlanStructurer;
import org.sakuin.structure.StructuredPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings plan files into the index: reads them with Tika, works out what plan each is, splits it into
 * passages and stores them. An unchanged file is skipped, a changed one replaced; a file that cannot be
 * read is reported with its reason and the others go on. Writes are committed in batches, so a crash
 * loses at most the files since the last commit and never leaves a half-written index.
 * <p>
 * A file indexed with an older analysis (another user dictionary, say) is not unchanged: its words no longer
 * meet the words of new queries. Every run re-ingests such files, the ones it was given and every other whose
 * file is still there, so one ingest after an upgrade brings the whole index in line.
 */
public final class IngestService implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IngestService.class);
    private static final int COMMIT_EVERY_FILES = 25;
    private static final Duration COMMIT_EVERY = Duration.ofSeconds(20);

    private final PlanIndex index;
    private final TikaExtractor extractor;
    private final PlanStructurer structurer = new PlanStructurer();
    private final IndicatorExtractor indicatorExtractor = new IndicatorExtractor();
    private final PlanClassifier classifier = new PlanClassifier(AreaClassifier.bundled());

    public IngestService(PlanIndex index, IngestSettings settings) {
        this.index = index;
        this.extractor = new TikaExtractor(settings.maxFileBytes(), settings.parseTimeout());
    }

    public IngestService(PlanIndex index) {
        this(index, IngestSettings.DEFAULTS);
    }

    /** Ingests files and folders (recursively). */
    public IngestReport ingest(List<Path> paths, IngestListener listener) throws IOException {
        return run(paths, listener, false);
    }

    /**
     * Brings the index in line with a folder: new and changed files are ingested, and files that were
     * ingested from inside the folder but are gone from it are removed from the index.
     */
    public IngestReport synchronize(Path folder, IngestListener listener) throws IOException {
        return run(List.of(folder), listener, true);
    }

    private IngestReport run(List<Path> paths, IngestListener listener, boolean removeVanished) throws IOException {
        long start = System.nanoTime();
        List<Path> files = SourceFiles.expand(paths);
        List<IndexedFile> outdated = outdatedElsewhere(files, removeVanished ? paths : List.of());
        listener.started(files.size() + outdated.size());
        Run run = new Run();
        for (Path file : files) {
            ingest(file, SourceFiles.displayName(file), run, listener);
        }
        for (IndexedFile stale : outdated) {
            // under the name it was first ingested as, not the absolute path the index knows it by
            ingest(Path.of(stale.document().path()), stale.document().file(), run, listener);
        }
        int removed = removeVanished ? removeVanished(paths) : 0;
        index.commit();
        return new IngestReport(run.ingested, run.unchanged, run.passages, List.copyOf(run.failures), removed,
                millisSince(start));
    }

    private void ingest(Path file, String name, Run run, IngestListener listener) {
        long fileStart = System.nanoTime();
        FileOutcome outcome = ingestOne(file, name, run).took(millisSince(fileStart));
        run.record(file, outcome);
        listener.fileDone(file, outcome);
        run.commitIfDue(index);
    }

    private FileOutcome ingestOne(Path file, String name, Run run) {
        String id = SourceFiles.documentId(file);
        try {
            String hash = SourceFiles.contentHash(file);
            PlanMetadata listed = run.manifestEntry(file).orElse(PlanMetadata.UNKNOWN);
            Optional<IndexedFile> known = index.file(id);
            if (known.isPresent() && known.get().document().contentHash().equals(hash)
                    && agrees(listed, known.get().document().metadata()) && known.get().analysisCurrent()) {
                return FileOutcome.unchanged();
            }
            ExtractedFile extracted = extractor.extract(file);
            PlanMetadata metadata = metadataOf(file, extracted, listed);
            PlanDocument document = new PlanDocument(id, name,
                    file.toAbsolutePath().normalize().toString(), hash, extracted.contentType(), extracted.pages(),
                    metadata);
            StructuredPlan structured = structurer.structure(id, extracted.blocks());
            List<Indicator> indicators = indicatorExtractor.extract(id, structured.blocks());
            List<Passage> passages = IndicatorLinks.attach(structured.passages(), indicators);
            index.replace(new PlanContent(document, passages, indicators, classifier.classify(passages, indicators)));
            return FileOutcome.ingested(passages.size());
        } catch (IngestException e) {
            return FileOutcome.failed(e.getMessage());
        } catch (IOException e) {
            return FileOutcome.failed("cannot read file: " + e.getMessage());
        } catch (RuntimeException e) {
            log.warn("unexpected failure on {}", file, e);
            return FileOutcome.failed("unexpected error: " + e);
        }
    }

    /**
     * Whether the stored metadata still says what the manifest says: a corrected manifest must reach the
     * index even though the file itself did not change.
     */
    private static boolean agrees(PlanMetadata listed, PlanMetadata stored) {
        return listed.orElse(stored).equals(stored);
    }

    private static PlanMetadata metadataOf(Path file, ExtractedFile extracted, PlanMetadata listed) {
        String title = listed.title() != null ? listed.title() : extracted.embeddedTitle();
        PlanMetadata inferred = MetadataInference.infer(extracted.blocks(), title, file.getFileName().toString());
        return listed.orElse(inferred.inPrefectureOf(listed.municipality()));
    }

    /**
     * The indexed files outside this run that were analysed differently from now, whose files are still there. One
     * whose file is gone keeps its entry, still found by its bigrams, unless a synchronize is about to remove it.
     */
    private List<IndexedFile> outdatedElsewhere(List<Path> files, List<Path> synchronizedFolders) {
        Set<String> inRun = files.stream().map(SourceFiles::documentId).collect(Collectors.toSet());
        List<IndexedFile> outdated = new ArrayList<>();
        for (IndexedFile indexed : index.files()) {
            if (indexed.analysisCurrent() || inRun.contains(indexed.document().id())) {
                continue;
            }
            Path path = Path.of(indexed.document().path());
            if (Files.isRegularFile(path)) {
                outdated.add(indexed);
            } else if (!inside(path, synchronizedFolders)) {
                log.warn("{} is gone but was indexed with an older analysis: its entry stays, found by its bigrams, "
                        + "until the file is ingested again", path);
            }
        }
        if (!outdated.isEmpty()) {
            log.info("re-ingesting {} more files indexed with an older analysis", outdated.size());
        }
        return outdated;
    }

    private static boolean inside(Path path, List<Path> folders) {
        return folders.stream().anyMatch(f -> path.startsWith(f.toAbsolutePath().normalize()));
    }

    private int removeVanished(List<Path> folders) {
        int removed = 0;
        for (IndexedFile indexed : index.files()) {
            Path path = Path.of(indexed.document().path());
            if (inside(path, folders) && !Files.isRegularFile(path)) {
                index.delete(indexed.document().id());
                log.info("removed {} from the index: the file is gone", indexed.document().file());
                removed++;
            }
        }
        return removed;
    }

    private static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }

    @Override
    public void close() {
        extractor.close();
    }

    /** The running tally of one ingest, and the manifests it has read. */
    private static final class Run {
        int ingested;
        int unchanged;
        int passages;
        int sinceCommit;
        long lastCommit = System.nanoTime();
        final List<IngestReport.Failure> failures = new ArrayList<>();
        final Map<Path, Optional<Manifest>> manifests = new HashMap<>();

        void record(Path file, FileOutcome outcome) {
            switch (outcome.status()) {
                case INGESTED -> {
                    ingested++;
                    passages += outcome.passages();
                    sinceCommit++;
                }
                case UNCHANGED -> unchanged++;
                case FAILED -> failures.add(new IngestReport.Failure(file, outcome.reason()));
            }
        }

        void commitIfDue(PlanIndex index) {
            boolean due = sinceCommit >= COMMIT_EVERY_FILES
                    || (sinceCommit > 0 && System.nanoTime() - lastCommit > COMMIT_EVERY.toNanos());
            if (due) {
                index.commit();
                sinceCommit = 0;
                lastCommit = System.nanoTime();
            }
        }

        /** The entry of the nearest manifest in the file's folder or a folder above it. */
        Optional<PlanMetadata> manifestEntry(Path file) {
            for (Path dir = file.toAbsolutePath().normalize().getParent(); dir != null; dir = dir.getParent()) {
                Optional<PlanMetadata> entry = manifestIn(dir).flatMap(m -> m.lookup(file));
                if (entry.isPresent()) {
                    return entry;
                }
            }
            return Optional.empty();
        }

        private Optional<Manifest> manifestIn(Path dir) {
            return manifests.computeIfAbsent(dir, d -> {
                Path candidate = d.resolve(Manifest.FILE_NAME);
                if (!Files.isRegularFile(candidate)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Manifest.read(candidate));
                } catch (IngestException e) {
                    failures.add(new IngestReport.Failure(candidate, e.getMessage()));
                    return Optional.empty();
                }
            });
        }
    }
}
