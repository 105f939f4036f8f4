package org.sakuin.ingest;

import java.util.List;
import org.sakuin.indicator.ExtractionLog;
import org.sakuin.plan.Indicator;

/** What indicator extraction makes of one file, and why each table was or was not read. */
public record IndicatorExplanation(String file, List<Indicator> indicators, List<ExtractionLog.Entry> decisions) {
}
