package org.sakuin.ingest;

import java.io.IOException;
import java.nio.file.Path;
import org.sakuin.classify.PlanClassifier;
import org.sakuin.index.IndexedFile;
import org.sakuin.index.PlanIndex;
import org.sakuin.plan.PlanContent;
import org.sakuin.plan.PlanMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests one file at a time: skips it when unchanged, else has it read ({@link PlanReading}: in a worker process of
 * its own, or in this JVM) and writes what was read to the index. An ingest runs one per thread: each has its own
 * reader, and all write to the one index, whose writer takes files from many threads.
 */
final class FileIngester implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(FileIngester.class);

    /**
     * One file to ingest.
     *
     * @param listed what the manifest says of it ({@link PlanMetadata#UNKNOWN} if nothing)
     * @param known  its record in the index, or null when it was never ingested
     */
    record Job(Path file, String name, PlanMetadata listed, IndexedFile known) {
    }

    private final PlanIndex index;
    private final PlanReading reader;

    FileIngester(PlanIndex index, IngestSettings settings, PlanClassifier classifier) {
        this.index = index;
        this.reader = settings.isolated() ? new WorkerClient(settings) : new PlanReader(settings, classifier, true);
    }

    FileOutcome ingest(Job job) {
        long start = System.nanoTime();
        return ingestOne(job).took((System.nanoTime() - start) / 1_000_000);
    }

    private FileOutcome ingestOne(Job job) {
        Path file = job.file();
        try {
            String hash = SourceFiles.contentHash(file);
            IndexedFile known = job.known();
            if (known != null && known.document().contentHash().equals(hash)
                    && agrees(job.listed(), known.document().metadata()) && known.analysisCurrent()) {
                return FileOutcome.unchanged();
            }
            PlanContent content = reader.read(new PlanReading.Request(file.toString(), job.name(), hash, job.listed()));
            index.replace(content);
            return FileOutcome.ingested(content.passages().size());
        } catch (IngestException e) {
            return FileOutcome.failed(e.getMessage());
        } catch (IOException e) {
            return FileOutcome.failed("cannot read file: " + e.getMessage());
        } catch (RuntimeException e) {
            log.warn("unexpected failure on {}", file, e);
            return FileOutcome.failed(PlanReader.unexpected(e));
        }
    }

    /**
     * What {@link #ingest} would store as the file's metadata when no manifest lists it: the file is read as ingest
     * reads it (in a worker, when isolated — an uploaded file is not to be trusted any more than an ingested one).
     */
    PlanMetadata infer(Path file) throws IngestException, IOException {
        String name = file.getFileName().toString();
        return reader.read(new PlanReading.Request(file.toString(), name, SourceFiles.contentHash(file),
                PlanMetadata.UNKNOWN)).document().metadata();
    }

    /**
     * Whether the stored metadata still says what the manifest says: a corrected manifest must reach the
     * index even though the file itself did not change.
     */
    private static boolean agrees(PlanMetadata listed, PlanMetadata stored) {
        return listed.orElse(stored).equals(stored);
    }

    @Override
    public void close() {
        reader.close();
    }
}
