package org.sakuin.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.plan.Indicator;
import org.sakuin.plan.Passage;
import org.sakuin.plan.Section;

class IndicatorLinksTest {

    private static Section section(String... headings) {
        return new Section(List.of(headings));
    }

    private static Passage passage(int ordinal, Section section) {
        return new Passage("doc#" + ordinal, ordinal, 1, section, "本文");
    }

    private static Indicator indicator(String name, Section section) {
        return new Indicator(IndicatorAssembler.idOf("doc", name), name, "成果指標", null, null, List.of(), null, false,
                List.of(), null, "doc", section, 1, name);
    }

    @Test
    void passagesLinkToTheIndicatorsOfTheirSectionLabelsAside() {
        Indicator tourism = indicator("観光入込客数", section("第5章 にぎわい", "第1節 観光の振興", "●成果指標"));
        Indicator farming = indicator("新規就農者数", section("第5章 にぎわい", "第2節 農業の振興", "【成果指標】"));
        List<Passage> linked = IndicatorLinks.attach(List.of(
                passage(0, section("第5章 にぎわい", "第1節 観光の振興")),
                passage(1, section("第5章 にぎわい", "第1節 観光の振興", "●政策目標")),
                passage(2, section("第5章 にぎわい", "第2節 農業の振興", "(成果指標)")),
                passage(3, section("第5章 にぎわい"))), List.of(tourism, farming));
        assertThat(linked).extracting(Passage::indicatorIds).containsExactly(
                List.of(tourism.id()), List.of(tourism.id()), List.of(farming.id()), List.of());
    }

    @Test
    void withoutIndicatorsPassagesAreUnchanged() {
        List<Passage> passages = List.of(passage(0, section("第1章")));
        assertThat(IndicatorLinks.attach(passages, List.of())).isSameAs(passages);
    }

    @Test
    void topicDropsTrailingLabelsOnly() {
        assertThat(section("基本政策12", "【目標像】").topic()).containsExactly("基本政策12");
        assertThat(section("基本政策12", "施策1 広域連携").topic()).containsExactly("基本政策12", "施策1 広域連携");
        assertThat(Section.ROOT.topic()).isEmpty();
    }
}
