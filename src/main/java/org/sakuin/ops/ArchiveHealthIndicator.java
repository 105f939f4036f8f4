package org.sakuin.ops;

import org.sakuin.index.ArchiveSummary;
import org.sakuin.index.PlanIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code archive} in {@code /actuator/health}: up while the index answers a search (the cluster of the OpenSearch
 * backend is reachable), down with the reason when it does not.
 */
@Component
class ArchiveHealthIndicator implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(ArchiveHealthIndicator.class);

    private final PlanIndex index;

    ArchiveHealthIndicator(PlanIndex index) {
        this.index = index;
    }

    @Override
    public Health health() {
        try {
            ArchiveSummary summary = index.summary();
            return Health.up().withDetail("files", summary.files()).withDetail("passages", summary.passages())
                    .build();
        } catch (RuntimeException e) {
            // a probe asks every few seconds while the cluster is down: the reason, not a stack trace each time
            log.debug("the archive cannot be searched", e);
            return Health.down().withDetail("error", String.valueOf(e.getMessage())).build();
        }
    }
}
