package org.sakuin.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sakuin.plan.Passage;
import org.sakuin.plan.Section;

class PlanStructurerTest {

    private final PlanStructurer structurer = new PlanStructurer();

    private static List<TextBlock> lines(String... lines) {
        return TextLines.of(lines);
    }

    /** The section path of each body line (headings left out), by the line's text. */
    private Map<String, String> sectionsOf(String... lines) {
        Map<String, String> sections = new LinkedHashMap<>();
        for (StructuredBlock block : structurer.structure("doc", lines(lines)).blocks()) {
            if (!block.heading()) {
                sections.put(block.block().text(), block.section().path());
            }
        }
        return sections;
    }

    @Test
    void chapterSectionItemNest() {
        Map<String, String> sections = sectionsOf(
                "第1章 つながりを大切にしたまちづくり",
                "章の本文。",
                "第1節 人権の尊重と権利の擁護",
                "節の本文。",
                "第1項 人権施策の推進",
                "項1の本文。",
                "第2項 多文化共生社会の推進",
                "項2の本文。",
                "第2節 男女共同参画社会の実現",
                "節2の本文。",
                "第2章 安全で安心なまちづくり",
                "章2の本文。");
        assertThat(sections).containsExactly(
                Map.entry("章の本文。", "第1章 つながりを大切にしたまちづくり"),
                Map.entry("節の本文。", "第1章 つながりを大切にしたまちづくり › 第1節 人権の尊重と権利の擁護"),
                Map.entry("項1の本文。", "第1章 つながりを大切にしたまちづくり › 第1節 人権の尊重と権利の擁護 › 第1項 人権施策の推進"),
                Map.entry("項2の本文。", "第1章 つながりを大切にしたまちづくり › 第1節 人権の尊重と権利の擁護 › 第2項 多文化共生社会の推進"),
                Map.entry("節2の本文。", "第1章 つながりを大切にしたまちづくり › 第2節 男女共同参画社会の実現"),
                Map.entry("章2の本文。", "第2章 安全で安心なまちづくり"));
    }

    @Test
    void goalPolicyMeasureSubMeasureNest() {
        Map<String, String> sections = sectionsOf(
                "(基本目標5) 互いに支え合い、共に築くまちを目指します",
                "基本政策12 広域連携によるまちづくり",
                "政策の本文。",
                "施策1 広域自治体ネットワークの強化",
                "展開施策1 北北海道における自治体との連携の推進",
                "展開施策1の本文。",
                "展開施策2 都市間連携の推進",
                "展開施策2の本文。",
                "施策2 国際交流の推進",
                "施策2の本文。",
                "基本政策13 市民参加のまちづくり",
                "政策13の本文。");
        assertThat(sections).containsExactly(
                Map.entry("政策の本文。", "(基本目標5) 互いに支え合い、共に築くまちを目指します › 基本政策12 広域連携によるまちづくり"),
                Map.entry("展開施策1の本文。", "(基本目標5) 互いに支え合い、共に築くまちを目指します › 基本政策12 広域連携によるまちづくり"
                        + " › 施策1 広域自治体ネットワークの強化 › 展開施策1 北北海道における自治体との連携の推進"),
                Map.entry("展開施策2の本文。", "(基本目標5) 互いに支え合い、共に築くまちを目指します › 基本政策12 広域連携によるまちづくり"
                        + " › 施策1 広域自治体ネットワークの強化 › 展開施策2 都市間連携の推進"),
                Map.entry("施策2の本文。", "(基本目標5) 互いに支え合い、共に築くまちを目指します › 基本政策12 広域連携によるまちづくり"
                        + " › 施策2 国際交流の推進"),
                Map.entry("政策13の本文。", "(基本目標5) 互いに支え合い、共に築くまちを目指します › 基本政策13 市民参加のまちづくり"));
    }

    /** Numbered headings nest in the order the document first uses their kinds. */
    @Test
    void numberedHeadingsNestByFirstUse() {
        Map<String, String> sections = sectionsOf(
                "1 総合計画の位置付け",
                "本文1。",
                "(1) 計画の構成",
                "本文1-1。",
                "① 基本構想",
                "本文1-1-1。",
                "② 基本計画",
                "本文1-1-2。",
                "(2) 計画の期間",
                "本文1-2。",
                "2 計画の推進",
                "本文2。");
        assertThat(sections).containsExactly(
                Map.entry("本文1。", "1 総合計画の位置付け"),
                Map.entry("本文1-1。", "1 総合計画の位置付け › (1) 計画の構成"),
                Map.entry("本文1-1-1。", "1 総合計画の位置付け › (1) 計画の構成 › ① 基本構想"),
                Map.entry("本文1-1-2。", "1 総合計画の位置付け › (1) 計画の構成 › ② 基本計画"),
                Map.entry("本文1-2。", "1 総合計画の位置付け › (2) 計画の期間"),
                Map.entry("本文2。", "2 計画の推進"));
        // the other order of first use nests the other way
        assertThat(sectionsOf("① 基本構想", "(1) 計画の構成", "本文。", "② 基本計画", "本文2。")).containsExactly(
                Map.entry("本文。", "① 基本構想 › (1) 計画の構成"), Map.entry("本文2。", "② 基本計画"));
    }

    @Test
    void numberedHeadingsInsideRankedOnes() {
        Map<String, String> sections = sectionsOf(
                "第1節 人権の尊重と権利の擁護",
                "(1) 人権の啓発",
                "啓発の本文。",
                "第2節 男女共同参画社会の実現",
                "節2の本文。");
        assertThat(sections).containsExactly(
                Map.entry("啓発の本文。", "第1節 人権の尊重と権利の擁護 › (1) 人権の啓発"),
                Map.entry("節2の本文。", "第2節 男女共同参画社会の実現"));
    }

    /** A label names the block under it: the next heading, of any kind, is not inside it. */
    @Test
    void labelsNeverContainLaterHeadings() {
        assertThat(sectionsOf(
                "第1節 人権の尊重と権利の擁護",
                "●政策目標",
                "差別のない社会を目指します。",
                "●成果指標",
                "指標\t現状値\t目標値",
                "第1項 人権施策の推進",
                "項の本文。")).containsExactly(
                Map.entry("差別のない社会を目指します。", "第1節 人権の尊重と権利の擁護 › ●政策目標"),
                Map.entry("指標\t現状値\t目標値", "第1節 人権の尊重と権利の擁護 › ●成果指標"),
                Map.entry("項の本文。", "第1節 人権の尊重と権利の擁護 › 第1項 人権施策の推進"));
        assertThat(sectionsOf(
                "基本政策12 広域連携によるまちづくり",
                "【目標像】",
                "目標像の本文。",
                "施策1 広域自治体ネットワークの強化",
                "施策の本文。",
                "(評価指標)",
                "・ 会議の開催回数",
                "(1) 定住自立圏の推進",
                "定住自立圏の本文。")).containsExactly(
                Map.entry("目標像の本文。", "基本政策12 広域連携によるまちづくり › 【目標像】"),
                Map.entry("施策の本文。", "基本政策12 広域連携によるまちづくり › 施策1 広域自治体ネットワークの強化"),
                Map.entry("・ 会議の開催回数", "基本政策12 広域連携によるまちづくり › 施策1 広域自治体ネットワークの強化 › (評価指標)"),
                Map.entry("定住自立圏の本文。",
                        "基本政策12 広域連携によるまちづくり › 施策1 広域自治体ネットワークの強化 › (1) 定住自立圏の推進"));
    }

    /** 【主な取組】 ① … ② … ③ … with no text between: a list in the label's passage, and the next label is its sibling. */
    @Test
    void numberedLinesRightUnderALabelAreItsList() {
        List<String> lines = List.of(
                "施策 3-1 健康づくりの推進",
                "健診の受診勧奨を進めます。",
                "【主な取組】",
                "① 特定健診・がん検診の受診勧奨",
                "② 健康ポイント事業の実施",
                "【成果指標】",
                "指標\t現状値\t目標値",
                "施策 3-2 地域福祉の充実",
                "【主な取組】",
                "① 見守り活動",
                "② 民生委員の支援");
        Map<String, String> sections = sectionsOf(lines.toArray(String[]::new));
        assertThat(sections).containsEntry("② 健康ポイント事業の実施", "施策 3-1 健康づくりの推進 › 【主な取組】")
                .containsEntry("指標\t現状値\t目標値", "施策 3-1 健康づくりの推進 › 【成果指標】")
                .containsEntry("② 民生委員の支援", "施策 3-2 地域福祉の充実 › 【主な取組】");
    }

    /** Items with text of their own under a label are its sub-sections, and end where the next label starts. */
    @Test
    void numberedHeadingsWithTextRightUnderALabelNestInIt() {
        assertThat(sectionsOf(
                "施策1 移住の促進",
                "【主な取組】",
                "① 空き家バンクの充実",
                "登録物件を増やします。",
                "② 移住体験の実施",
                "体験住宅を運営します。",
                "【成果指標】",
                "指標\t現状値\t目標値")).containsExactly(
                Map.entry("登録物件を増やします。", "施策1 移住の促進 › 【主な取組】 › ① 空き家バンクの充実"),
                Map.entry("体験住宅を運営します。", "施策1 移住の促進 › 【主な取組】 › ② 移住体験の実施"),
                Map.entry("指標\t現状値\t目標値", "施策1 移住の促進 › 【成果指標】"));
    }

    /** 施策3-1, 基本施策 1-2-3: the parents' numbers before the heading's own. */
    @Test
    void rankedHeadingsMayCarryTheirParentsNumbers() {
        assertThat(sectionsOf("政策 3 健康で安心して暮らせる村", "施策 3-1 健康づくりの推進", "本文。"))
                .containsExactly(Map.entry("本文。", "政策 3 健康で安心して暮らせる村 › 施策 3-1 健康づくりの推進"));
    }

    /** A table of contents repeats later headings one after another: its lines open no section. */
    @Test
    void tableOfContentsLinesAreNotSections() {
        StructuredPlan plan = structurer.structure("doc", lines(
                "目次",
                "第1章 計画の概要",
                "第2章 基本計画",
                "第3章 計画の推進",
                "\f",
                "第1章 計画の概要",
                "概要の本文。",
                "第2章 基本計画",
                "基本計画の本文。",
                "第3章 計画の推進",
                "推進の本文。"));
        List<StructuredBlock> blocks = plan.blocks();
        assertThat(blocks.subList(1, 4)).allSatisfy(block -> {
            assertThat(block.heading()).isFalse();
            assertThat(block.section()).isEqualTo(Section.ROOT);
        });
        assertThat(blocks.subList(4, 10)).extracting(StructuredBlock::heading)
                .containsExactly(true, false, true, false, true, false);
        assertThat(plan.passages()).extracting(p -> p.section().path())
                .containsExactly("", "第1章 計画の概要", "第2章 基本計画", "第3章 計画の推進");
    }

    /** A heading met once, followed at once by another heading, is still a heading. */
    @Test
    void aHeadingDirectlyFollowedByItsFirstSubheadingIsKept() {
        Map<String, String> sections = sectionsOf(
                "第1章 計画の概要",
                "第1節 計画策定の趣旨",
                "趣旨の本文。");
        assertThat(sections).containsExactly(Map.entry("趣旨の本文。", "第1章 計画の概要 › 第1節 計画策定の趣旨"));
    }

    @Test
    void sentencesAndTableRowsAreNotHeadings() {
        StructuredPlan plan = structurer.structure("doc", lines(
                "1 本市では、市民との協働により、まちづくりを進めてきました。",
                "(1) 市民の意見を聞きながら計画を策定します",
                "第1章\t人口\t世帯",
                "1\t上川中部定住自立圏形成協定に基づく取組数\t事業"));
        assertThat(plan.blocks()).noneMatch(StructuredBlock::heading);
    }

    @Test
    void markedHeadingsNestByLevel() {
        StructuredPlan plan = structurer.structure("doc", List.of(
                TextBlock.heading(1, "第2期総合戦略", 1),
                TextBlock.heading(1, "基本目標1 しごとをつくる", 2),
                TextBlock.heading(1, "(1) 地域産業の振興", 3),
                TextBlock.line(1, "本文。"),
                TextBlock.heading(1, "基本目標2 ひとの流れをつくる", 2),
                TextBlock.line(1, "本文2。")));
        assertThat(plan.passages()).extracting(p -> p.section().path()).containsExactly(
                "第2期総合戦略",
                "第2期総合戦略 › 基本目標1 しごとをつくる",
                "第2期総合戦略 › 基本目標1 しごとをつくる › (1) 地域産業の振興",
                "第2期総合戦略 › 基本目標2 ひとの流れをつくる");
    }

    /** Every passage lies in one section and on one page; its body lines are from that section and page. */
    @Test
    void passagesNeverCrossASectionOrPageBoundary() {
        List<String> text = new ArrayList<>();
        text.add("第1節 人権の尊重と権利の擁護");
        for (int i = 0; i < 30; i++) {
            text.add("人権に関する各種啓発活動を実施し、人権思想の普及に努めます。第" + i + "文。");
            if (i == 12) {
                text.add("\f");
            }
        }
        text.add("第2節 男女共同参画社会の実現");
        text.add("男女共同参画の意識づくりを進めます。");
        text.add("\f");
        text.add("男女がともに活躍できる環境を整えます。");
        text.add("●成果指標");
        text.add("指標\t現状値\t目標値");
        text.add("各種講座の受講者数\t1,162人\t1,300人");
        List<TextBlock> blocks = lines(text.toArray(String[]::new));
        StructuredPlan plan = structurer.structure("doc", blocks);

        Map<String, StructuredBlock> byText = new LinkedHashMap<>();
        plan.blocks().forEach(b -> byText.put(b.block().text(), b));
        assertThat(plan.passages()).hasSizeGreaterThan(4).allSatisfy(passage -> {
            assertThat(passage.text().length()) // a few hundred characters: a long section is split
                    .isLessThanOrEqualTo(PlanStructurer.TARGET_LENGTH + PlanStructurer.MAX_TABLE_LENGTH);
            List<String> passageLines = List.of(passage.text().split("\n"));
            for (String line : passageLines) {
                StructuredBlock block = byText.get(line);
                assertThat(block).as("line %s of passage %s", line, passage.ordinal()).isNotNull();
                assertThat(block.section()).as(line).isEqualTo(passage.section());
                if (!block.heading()) {
                    assertThat(block.block().page()).as(line).isEqualTo(passage.page());
                }
            }
        });
        assertThat(plan.passages()).extracting(Passage::ordinal).isSorted().doesNotHaveDuplicates();
        assertThat(plan.passages()).extracting(Passage::id).allMatch(id -> id.startsWith("doc#"));
        // every line of the plan is in some passage, once
        String all = String.join("\n", plan.passages().stream().map(Passage::text).toList());
        for (TextBlock block : blocks) {
            assertThat(all).contains(block.text());
        }
        assertThat(plan.passages().stream().filter(p -> p.text().contains("男女がともに活躍できる環境を整えます。")))
                .singleElement().satisfies(p -> assertThat(p.page()).isEqualTo(3));
    }

    @Test
    void linesWrappedMidSentenceJoin() {
        StructuredPlan plan = structurer.structure("doc", lines(
                "第1節 健康づくり",
                "市民一人ひとりが健康づくりに取り組めるよう、健診の受診",
                "勧奨や健康教室を実施します。",
                "生活習慣病の予防を進めます。"));
        assertThat(plan.passages()).singleElement().extracting(Passage::text).isEqualTo(
                "第1節 健康づくり\n市民一人ひとりが健康づくりに取り組めるよう、健診の受診勧奨や健康教室を実施します。\n"
                        + "生活習慣病の予防を進めます。");
    }
}
