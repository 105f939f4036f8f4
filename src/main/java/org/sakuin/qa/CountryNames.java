package org.sakuin.qa;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Country names in a sentence: the JDK's Japanese names of the ISO 3166 countries (アメリカ合衆国, 韓国,
 * オーストラリア …) and the short forms plans write (米国, 英国, 豪州, 大韓民国 …). Japan itself is left out: a
 * Japanese plan names it everywhere, and a town's partner abroad is what 「どこの国」 asks. A name is a whole
 * word: katakana names are not read out of longer katakana words (マリ in マリーナ), nor 中国 out of 中国地方.
 */
final class CountryNames {

    private static final List<String> SHORT_FORMS = List.of("米国", "アメリカ", "英国", "豪州", "大韓民国", "中華人民共和国",
            "中華民国", "独国", "仏国", "伊国", "加国", "露国", "ロシア", "ベトナム", "タイ王国", "ニュージーランド", "台湾");
    private static final Pattern NAMES = Pattern.compile(names());

    private CountryNames() {
    }

    static List<String> in(String sentence) {
        return NAMES.matcher(sentence).results().map(m -> m.group(1)).toList();
    }

    /**
     * Katakana names bounded by non-katakana, kanji names not followed by the words that make them a region of
     * Japan; longest first, so that 大韓民国 is read before 韓国 and パプアニューギニア before ギニア.
     */
    private static String names() {
        List<String> all = Stream.concat(SHORT_FORMS.stream(), Arrays.stream(Locale.getISOCountries())
                        .filter(code -> !code.equals("JP"))
                        .map(code -> Locale.of("", code).getDisplayCountry(Locale.JAPANESE))
                        .filter(name -> !name.isBlank() && !name.matches("[A-Za-z ]+")))
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        String katakana = all.stream().filter(n -> n.matches("[\\p{IsKatakana}ー・]+")).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        String kanji = all.stream().filter(n -> !n.matches("[\\p{IsKatakana}ー・]+")).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        return "((?<![\\p{IsKatakana}ー])(?:" + katakana + ")(?![\\p{IsKatakana}ー])"
                + "|(?:" + kanji + ")(?!地方|地域|山地|四国|・四国|自動車道))";
    }
}
