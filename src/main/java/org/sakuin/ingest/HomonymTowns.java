package org.sakuin.ingest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sakuin.gazetteer.Gazetteer;
import org.sakuin.gazetteer.Town;

/**
 * Which of the towns sharing a name (伊達市 of 北海道 or of 福島県, 府中市, 池田町 …) a plan's text is about, from
 * what the text says: the name written with its prefecture (北海道伊達市, 長野県北安曇郡池田町), the town's code
 * printed, how often it names each prefecture, and how often it names other towns of each prefecture (a plan
 * speaks of its neighbours). None of them settles it alone — a plan of 福島県伊達市 may write 北海道伊達市 of its
 * sister city — so each counts and the prefecture with the clearly highest count wins; a tie is no answer.
 */
final class HomonymTowns {

    /** Writing the town with its prefecture says more than naming the prefecture somewhere. */
    private static final int WRITTEN_TOGETHER = 3;
    /** A printed code (072133) names one town only. */
    private static final int CODE_PRINTED = 10;

    private HomonymTowns() {
    }

    /** The prefecture of the town of this text among {@code towns} of one name, unless the text leaves it open. */
    static Optional<String> prefectureOf(List<Town> towns, String text) {
        Set<String> prefectures = towns.stream().map(Town::prefecture).collect(Collectors.toSet());
        Map<String, Long> neighbours = neighbourCounts(towns.getFirst().name(), prefectures, text);
        Map<String, Long> scores = towns.stream().collect(Collectors.toMap(Town::prefecture, town ->
                WRITTEN_TOGETHER * writtenTogether(town, text)
                        + (printed(town.code(), text) ? CODE_PRINTED : 0)
                        + MetadataInference.occurrences(text, town.prefecture())
                        + neighbours.getOrDefault(town.prefecture(), 0L)));
        List<Map.Entry<String, Long>> ranked = scores.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).toList();
        boolean clear = ranked.getFirst().getValue() > 0
                && (ranked.size() == 1 || ranked.get(0).getValue() > ranked.get(1).getValue());
        return clear ? Optional.of(ranked.getFirst().getKey()) : Optional.empty();
    }

    private static long writtenTogether(Town town, String text) {
        return Pattern.compile(Pattern.quote(town.prefecture()) + "(?:\\p{IsHan}{1,5}郡)?" + Pattern.quote(town.name()))
                .matcher(text).results().count();
    }

    private static boolean printed(String code, String text) {
        return Pattern.compile("(?<![0-9])" + code + "(?![0-9])").matcher(text).find();
    }

    /** Mentions of other towns, each of one prefecture only, per prefecture among {@code prefectures}. */
    private static Map<String, Long> neighbourCounts(String name, Set<String> prefectures, String text) {
        Gazetteer gazetteer = Gazetteer.japan();
        return TownNames.in(text).stream().filter(other -> !other.equals(name))
                .map(gazetteer::named).filter(towns -> towns.size() == 1)
                .map(towns -> towns.getFirst().prefecture()).filter(prefectures::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }
}
