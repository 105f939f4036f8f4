package org.sakuin.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.plan.Indicator;
import org.sakuin.plan.IndicatorValue;
import org.sakuin.plan.IndicatorValue.Basis;
import org.sakuin.plan.IndicatorValue.Qualifier;
import org.sakuin.plan.Section;

class IndicatorCodecTest {

    @Test
    void aRecordSurvivesTheRoundTripWithItsQualifiersAndComputedRate() {
        Indicator indicator = new Indicator("doc-1", "移住者数", "成果指標", "人",
                new IndicatorValue("12000", 2020, "1.2万人(R2)", "人", null, null, null),
                List.of(new IndicatorValue("13000", 2022, "1.3万人", "人", null, null, null)), "86.7%", true,
                List.of(new IndicatorValue("15000", 2025, "1.5〜1.8万人以上", "人", Qualifier.AT_LEAST,
                        Basis.PER_YEAR, "18000")),
                null, "doc", new Section(List.of("第1章")), 3, "src");
        assertThat(IndicatorCodec.decode(IndicatorCodec.encode(indicator))).isEqualTo(indicator);
    }

    /** An index written before figures had units and qualifiers still reads, until ingest renews it. */
    @Test
    void aRecordStoredBeforeTheNewFieldsStillDecodes() {
        String stored = "{\"id\":\"doc-1\",\"name\":\"自治会加入世帯数\",\"kind\":\"成果指標\",\"unit\":\"世帯\","
                + "\"baseline\":{\"value\":\"41383\",\"fy\":null,\"raw\":\"41,383世帯\"},\"actuals\":[],"
                + "\"achievement\":null,\"targets\":[{\"value\":\"現状維持\",\"fy\":null,\"raw\":\"現状維持\"}],"
                + "\"description\":null,\"documentId\":\"doc\",\"section\":{\"headings\":[\"第1章\"]},\"page\":12,"
                + "\"source\":\"\"}";
        Indicator decoded = IndicatorCodec.decode(stored);
        assertThat(decoded.baseline()).isEqualTo(new IndicatorValue("41383", null, "41,383世帯"));
        assertThat(decoded.achievementComputed()).isFalse();
    }
}
