package org.sakuin.ops;

import java.util.Map;
import org.sakuin.index.PlanIndex;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * {@code archive} in {@code /actuator/info}: the analysis this Sakuin indexes with and what the index holds, beside
 * the build's version ({@code build}, from {@code META-INF/build-info.properties}).
 */
@Component
class ArchiveInfoContributor implements InfoContributor {

    private final PlanIndex index;

    ArchiveInfoContributor(PlanIndex index) {
        this.index = index;
    }

    @Override
    public void contribute(Info.Builder info) {
        try {
            info.withDetail("archive", index.summary());
        } catch (RuntimeException e) {
            // the version still matters when the archive is down: it is what an operator asks first
            info.withDetail("archive", Map.of("error", String.valueOf(e.getMessage())));
        }
    }
}
