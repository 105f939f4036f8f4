package org.sakuin.index;

import org.sakuin.plan.Indicator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores an indicator record as JSON in one stored field, so a hit can be returned whole. A record stored before
 * a field existed still reads: the missing field is null, or false for {@code achievementComputed}.
 */
final class IndicatorCodec {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private IndicatorCodec() {
    }

    static String encode(Indicator indicator) {
        return JSON.writeValueAsString(indicator);
    }

    static Indicator decode(String json) {
        return JSON.readValue(json, Indicator.class);
    }
}
