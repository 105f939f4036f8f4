package org.sakuin.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.sakuin.plan.Indicator;
import org.sakuin.plan.Passage;
import org.sakuin.plan.PlanContent;

/**
 * What one plan offers for suggestions and spelling corrections: its nouns and noun compounds (自治会加入率,
 * 地域おこし協力隊), its measure headings without their numbering, and its indicator names, each with its
 * reading. Stored with the plan's record, so that the index can gather them without re-reading any text.
 */
final class PlanVocabulary {

    private static final String NUMBER = "[0-9①-⑳]+(?:[-.．][0-9]+)*";
    private static final Pattern NUMBERING = Pattern.compile("^(?:第[0-9一二三四五六七八九十]+[部編章節項款]"
            + "|(?:基本目標|政策目標|基本方針|基本政策|重点施策|重点プロジェクト|基本施策|展開施策|政策|施策)名?(?:\\s*"
            + NUMBER + "|(?=\\s))|[0-9]{1,2}(?:[-.．][0-9]{1,2})*(?:[.．]|(?=\\s))|[①-⑳]|[(（][0-9]{1,2}[)）]"
            + "|[アイウエオカキクケコ](?:[.．、]|(?=\\s)))[\\s:：-]*");
    /** Headings that are labels (【成果指標】, ◇章の目標, (KPI)), not names of measures. */
    private static final Pattern LABEL = Pattern.compile("^[【◇◆●■○□(（\\[]");
    private static final Pattern HAS_LETTER = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsLatin}]");
    private static final int MIN_LENGTH = 2;
    private static final int MAX_WORD_LENGTH = 20;
    private static final int MAX_WORD_PARTS = 6;
    private static final int MIN_HEADING_LENGTH = 3;
    private static final int MAX_HEADING_LENGTH = 40;

    private PlanVocabulary() {
    }

    static List<VocabularyEntry> of(PlanContent content) {
        Map<String, VocabularyEntry> entries = new LinkedHashMap<>();
        for (Indicator indicator : content.indicators()) {
            add(entries, Suggestion.Kind.INDICATOR, indicator.name());
        }
        Set<String> headings = new LinkedHashSet<>();
        for (Passage passage : content.passages()) {
            headings.addAll(passage.section().headings());
            addWords(entries, passage.text());
        }
        for (String heading : headings) {
            add(entries, Suggestion.Kind.MEASURE, measureName(heading));
            addWords(entries, heading);
        }
        return List.copyOf(entries.values());
    }

    /** The heading without its number (第2節, 施策1, (3), ①), or null when it is a label or too short or long. */
    static String measureName(String heading) {
        // before NFKC too, which turns ② into a bare 2
        String name = Normalizer.normalize(withoutNumbers(heading.strip()), Normalizer.Form.NFKC);
        name = withoutNumbers(name);
        boolean usable = name.length() >= MIN_HEADING_LENGTH && name.length() <= MAX_HEADING_LENGTH
                && !LABEL.matcher(name).find() && HAS_LETTER.matcher(name).find();
        return usable ? name : null;
    }

    private static String withoutNumbers(String heading) {
        String name = heading;
        for (String shorter = unnumbered(name); !shorter.equals(name); shorter = unnumbered(name)) {
            name = shorter;
        }
        return name;
    }

    private static String unnumbered(String heading) {
        return NUMBERING.matcher(heading).replaceFirst("").strip();
    }

    private static void addWords(Map<String, VocabularyEntry> entries, String text) {
        for (List<ReadingTokenizer.Token> compound : NounPhrases.compounds(text)) {
            String surface = NounPhrases.written(compound);
            if (compound.size() <= MAX_WORD_PARTS && surface.length() <= MAX_WORD_LENGTH) {
                count(entries, Suggestion.Kind.WORD, surface,
                        () -> compound.stream().map(ReadingTokenizer.Token::reading).toList());
            }
        }
    }

    private static void add(Map<String, VocabularyEntry> entries, Suggestion.Kind kind, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String surface = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        count(entries, kind, surface, () -> ReadingTokenizer.readingsOf(surface));
    }

    /** One more occurrence; readings (and their romaji) are worked out only for an entry met the first time. */
    private static void count(Map<String, VocabularyEntry> entries, Suggestion.Kind kind, String surface,
                              Supplier<List<String>> readings) {
        if (surface.length() < MIN_LENGTH || !HAS_LETTER.matcher(surface).find()) {
            return;
        }
        entries.compute(kind + surface, (key, known) -> known == null
                ? VocabularyEntry.of(kind, surface, readings.get()) : known.plus(1));
    }

    /** One line per entry: kind, surface, reading, romaji and occurrences, tab-separated. */
    static String encode(List<VocabularyEntry> entries) {
        StringBuilder out = new StringBuilder();
        for (VocabularyEntry e : entries) {
            out.append(e.kind().name().charAt(0)).append('\t').append(clean(e.surface())).append('\t')
                    .append(clean(e.reading())).append('\t').append(clean(e.romaji())).append('\t')
                    .append(e.occurrences()).append('\n');
        }
        return out.toString();
    }

    static List<VocabularyEntry> decode(String encoded) {
        List<VocabularyEntry> entries = new ArrayList<>();
        for (String line : encoded.split("\n")) {
            String[] f = line.split("\t", -1);
            if (f.length == 5) {
                entries.add(new VocabularyEntry(kindOf(f[0].charAt(0)), f[1], f[2], f[3], Integer.parseInt(f[4])));
            }
        }
        return entries;
    }

    private static Suggestion.Kind kindOf(char initial) {
        for (Suggestion.Kind kind : Suggestion.Kind.values()) {
            if (kind.name().charAt(0) == initial) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown vocabulary kind " + initial);
    }

    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ');
    }
}
