package org.sakuin.search;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.sakuin.index.PassageHit;
import org.sakuin.plan.Section;

/**
 * The passages around a hit that belong to its section: the run of passages of its file, in reading order, whose
 * headings stay under the hit's topic (its headings without the labels ○施策の現状, ●成果指標 inside the section,
 * so the whole 項 is read, not only the label's block), at most {@link #MAX_EACH_SIDE} on either side.
 */
final class SectionNeighbours {

    static final int MAX_EACH_SIDE = 8;

    private SectionNeighbours() {
    }

    /** The hit in its section, or empty when the passages (those of its file) do not hold it. */
    static Optional<PassageContext> around(String passageId, List<PassageHit> passages,
                                           Function<PassageHit, SearchHit> asHit) {
        int at = indexOf(passageId, passages);
        if (at < 0) {
            return Optional.empty();
        }
        PassageHit hit = passages.get(at);
        List<String> topic = Section.parse(hit.section()).topic();
        int from = at;
        while (from > 0 && at - from < MAX_EACH_SIDE && within(passages.get(from - 1), topic)) {
            from--;
        }
        int to = at + 1;
        while (to < passages.size() && to - at <= MAX_EACH_SIDE && within(passages.get(to), topic)) {
            to++;
        }
        return Optional.of(new PassageContext(asHit.apply(hit), hit.text(), topic,
                neighbours(passages.subList(from, at)), neighbours(passages.subList(at + 1, to))));
    }

    private static int indexOf(String passageId, List<PassageHit> passages) {
        for (int i = 0; i < passages.size(); i++) {
            if (passages.get(i).passageId().equals(passageId)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean within(PassageHit passage, List<String> topic) {
        List<String> headings = Section.parse(passage.section()).headings();
        return headings.size() >= topic.size() && headings.subList(0, topic.size()).equals(topic);
    }

    private static List<PassageContext.Neighbour> neighbours(List<PassageHit> passages) {
        return passages.stream()
                .map(p -> new PassageContext.Neighbour(p.passageId(), p.page(), p.section(), p.text())).toList();
    }
}
