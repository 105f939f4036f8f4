package org.sakuin.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.sakuin.gazetteer.Gazetteer;
import org.sakuin.index.IndicatorHit;
import org.sakuin.plan.Indicator;
import org.sakuin.plan.IndicatorValue;

/** An indicator as the CLI, REST API and UI show it (the JSON shape of {@code indicators --json}). */
public record IndicatorEntry(String id, String name, String kind, String unit, IndicatorValue baseline,
                             List<IndicatorValue> actuals, String achievement, boolean achievementComputed,
                             List<IndicatorValue> targets, String description, String municipality,
                             String prefecture, String plan, String planType, String file, String documentId,
                             int page, String section, String source) {

    static IndicatorEntry of(IndicatorHit hit) {
        Indicator i = hit.indicator();
        return new IndicatorEntry(i.id(), i.name(), i.kind(), i.unit(), i.baseline(), i.actuals(), i.achievement(),
                i.achievementComputed(), i.targets(), i.description(), hit.plan().municipality(),
                hit.plan().prefecture(), hit.plan().title(), hit.plan().planType(), hit.file(), i.documentId(),
                i.page(), i.section().path(), i.source());
    }

    /** The town's national local-government code (112259), where the gazetteer knows the town and prefecture. */
    @JsonProperty
    public String municipalityCode() {
        return Gazetteer.japan().code(prefecture, municipality).orElse(null);
    }
}
