package org.sakuin.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
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
    private static final Pattern SHAPE = Pattern.compile(
            "(?<![\\p{IsHan}\\p{IsKatakana}ー])([\\p{IsHan}\\p{IsKatakana}ー]{1,4}?[市町村])(?![町村民内外長議役政場街道立営])");
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
        List<Mention> all = new ArrayList<>(real);
        shapedNames(plain).stream().filter(shaped -> real.stream().noneMatch(shaped::overlaps)).forEach(all::add);
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
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.KATAKANA || c == 'ー';
    }

    private static List<Mention> shapedNames(String text) {
        List<Mention> found = new ArrayList<>();
        Matcher m = SHAPE.matcher(text);
        while (m.find()) {
            String name = withoutPrefecture(m.group(1));
            if (!NOT_NAMES.contains(name) && name.length() >= 2 && !GENERIC_CITY.matcher(name).matches()
                    && !GROUP_OF_MUNICIPALITIES.matcher(name).matches()) {
                found.add(new Mention(m.start(1), m.end(1), name));
            }
        }
        return found;
    }

    private static String withoutPrefecture(String name) {
        return GAZETTEER.prefectures().stream().filter(p -> name.startsWith(p) && name.length() > p.length())
                .findFirst().map(p -> name.substring(p.length())).orElse(name);
    }

    private record Mention(int start, int end, String name) {

        boolean overlaps(Mention other) {
            return start < other.end && other.start < end;
        }

        boolean covers(Mention other) {
            return start <= other.start && other.end <= end;
        }
    }
}
