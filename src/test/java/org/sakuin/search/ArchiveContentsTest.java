package org.sakuin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveContentsTest {

    @Test
    void policyAreasAreKnownByNameAndByPathWithTheirSubArea() {
        ArchiveContents contents = ArchiveContents.of(List.of());

        assertThat(contents.values().get("area")).contains("子育て・教育", "子育て・教育 › 学校教育")
                .doesNotContain("子育て", "学校教育", "存在しない分野");
    }

    @Test
    void anEmptyArchiveHoldsNoTowns() {
        ArchiveContents contents = ArchiveContents.of(List.of());

        assertThat(contents.plans()).isZero();
        assertThat(contents.towns()).isZero();
    }
}
