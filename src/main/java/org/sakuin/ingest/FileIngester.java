package org.sakuin.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
 * Reads, structures and indexes one file at a time. An ingest runs one per thread: each has its own Tika reader
 * (whose time-out worker is its own), and all write to the one index, whose writer takes files from many threads.
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
    private final TikaExtractor extractor;
    private final PlanClassifier classifier;
    private final PlanStructurer structurer = new PlanStructurer();
    private final IndicatorExtractor indicatorExtractor = new IndicatorExtractor();

    FileIngester(PlanIndex index, IngestSettings settings, PlanClassifier classifier) {
        this.index = index;
        this.extractor = new TikaExtractor(settings.maxFileBytes(), settings.parseTimeout());
        this.classifier = classifier;
    }

    FileOutcome ingest(Job job) {
        long start = System.nanoTime();
        return ingestOne(job).took((System.nanoTime() - start) / 1_000_000);
    }

    private FileOutcome ingestOne(Job job) {
        Path file = job.file();
        String id = SourceFiles.documentId(file);
        try {
            String hash = SourceFiles.contentHash(file);
            IndexedFile known = job.known();
            if (known != null && known.document().contentHash().equals(hash)
                    && agrees(job.listed(), known.document().metadata()) && known.analysisCurrent()) {
                return FileOutcome.unchanged();
            }
            ExtractedFile extracted = extractor.extract(file);
            PlanMetadata metadata = metadataOf(file, extracted, job.listed());
            PlanDocument document = new PlanDocument(id, job.name(),
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

    /** What {@link #ingest} would store as the file's metadata when no manifest lists it. */
    PlanMetadata infer(Path file) throws IngestException {
        return metadataOf(file, extractor.extract(file), PlanMetadata.UNKNOWN);
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

    @Override
    public void close() {
        extractor.close();
    }
}
