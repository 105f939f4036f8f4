package org.sakuin.index;

import org.sakuin.plan.Indicator;
import tools.jackson.databind.json.JsonMapper;

/** Stores an indicator record as JSON in one stored field, so a hit can be returned whole. */
final class IndicatorCodec {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private IndicatorCodec() {
    }

    static String encode(Indicator indicator) {
        return JSON.writeValueAsString(indicator);
    }

    static Indicator decode(String json) {
        return JSON.readValue(json, Indicator.class);
    }
}
