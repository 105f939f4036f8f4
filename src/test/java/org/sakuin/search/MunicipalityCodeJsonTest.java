package org.sakuin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class MunicipalityCodeJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static SearchHit hit(String municipality, String prefecture) {
        return new SearchHit("a.pdf", municipality, prefecture, "計画", "基本計画", 1, "", List.of(), 1f, "", List.of(),
                "doc", "doc#1", List.of(), List.of());
    }

    @Test
    void aHitOfARealTownCarriesItsCodeBesideItsNames() {
        assertThat(JSON.writeValueAsString(hit("入間市", "埼玉県")))
                .contains("\"municipality\":\"入間市\"", "\"prefecture\":\"埼玉県\"", "\"municipalityCode\":\"112259\"");
    }

    @Test
    void aHitOfAnUnknownTownOrPrefectureHasNoCode() {
        assertThat(JSON.writeValueAsString(hit("星見野市", "長野県"))).contains("\"municipalityCode\":null");
        assertThat(JSON.writeValueAsString(hit("伊達市", null))).contains("\"municipalityCode\":null");
    }
}
