package org.sakuin.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.sakuin.indicator.ExtractionLog;
import org.sakuin.indicator.IndicatorExtractor;
import org.sakuin.plan.Indicator;
import org.sakuin.structure.PlanStructurer;

/**
 * Reads one file as ingest would, without indexing it, and explains its indicator extraction: which tables
 * were taken and why the others were not ({@code indicators --explain FILE}).
 */
public final class IndicatorExplainer implements AutoCloseable {

    private final TikaExtractor extractor = new TikaExtractor(IngestSettings.IN_PROCESS,
            IngestSettings.IN_PROCESS.timeout());

    public IndicatorExplanation explain(Path file) throws IOException {
        try {
            ExtractedFile extracted = extractor.extract(file);
            String id = SourceFiles.documentId(file);
            ExtractionLog log = new ExtractionLog();
            List<Indicator> indicators = new IndicatorExtractor().extract(id,
                    new PlanStructurer().structure(id, extracted.blocks()).blocks(), log);
            return new IndicatorExplanation(SourceFiles.displayName(file), indicators, log.entries(),
                    extracted.tables(), extracted.warnings());
        } catch (IngestException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        extractor.close();
    }
}
