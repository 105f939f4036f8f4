package org.sakuin.ingest;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sakuin.plan.PlanMetadata;
import org.sakuin.plan.PlanPeriod;
import org.sakuin.structure.TextBlock;

/**
 * Infers what a plan is from its own words: the title from the embedded title or an opening line such as
 * 第2次北斗市総合計画, the municipality and prefecture from the title and the names the text uses most,
 * the plan type from the title's last plan word, the period from a 計画期間 sentence.
 */
final class MetadataInference {

    static final List<String> PREFECTURES = List.of(
            "北海道", "青森県", "岩手県", "宮城県", "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県",
            "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県", "富山県", "石川県", "福井県", "山梨県", "長野県",
            "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府", "大阪府", "兵庫県", "奈良県", "和歌山県",
            "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県", "愛媛県", "高知県", "福岡県",
            "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県");

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
    private static final Pattern MUNICIPALITY = Pattern.compile(
            "(?<![\\p{IsHan}\\p{IsKatakana}ー])([\\p{IsHan}\\p{IsKatakana}ー]{1,4}[市町村])(?![町村民内外長議役政場街道立営])");
    private static final Set<String> NOT_NAMES = Set.of("都市", "本市", "他市", "各市", "同市", "全市", "当市",
            "両市", "市町", "町村", "市町村", "近隣市", "周辺市", "我が町", "各町", "各村", "農村", "漁村", "山村");
    /** 第2次, 第6期 …: a plan's ordinal, which would otherwise start the name (次北斗市). */
    private static final Pattern ORDINAL = Pattern.compile("第[0-9０-９一二三四五六七八九十]+[次期]");
    /**
     * Words for kinds of city (姉妹都市, 友好都市, 中核都市, 大都市 …). Real names ending in 都市 have one
     * character before it (京都市, 西都市), so only the generic one-character prefixes are listed.
     */
    private static final Pattern GENERIC_CITY = Pattern.compile("(?:.{2,}|[大各他両全同諸新本当])都市");
    /** 他市町村, 近隣市町: groups of municipalities, not one. */
    private static final Pattern GROUP_OF_MUNICIPALITIES = Pattern.compile(".*市町村?|.*町村");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s*");

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
                .map(b -> MARKDOWN_HEADING.matcher(b.text()).replaceFirst("").strip()).toList();
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

    static Optional<String> municipality(String title, String text, String fileName) {
        for (String source : Stream.of(title, fileName).filter(s -> s != null).toList()) {
            Optional<String> named = names(source).findFirst();
            if (named.isPresent()) {
                return named;
            }
        }
        Map<String, Long> counts = names(text).collect(Collectors.groupingBy(Function.identity(),
                LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().filter(e -> e.getValue() >= 3)
                .max(Map.Entry.<String, Long>comparingByValue()).map(Map.Entry::getKey);
    }

    private static Stream<String> names(String text) {
        Matcher m = MUNICIPALITY.matcher(ORDINAL.matcher(text).replaceAll(" "));
        return m.results().map(r -> r.group(1)).map(MetadataInference::withoutPrefecture)
                .filter(name -> !NOT_NAMES.contains(name) && name.length() >= 2)
                .filter(name -> !GENERIC_CITY.matcher(name).matches()
                        && !GROUP_OF_MUNICIPALITIES.matcher(name).matches());
    }

    private static String withoutPrefecture(String name) {
        return PREFECTURES.stream().filter(p -> name.startsWith(p) && name.length() > p.length())
                .findFirst().map(p -> name.substring(p.length())).orElse(name);
    }

    static Optional<String> prefecture(String municipality, String text) {
        if (municipality != null) {
            Optional<String> adjacent = PREFECTURES.stream().filter(p -> text.contains(p + municipality)).findFirst();
            if (adjacent.isPresent()) {
                return adjacent;
            }
        }
        return PREFECTURES.stream()
                .map(p -> Map.entry(p, occurrences(text, p)))
                .filter(e -> e.getValue() > 0)
                .max(Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey);
    }

    private static int occurrences(String text, String word) {
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
