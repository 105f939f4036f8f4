package org.sakuin.ingest;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sakuin.gazetteer.Gazetteer;
import org.sakuin.gazetteer.Town;
import org.sakuin.plan.PlanMetadata;
import org.sakuin.plan.PlanPeriod;
import org.sakuin.structure.TextBlock;

/**
 * Infers what a plan is from its own words: the title from the embedded title or an opening line such as
 * 第2次北斗市総合計画, the municipality and prefecture from the title and the names the text uses most,
 * the plan type from the title's last plan word, the period from a 計画期間 sentence.
 */
final class MetadataInference {

    /** Plan types, most specific first: a 総合計画's 実施計画 is an 実施計画. */
    static final List<String> PLAN_TYPES = List.of(
            "実施計画", "総合戦略", "連携中枢都市圏ビジョン", "定住自立圏共生ビジョン", "都市計画マスタープラン",
            "子ども・子育て支援事業計画", "地域防災計画", "基本計画", "基本構想", "総合計画");

    private static final int OPENING_LINES = 40;
    /** A plan of a kind not in {@link #PLAN_TYPES}, once the town and ordinal are gone: DX推進計画, 環境基本計画. */
    private static final Pattern OTHER_PLAN = Pattern.compile("[^\\s]{2,30}(?:計画|戦略|ビジョン|プラン|構想)");
    /** A parenthesised note in a title: (案), （概要版）. */
    private static final Pattern NOTE = Pattern.compile("[(（][^)）]*[)）]");
    private static final String PLAN_WORD = "(?:総合計画|基本計画|実施計画|総合戦略|ビジョン|基本構想|マスタープラン|計画)";
    /** A plan's name, with the part of it that follows a space: 第2次北斗市総合計画 令和6年度実施計画. */
    private static final Pattern PLAN_TITLE = Pattern.compile(
            "^(?:第[0-9]+[次期]\\s*)?\\S{0,30}?" + PLAN_WORD + "(?:\\s\\S{0,20}?" + PLAN_WORD + ")?");
    /** A cover's second line naming the part of the plan the file is: 令和7年度 実施計画, 後期基本計画. */
    private static final Pattern PART_OF_PLAN = Pattern.compile(
            "\\S{0,12}\\s?(?:実施計画|基本計画|基本構想|アクションプラン)");
    /** 第2次, 第6期 …: a plan's ordinal, which would otherwise start the name (次北斗市). */
    static final Pattern ORDINAL = Pattern.compile("第[0-9０-９一二三四五六七八九十]+[次期]");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s*");
    /**
     * A figure standing alone between Japanese words: PDF text tools (pdftotext, PDF-to-Markdown converters) put
     * spaces around half-width runs in Japanese lines, 「第 6 次総合計画」 for 第6次総合計画.
     */
    private static final Pattern SPACED_FIGURE = Pattern.compile(
            "(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]) ([0-9]+) (?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー])");

    private static final Gazetteer GAZETTEER = Gazetteer.japan();

    private MetadataInference() {
    }

    static PlanMetadata infer(List<TextBlock> blocks, String embeddedTitle, String fileName) {
        String title = title(blocks, embeddedTitle).orElse(null);
        String text = blocks.stream().map(TextBlock::text).collect(Collectors.joining("\n"));
        String municipality = municipality(title, text, fileName).orElse(null);
        return new PlanMetadata(municipality, prefecture(municipality, text).orElse(null), title,
                planType(title, text, municipality).orElse(null), period(title, blocks).orElse(null));
    }

    static Optional<String> title(List<TextBlock> blocks, String embeddedTitle) {
        if (embeddedTitle != null && PLAN_TITLE.matcher(embeddedTitle.strip()).find()) {
            return Optional.of(embeddedTitle.strip());
        }
        List<String> opening = blocks.stream().limit(OPENING_LINES).filter(b -> !b.isTableRow())
                .map(b -> SPACED_FIGURE.matcher(MARKDOWN_HEADING.matcher(b.text()).replaceFirst("")).replaceAll("$1")
                        .strip()).toList();
        for (int i = 0; i < opening.size(); i++) {
            String line = opening.get(i);
            if (line.length() <= 60 && PLAN_TITLE.matcher(line).find()) {
                String title = PLAN_TITLE.matcher(line).results().findFirst().orElseThrow().group();
                boolean partFollows = i + 1 < opening.size() && !title.contains(" ")
                        && PART_OF_PLAN.matcher(opening.get(i + 1)).matches();
                return Optional.of(partFollows ? title + " " + opening.get(i + 1) : title);
            }
        }
        return Optional.empty();
    }

    /** The first town the title names, else the file name, else the one the text names most (at least thrice). */
    static Optional<String> municipality(String title, String text, String fileName) {
        for (String source : Stream.of(title, fileName).filter(s -> s != null).toList()) {
            List<String> named = TownNames.in(source);
            if (!named.isEmpty()) {
                return Optional.of(named.getFirst());
            }
        }
        Map<String, Long> counts = TownNames.in(text).stream().collect(Collectors.groupingBy(Function.identity(),
                LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().filter(e -> e.getValue() >= 3)
                .max(Map.Entry.<String, Long>comparingByValue()).map(Map.Entry::getKey);
    }

    /**
     * A real town's prefecture is the gazetteer's; of a name several prefectures have, the one the text settles
     * (else none: a guess would file the plan under the wrong prefecture). A town the gazetteer does not know
     * (fictional, or merged after 2023) gets the prefecture written before its name, else the one named most.
     */
    static Optional<String> prefecture(String municipality, String text) {
        List<Town> real = GAZETTEER.named(municipality);
        if (real.size() == 1) {
            return Optional.of(real.getFirst().prefecture());
        }
        if (real.size() > 1) {
            return HomonymTowns.prefectureOf(real, text);
        }
        List<String> prefectures = GAZETTEER.prefectures();
        if (municipality != null) {
            Optional<String> adjacent = prefectures.stream().filter(p -> text.contains(p + municipality)).findFirst();
            if (adjacent.isPresent()) {
                return adjacent;
            }
        }
        return prefectures.stream()
                .map(p -> Map.entry(p, occurrences(text, p)))
                .filter(e -> e.getValue() > 0)
                .max(Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey);
    }

    static int occurrences(String text, String word) {
        int count = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length())) {
            count++;
        }
        return count;
    }

    /**
     * The most specific known plan type the title names; else, for a title naming a plan of another kind
     * (楓野市DX推進計画), the title without the town, its ordinal and notes (DX推進計画) — the text of such a plan
     * mentions the 総合計画 it follows more than itself; else the known type the text names most.
     */
    static Optional<String> planType(String title, String text, String municipality) {
        if (title != null) {
            Optional<String> fromTitle = PLAN_TYPES.stream().filter(title::contains).findFirst();
            if (fromTitle.isPresent()) {
                return fromTitle;
            }
            String kind = NOTE.matcher(ORDINAL.matcher(municipality == null ? title : title.replace(municipality, ""))
                    .replaceAll("")).replaceAll("").strip();
            if (OTHER_PLAN.matcher(kind).matches()) {
                return Optional.of(kind);
            }
        }
        return PLAN_TYPES.stream()
                .map(type -> Map.entry(type, occurrences(text, type)))
                .filter(e -> e.getValue() > 0)
                .max(Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey);
    }

    static Optional<PlanPeriod> period(String title, List<TextBlock> blocks) {
        Optional<PlanPeriod> stated = blocks.stream()
                .filter(b -> b.text().contains("期間"))
                .map(b -> PlanPeriod.find(b.text()))
                .flatMap(Optional::stream)
                .findFirst();
        if (stated.isPresent()) {
            return stated;
        }
        Optional<PlanPeriod> inTitle = title == null ? Optional.empty() : PlanPeriod.find(title);
        return inTitle.or(() -> blocks.stream().limit(OPENING_LINES)
                .map(b -> PlanPeriod.find(b.text())).flatMap(Optional::stream).findFirst());
    }
}
