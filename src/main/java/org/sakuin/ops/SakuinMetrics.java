package org.sakuin.ops;

import io.micrometer.core.instrument.MeterRegistry;
import org.sakuin.index.PlanIndex;
import org.sakuin.ingest.IngestListener;
import org.sakuin.qa.QuestionAnsweringService;
import org.sakuin.search.SearchService;
import org.springframework.stereotype.Component;

/**
 * The server's services, measured into its meter registry: search latency by kind ({@code sakuin.search}) and
 * ingest counts by outcome ({@code sakuin.ingest.files}, {@code sakuin.ingest.passages}). The services themselves
 * know nothing of metrics; the command line builds them unmeasured.
 */
@Component
public final class SakuinMetrics {

    private final SearchTimers timers;
    private final MeterRegistry meters;

    public SakuinMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.timers = new SearchTimers(meters);
    }

    public SearchService searchService(PlanIndex index) {
        return new MeasuredSearchService(index, timers);
    }

    /** Answers over the given (measured) search service; only the question as a whole is timed. */
    public QuestionAnsweringService questionAnswering(SearchService search) {
        return new MeasuredQuestionAnswering(search, timers);
    }

    /** To be told of every ingest the server runs ({@code IngestService}'s observer). */
    public IngestListener ingestCounters() {
        return new IngestCounters(meters);
    }
}
