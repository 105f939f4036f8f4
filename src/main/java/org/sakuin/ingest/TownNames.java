package org.sakuin.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sakuin.gazetteer.Gazetteer;
import org.sakuin.gazetteer.Town;

/**
 * The town names a text uses, in the order it uses them. A real town is found by the gazetteer, whatever its
 * script or length (さいたま市, 南アルプス市, 北海道伊達市, 上川郡東神楽町, 世田谷区); a designated city's ward counts
 * as its city. A name the gazetteer does not know still counts when it has a town's shape (1–4 kanji or katakana
 * and 市/町/村: 楓野市, 鷺ノ森市) — a fictional town, or one merged after the table was made.
 */
final class TownNames {

    private static final Gazetteer GAZETTEER = Gazetteer.japan();
    /** A name's shape: 1–4 kanji or katakana and 市/町/村, not followed by 民, 内, 長 … (入間市民, 町内会, 村長). */
    private static final int SHAPE_LONGEST = 5;
    private static final String SHAPE_ENDS = "市町村";
    private static final String NOT_AFTER_A_SHAPE = "町村民内外長議役政場街道立営";
    private static final Set<String> NOT_NAMES = Set.of("都市", "本市", "他市", "各市", "同市", "全市", "当市",
            "両市", "市町", "町村", "市町村", "近隣市", "周辺市", "我が町", "各町", "各村", "農村", "漁村", "山村");
    /**
     * Words for kinds of city (姉妹都市, 友好都市, 中核都市, 大都市 …). Real names ending in 都市 have one
     * character before it (京都市, 西都市), so only the generic one-character prefixes are listed.
     */
    private static final Pattern GENERIC_CITY = Pattern.compile("(?:.{2,}|[大各他両全同諸新本当])都市");
    /** 他市町村, 近隣市町: groups of municipalities, not one. */
    private static final Pattern GROUP_OF_MUNICIPALITIES = Pattern.compile(".*市町村?|.*町村");
    /** What may come right before a real name inside a run of kanji: a prefecture, a 郡, another town, 年度. */
    private static final String BEFORE_A_NAME = "都道府県郡市町村区度";
    /** What may not follow a real name: it is then part of a longer word (中野市場, 道北区域, 朝日町村会). */
    private static final String NOT_AFTER_A_NAME = "町村場街域";
    private static final String NAME_ENDS = "市町村区";

    private TownNames() {
    }

    /** The names, a ward's written as its city's (札幌市中央区 → 札幌市). */
    static List<String> in(String text) {
        String plain = MetadataInference.ORDINAL.matcher(text).replaceAll(" ");
        List<Mention> real = realNames(plain);
        boolean[] taken = new boolean[plain.length()];
        real.forEach(mention -> Arrays.fill(taken, mention.start(), mention.end(), true));
        List<Mention> all = new ArrayList<>(real);
        shapedNames(plain).stream().filter(shaped -> !shaped.within(taken)).forEach(all::add);
        return all.stream().sorted(Comparator.comparingInt(Mention::start)).map(Mention::name).toList();
    }

    /** At each 市/町/村/区, the longest real name ending there; a ward's name covers its city's. */
    private static List<Mention> realNames(String text) {
        List<Mention> found = new ArrayList<>();
        for (int end = 1; end <= text.length(); end++) {
            if (NAME_ENDS.indexOf(text.charAt(end - 1)) < 0 || !mayEndAName(text, end)) {
                continue;
            }
            for (int start = Math.max(0, end - GAZETTEER.longestName()); start <= end - 2; start++) {
                List<Town> towns = GAZETTEER.named(text.substring(start, end));
                if (!towns.isEmpty() && mayStartAName(text, start)) {
                    Mention mention = new Mention(start, end, towns.getFirst().name());
                    found.removeIf(mention::covers);
                    found.add(mention);
                    break;
                }
            }
        }
        return found;
    }

    private static boolean mayStartAName(String text, int start) {
        if (start == 0) {
            return true;
        }
        char before = text.charAt(start - 1);
        return BEFORE_A_NAME.indexOf(before) >= 0 || !isNameCharacter(before);
    }

    private static boolean mayEndAName(String text, int end) {
        return end == text.length() || NOT_AFTER_A_NAME.indexOf(text.charAt(end)) < 0;
    }

    private static boolean isNameCharacter(char c) {
        if (c < '\u3000' || (c >= 'ぁ' && c <= 'ゟ')) {
            return false; // most of a text, answered without looking its script up
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.KATAKANA || c == 'ー';
    }

    /**
     * In each run of kanji and katakana, the shortest start of it (at most 4 characters and 市/町/村) that is not
     * followed by a word that makes it something else (市民, 町内, 村長 …): 翠湖市都市計画 → 翠湖市. Scanned by hand,
     * not by a regular expression: a plan is hundreds of thousands of characters.
     */
    private static List<Mention> shapedNames(String text) {
        List<Mention> found = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            if (!isNameCharacter(text.charAt(start))) {
                start++;
                continue;
            }
            int runEnd = start;
            while (runEnd < text.length() && isNameCharacter(text.charAt(runEnd))) {
                runEnd++;
            }
            for (int end = start + 2; end <= Math.min(runEnd, start + SHAPE_LONGEST); end++) {
                if (SHAPE_ENDS.indexOf(text.charAt(end - 1)) >= 0
                        && (end == text.length() || NOT_AFTER_A_SHAPE.indexOf(text.charAt(end)) < 0)) {
                    shaped(text, start, end).ifPresent(found::add);
                    break;
                }
            }
            start = runEnd;
        }
        return found;
    }

    private static Optional<Mention> shaped(String text, int start, int end) {
        String name = withoutPrefecture(text.substring(start, end));
        boolean aName = !NOT_NAMES.contains(name) && name.length() >= 2 && !GENERIC_CITY.matcher(name).matches()
                && !GROUP_OF_MUNICIPALITIES.matcher(name).matches();
        return aName ? Optional.of(new Mention(end - name.length(), end, name)) : Optional.empty();
    }

    private static String withoutPrefecture(String name) {
        return GAZETTEER.prefectures().stream().filter(p -> name.startsWith(p) && name.length() > p.length())
                .findFirst().map(p -> name.substring(p.length())).orElse(name);
    }

    private record Mention(int start, int end, String name) {

        /** Whether any character of this mention is {@code taken}. */
        boolean within(boolean[] taken) {
            for (int i = start; i < end; i++) {
                if (taken[i]) {
                    return true;
                }
            }
            return false;
        }

        boolean covers(Mention other) {
            return start <= other.start && other.end <= end;
        }
    }
}
