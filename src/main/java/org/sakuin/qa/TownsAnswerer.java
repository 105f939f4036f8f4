package org.sakuin.qa;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sakuin.index.PassageFilter;
import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.SearchService;

/**
 * Answers "which towns …" questions (「自治会加入率を指標にしている自治体は？」) with the towns whose indicators
 * are named like the subject, each with its indicator as the source.
 */
final class TownsAnswerer {

    private static final double MIN_NAME_SIMILARITY = 0.5;
    private static final int CANDIDATES = 200;

    private final SearchService search;

    TownsAnswerer(SearchService search) {
        this.search = search;
    }

    Optional<Answer> answer(Question question) {
        if (question.attribute() != Attribute.TOWNS) {
            return Optional.empty();
        }
        String subject = question.subject().replaceAll("(?:を|の)?指標(?:に|と)?(?:して|する|している|とする|としている)?.*$", "");
        Map<String, IndicatorEntry> byTown = new LinkedHashMap<>();
        for (IndicatorEntry indicator : search.indicatorsNamedLike(subject, PassageFilter.NONE, CANDIDATES)) {
            if (indicator.municipality() != null && NameSimilarity.of(subject, indicator.name()) >= MIN_NAME_SIMILARITY) {
                byTown.putIfAbsent(indicator.municipality(), indicator);
            }
        }
        if (byTown.isEmpty()) {
            return Optional.empty();
        }
        String answer = byTown.entrySet().stream().map(e -> e.getKey() + "（" + e.getValue().name() + "）")
                .collect(Collectors.joining("、"));
        List<AnswerSource> sources = byTown.values().stream().map(i -> new AnswerSource(i.file(), i.page(), i.section(),
                "<mark>" + Snippets.escape(i.name()) + "</mark>", i.municipality(), i.plan(), i.documentId())).toList();
        return Optional.of(new Answer(question.text(), answer, null, null, null, 0.8, sources,
                "towns with indicators named like " + subject));
    }
}
