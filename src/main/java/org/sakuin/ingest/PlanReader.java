package org.sakuin.ingest;

import java.nio.file.Path;
import java.util.List;
import org.sakuin.classify.AreaClassifier;
import org.sakuin.classify.PlanClassifier;
import org.sakuin.indicator.IndicatorExtractor;
import org.sakuin.indicator.IndicatorLinks;
import org.sakuin.indicator.StackedTableRows;
import org.sakuin.plan.Indicator;
import org.sakuin.plan.Passage;
import org.sakuin.plan.PlanContent;
import org.sakuin.plan.PlanDocument;
import org.sakuin.plan.PlanMetadata;
import org.sakuin.structure.PlanStructurer;
import org.sakuin.structure.StructuredPlan;

/**
 * All the work on one file up to what is indexed: text, metadata, structure, indicators and policy areas. This is
 * what a hostile file can make slow or large, so it runs in a worker process ({@link ParseWorker}) unless the
 * settings say in-process; either way the caller only writes the result to the index.
 */
final class PlanReader implements PlanReading {

    private final TikaExtractor extractor;
    private final PlanClassifier classifier;
    private final PlanStructurer structurer = new PlanStructurer();
    private final IndicatorExtractor indicatorExtractor = new IndicatorExtractor();

    /**
     * @param ownTimeout whether the reader times its parse itself (in-process), rather than being killed by the
     *                   process that waits for it (in a worker)
     */
    PlanReader(IngestSettings settings, PlanClassifier classifier, boolean ownTimeout) {
        this.extractor = new TikaExtractor(settings, ownTimeout ? settings.timeout() : null);
        this.classifier = classifier;
    }

    PlanReader(IngestSettings settings, boolean ownTimeout) {
        this(settings, new PlanClassifier(AreaClassifier.bundled()), ownTimeout);
    }

    @Override
    public PlanContent read(Request request) throws IngestException {
        Path file = Path.of(request.file());
        String id = SourceFiles.documentId(file);
        ExtractedFile extracted = extractor.extract(file);
        PlanMetadata metadata = metadataOf(file, extracted, request.listed());
        PlanDocument document = new PlanDocument(id, request.name(), file.toAbsolutePath().normalize().toString(),
                request.hash(), extracted.contentType(), extracted.pages(), metadata);
        StructuredPlan structured = structurer.structure(id, extracted.blocks());
        List<Indicator> indicators = indicatorExtractor.extract(id, structured.blocks());
        // passages are cut from the lines again where indicator tables were flattened: their rows keep their cells
        StructuredPlan tabled = StackedTableRows.of(structured.blocks()).map(blocks -> structurer.structure(id, blocks))
                .orElse(structured);
        List<Passage> passages = IndicatorLinks.attach(tabled.passages(), indicators);
        return new PlanContent(document, passages, indicators, classifier.classify(passages, indicators));
    }

    private static PlanMetadata metadataOf(Path file, ExtractedFile extracted, PlanMetadata listed) {
        String title = listed.title() != null ? listed.title() : extracted.embeddedTitle();
        PlanMetadata inferred = MetadataInference.infer(extracted.blocks(), title, file.getFileName().toString());
        return listed.orElse(inferred.inPrefectureOf(listed.municipality()));
    }

    /** The reason given for a failure no check foresaw: a bug, named with its exception. */
    static String unexpected(RuntimeException e) {
        return "unexpected error: " + e;
    }

    @Override
    public void close() {
        extractor.close();
    }
}
