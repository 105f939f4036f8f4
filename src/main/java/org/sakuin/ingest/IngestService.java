package org.sakuin.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.sakuin.classify.AreaClassifier;
import org.sakuin.classify.PlanClassifier;
import org.sakuin.index.IndexedFile;
import org.sakuin.index.PlanIndex;
import org.sakuin.plan.PlanMetadata;
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
    /**
     * A commit flushes every segment in the making: committing every 25 files made an ingest spend a fifth of its
     * time writing and merging small segments. A crash loses at most half a minute of work.
     */
    private static final int COMMIT_EVERY_FILES = 1_000;
    private static final Duration COMMIT_EVERY = Duration.ofSeconds(30);

    private final PlanIndex index;
    /** One per thread, each taken by a file and given back when the file is done. */
    private final BlockingQueue<FileIngester> ingesters;
    private final List<FileIngester> all = new ArrayList<>();
    /** Told of every run's files besides the run's own listener: the server's metrics. */
    private final IngestListener observer;

    public IngestService(PlanIndex index, IngestSettings settings, IngestListener observer) {
        this.index = index;
        this.observer = observer;
        PlanClassifier classifier = new PlanClassifier(AreaClassifier.bundled());
        for (int i = 0; i < settings.threads(); i++) {
            all.add(new FileIngester(index, settings, classifier));
        }
        this.ingesters = new ArrayBlockingQueue<>(all.size(), false, all);
    }

    public IngestService(PlanIndex index, IngestSettings settings) {
        this(index, settings, IngestListener.NONE);
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
        SourceFiles.Found found = SourceFiles.expand(paths);
        // a file named twice (itself and in its folder) is ingested once: two threads must not both write it
        List<SourceFiles.Source> sources = found.files().stream()
                .filter(distinctBy(source -> SourceFiles.documentId(source.file()))).toList();
        List<Path> files = sources.stream().map(SourceFiles.Source::file).toList();
        // read once: looking each file up would open a new near-real-time reader per file
        Map<String, IndexedFile> indexed = index.files().stream()
                .collect(Collectors.toMap(f -> f.document().id(), f -> f, (a, b) -> a));
        List<IndexedFile> outdated = outdatedElsewhere(indexed.values(), files, removeVanished ? paths : List.of(),
                file -> !file.analysisCurrent());
        if (!outdated.isEmpty()) {
            log.info("re-ingesting {} more files indexed with an older analysis", outdated.size());
        }
        Run run = new Run();
        run.failures.addAll(found.refused());
        List<FileIngester.Job> jobs = new ArrayList<>();
        for (SourceFiles.Source source : sources) {
            jobs.add(run.job(source.file(), source.name(), knownAs(indexed, source)));
        }
        for (IndexedFile stale : outdated) {
            jobs.add(again(run, stale, stale));
        }
        return runJobs(jobs, run, refusedFirst(listener, found.refused()), removeVanished ? paths : List.of(), start);
    }

    /** Tells the listener of the entries refused before any file is read: they are failed files like the others. */
    private static IngestListener refusedFirst(IngestListener listener, List<IngestReport.Failure> refused) {
        return new IngestListener() {
            @Override
            public void started(int files) {
                listener.started(files + refused.size());
                refused.forEach(f -> listener.fileDone(f.file(), FileOutcome.failed(f.reason())));
            }

            @Override
            public void fileDone(Path file, FileOutcome outcome) {
                listener.fileDone(file, outcome);
            }
        };
    }

    /**
     * Ingests files an index knows again, from their paths, into this service's index: rebuilding an index beside
     * the one searched. A file whose path is gone fails, with that reason.
     */
    public IngestReport reingest(List<IndexedFile> files, IngestListener listener) throws IOException {
        long start = System.nanoTime();
        Run run = new Run();
        List<FileIngester.Job> jobs = new ArrayList<>();
        for (IndexedFile file : files) {
            jobs.add(again(run, file, null));
        }
        return runJobs(jobs, run, listener, List.of(), start);
    }

    /**
     * Ingests again every indexed file that is out of date: analysed differently from now, or changed on disk since
     * (a file whose path is gone is left as it is).
     */
    public IngestReport reingestOutdated(IngestListener listener) throws IOException {
        long start = System.nanoTime();
        Run run = new Run();
        List<FileIngester.Job> jobs = new ArrayList<>();
        for (IndexedFile file : outdated()) {
            jobs.add(again(run, file, file));
        }
        return runJobs(jobs, run, listener, List.of(), start);
    }

    /** The indexed files {@link #reingestOutdated} would ingest again. */
    public List<IndexedFile> outdated() {
        return outdatedElsewhere(index.files(), List.of(), List.of(), IngestService::staleOrChanged);
    }

    /**
     * What ingest would make of a file's municipality, prefecture, title and plan type (and period), read without
     * indexing it: to offer before a file is ingested.
     *
     * @throws IOException with the reason ingest would give, when the file cannot be read
     */
    public PlanMetadata infer(Path file) throws IOException {
        try {
            FileIngester ingester = ingesters.take();
            try {
                return ingester.infer(file);
            } finally {
                ingesters.put(ingester);
            }
        } catch (IngestException e) {
            throw new IOException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** A job for a file ingested before, under the name it was first ingested as (not its absolute path). */
    private static FileIngester.Job again(Run run, IndexedFile file, IndexedFile known) {
        Path path = Path.of(file.document().path());
        return run.job(path, SourceFiles.storedName(file.document().file(), path), known);
    }

    /**
     * The index's record of a file, to tell whether it is unchanged; none when it was recorded under another name
     * (an older Sakuin recorded the server's path), so that the file is ingested again under the name readers see.
     */
    private static IndexedFile knownAs(Map<String, IndexedFile> indexed, SourceFiles.Source source) {
        IndexedFile known = indexed.get(SourceFiles.documentId(source.file()));
        return known != null && known.document().file().equals(source.name()) ? known : null;
    }

    private IngestReport runJobs(List<FileIngester.Job> jobs, Run run, IngestListener listener,
                                 List<Path> synchronizedFolders, long start) throws IOException {
        IngestListener told = listener.andThen(observer);
        told.started(jobs.size());
        FileOutcome[] outcomes = ingestAll(jobs, run, told);
        for (int i = 0; i < jobs.size(); i++) {
            if (outcomes[i].status() == FileOutcome.Status.FAILED) {
                run.failures.add(new IngestReport.Failure(jobs.get(i).file(), outcomes[i].reason()));
            }
        }
        int removed = synchronizedFolders.isEmpty() ? 0 : removeVanished(synchronizedFolders);
        index.commit();
        return new IngestReport(run.ingested, run.unchanged, run.passages, List.copyOf(run.failures), removed,
                millisSince(start));
    }

    /** The outcome of each job, in the jobs' order; the listener and the commits follow them as they finish. */
    private FileOutcome[] ingestAll(List<FileIngester.Job> jobs, Run run, IngestListener listener) throws IOException {
        FileOutcome[] outcomes = new FileOutcome[jobs.size()];
        ExecutorService pool = Executors.newFixedThreadPool(all.size());
        try {
            CompletionService<Integer> finished = new ExecutorCompletionService<>(pool);
            for (int i = 0; i < jobs.size(); i++) {
                int job = i;
                finished.submit(() -> {
                    outcomes[job] = ingestWithAnIngester(jobs.get(job));
                    return job;
                });
            }
            for (int i = 0; i < jobs.size(); i++) {
                int job = finished.take().get();
                run.record(outcomes[job]);
                listener.fileDone(jobs.get(job).file(), outcomes[job]);
                run.commitIfDue(index);
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("ingest interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private FileOutcome ingestWithAnIngester(FileIngester.Job job) throws InterruptedException {
        FileIngester ingester = ingesters.take();
        try {
            return ingester.ingest(job);
        } finally {
            ingesters.put(ingester);
        }
    }

    /**
     * The indexed files outside this run that are {@code stale} (analysed differently from now, say), whose files are
     * still there. One whose file is gone keeps its entry, still found by its bigrams, unless a synchronize is about
     * to remove it.
     */
    private static List<IndexedFile> outdatedElsewhere(Collection<IndexedFile> indexed, List<Path> files,
                                                       List<Path> synchronizedFolders, Predicate<IndexedFile> stale) {
        Set<String> inRun = files.stream().map(SourceFiles::documentId).collect(Collectors.toSet());
        List<IndexedFile> outdated = new ArrayList<>();
        for (IndexedFile file : indexed) {
            if (!stale.test(file) || inRun.contains(file.document().id())) {
                continue;
            }
            Path path = Path.of(file.document().path());
            if (Files.isRegularFile(path)) {
                outdated.add(file);
            } else if (!inside(path, synchronizedFolders)) {
                log.warn("{} is gone but was indexed with an older analysis: its entry stays, found by its bigrams, "
                        + "until the file is ingested again", path);
            }
        }
        return outdated;
    }

    /** Analysed differently from now, or its file's bytes are no longer those indexed (a gone file is not). */
    private static boolean staleOrChanged(IndexedFile file) {
        if (!file.analysisCurrent()) {
            return true;
        }
        try {
            Path path = Path.of(file.document().path());
            return Files.isRegularFile(path) && !SourceFiles.contentHash(path).equals(file.document().contentHash());
        } catch (IOException | RuntimeException unreadable) {
            return true; // ingesting it again reports why it cannot be read
        }
    }

    private static <T> Predicate<T> distinctBy(Function<T, String> key) {
        Set<String> seen = new HashSet<>();
        return t -> seen.add(key.apply(t));
    }

    /** Whether an indexed path, the real path it was read from, is in one of the folders (real: links resolved). */
    private static boolean inside(Path path, List<Path> folders) {
        return folders.stream().anyMatch(f -> path.startsWith(SourceFiles.realOrAbsolute(f)));
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
        all.forEach(FileIngester::close);
    }

    /** The running tally of one ingest, and the manifests it has read (before any file is, on one thread). */
    private static final class Run {
        int ingested;
        int unchanged;
        int passages;
        int sinceCommit;
        long lastCommit = System.nanoTime();
        final List<IngestReport.Failure> failures = new ArrayList<>();
        final Map<Path, Optional<Manifest>> manifests = new HashMap<>();

        /** Counts a file; failures are listed once all are done, in the order the files were given. */
        void record(FileOutcome outcome) {
            if (outcome.status() == FileOutcome.Status.INGESTED) {
                ingested++;
                passages += outcome.passages();
                sinceCommit++;
            } else if (outcome.status() == FileOutcome.Status.UNCHANGED) {
                unchanged++;
            }
        }

        FileIngester.Job job(Path file, String name, IndexedFile known) {
            return new FileIngester.Job(file, name, manifestEntry(file).orElse(PlanMetadata.UNKNOWN), known);
        }

        void commitIfDue(PlanIndex index) {
            boolean due = sinceCommit >= COMMIT_EVERY_FILES
                    || (sinceCommit > 0 && System.nanoTime() - lastCommit > COMMIT_EVERY.toNanos());
            if (due) {
                index.checkpoint();
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
