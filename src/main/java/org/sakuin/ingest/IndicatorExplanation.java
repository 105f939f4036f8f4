package org.sakuin.ingest;

import java.util.List;
import org.sakuin.indicator.ExtractionLog;
import org.sakuin.layout.PdfLayout;
import org.sakuin.plan.Indicator;

/**
 * What indicator extraction makes of one file, and why each table was or was not read; for a PDF also the
 * tables rebuilt from its layout (the cells the readers saw) and any warning about reading it.
 */
public record IndicatorExplanation(String file, List<Indicator> indicators, List<ExtractionLog.Entry> decisions,
        List<PdfLayout.Table> tables, List<String> warnings) {
}
