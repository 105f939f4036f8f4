package org.sakuin.qa;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sakuin.index.IndexedFile;
import org.sakuin.index.NounPhrases;
import org.sakuin.index.PassageFilter;
import org.sakuin.index.PassageHit;
import org.sakuin.plan.PlanDocument;
import org.sakuin.search.SearchRequest;
import org.sakuin.search.SearchService;

/**
 * Answers plan questions in Japanese with the figure or words and their cited source. Structured answers
 * come first (indicator records, plan metadata, towns with an indicator), then an answer read out of the best
 * passages. When nothing fits, the answer is null and the nearest passages are listed: a wrong figure is
 * worse than no figure.
 * <p>
 * Not final: the server times its entry points by overriding them ({@code org.sakuin.ops}).
 */
public class QuestionAnsweringService {

    private static final int PASSAGES_READ = 10;
    private static final int NEAREST_SHOWN = 3;

    private final SearchService search;
    private final IndicatorAnswerer indicators;
    private final PeriodAnswerer periods;
    private final TownsAnswerer towns;
    private final SpanAnswerer spans = new SpanAnswerer();

    public QuestionAnsweringService(SearchService search) {
        this.search = search;
        this.indicators = new IndicatorAnswerer(search);
        this.periods = new PeriodAnswerer(search);
        this.towns = new TownsAnswerer(search);
    }

    public Answer ask(String questionText) {
        if (questionText == null || questionText.isBlank()) {
            throw new IllegalArgumentException("the question is empty");
        }
        Question question = new QuestionParser(municipalities()).parse(questionText);
        Optional<Answer> structured = (question.kind().takesFigures() ? indicators.answer(question) : Optional.<Answer>empty())
                .or(() -> periods.answer(question))
                .or(() -> towns.answer(question));
        if (structured.isPresent()) {
            return structured.get();
        }
        Optional<PlanDocument> plan = namedPlan(question);
        if (question.planName() != null && plan.isEmpty()) {
            return Answer.none(question.text(), nearest(passagesAbout(question, PassageFilter.NONE)),
                    "the plan named is not in the index: " + question.planName());
        }
        PassageFilter scope = new PassageFilter(question.municipality(), null, null,
                plan.map(p -> p.metadata().title()).orElse(null), null, null);
        List<PassageHit> passages = passagesAbout(question, scope);
        return spans.find(question, passages.stream().filter(p -> within(p, question, plan)).toList())
                .map(span -> fromSpan(question, span))
                .or(() -> question.kind() == AnswerKind.COUNT ? listed(question, scope) : Optional.empty())
                .orElseGet(() -> Answer.none(question.text(), nearest(passages), "no passage answers it"));
    }

    /**
     * Whether an answer may be read from the passage: one of the town and plan asked about. Passages of others
     * are only the nearest ones shown when there is no answer — another town's partner city is no answer.
     */
    private static boolean within(PassageHit passage, Question question, Optional<PlanDocument> plan) {
        return (question.municipality() == null || question.municipality().equals(passage.municipality()))
                && plan.map(p -> p.id().equals(passage.documentId())).orElse(true);
    }

    private Optional<PlanDocument> namedPlan(Question question) {
        return question.planName() == null ? Optional.empty() : NamedPlans.named(question.planName(),
                question.municipality(), search.files().stream().map(IndexedFile::document).toList());
    }

    /** 「…はいくつ？」 answered by counting the items the plan lists or numbers under their heading. */
    private Optional<Answer> listed(Question question, PassageFilter scope) {
        Optional<String[]> itemAndScope = ListCounter.itemAndScope(question.subject());
        if (itemAndScope.isEmpty()) {
            return Optional.empty();
        }
        String query = String.join(" ", Stream.of(itemAndScope.get()).filter(Objects::nonNull).toList());
        List<PassageHit> passages = search.passages(new SearchRequest(query, scope, 0, SearchRequest.MAX_LIMIT));
        return ListCounter.count(question.subject(), passages).map(count -> {
            PassageHit passage = count.passage();
            // 「3つ」 but 「11」: つ counts only up to nine
            String unit = question.counter() != null ? question.counter() : count.items() < 10 ? "つ" : "";
            String snippet = count.names().stream().map(n -> "<mark>" + Snippets.escape(n) + "</mark>")
                    .collect(Collectors.joining(" / "));
            AnswerSource source = new AnswerSource(passage.file(), passage.page(), passage.section(), snippet,
                    passage.municipality(), passage.title(), passage.documentId());
            return new Answer(question.text(), count.items() + unit, String.valueOf(count.items()),
                    unit.isEmpty() ? null : unit, null,
                    count.confidence(), List.of(source), "counted the items listed: " + String.join("、", count.names()));
        });
    }

    /**
     * The words to search for when a question is typed into the search box: its content words, without the
     * grammar of the question (は？, 何件, の) that no passage contains.
     */
    public String searchWords(String questionText) {
        return String.join(" ", NounPhrases.of(new QuestionParser(municipalities()).parse(questionText).subject()));
    }

    private List<String> municipalities() {
        return search.files().stream().map(IndexedFile::document).map(d -> d.metadata().municipality())
                .filter(Objects::nonNull).distinct().toList();
    }

    /**
     * Passages with all the subject's words in the town (and plan) asked about; failing that, with any of them;
     * failing that, with any word of the question anywhere (the nearest passages, shown when there is no answer).
     */
    private List<PassageHit> passagesAbout(Question question, PassageFilter town) {
        List<String> words = ContentWords.of(question.subject());
        List<String> context = question.context() == null ? List.of() : ContentWords.of(question.context());
        List<SearchRequest> attempts = List.of(
                new SearchRequest(String.join(" ", words), town, 0, PASSAGES_READ),
                new SearchRequest(anyOf(Stream.concat(words.stream(), context.stream()).toList()), town, 0, PASSAGES_READ),
                new SearchRequest(anyOf(ContentWords.of(question.text())), PassageFilter.NONE, 0, PASSAGES_READ));
        for (SearchRequest attempt : attempts) {
            if (!attempt.query().isBlank()) {
                List<PassageHit> found = search.passages(attempt);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    private static String anyOf(List<String> words) {
        return String.join(" OR ", words);
    }

    private static Answer fromSpan(Question question, SpanAnswerer.Span span) {
        PassageHit passage = span.passage();
        AnswerSource source = new AnswerSource(passage.file(), passage.page(), passage.section(),
                Snippets.around(passage.text(), span.answer().contains("、") ? span.answer().split("、")[0] : span.answer()),
                passage.municipality(), passage.title(), passage.documentId());
        return new Answer(question.text(), span.answer(), span.value(), span.unit(), null,
                IndicatorAnswerer.round(span.confidence()), List.of(source), "read from the passage: " + span.sentence());
    }

    private static List<AnswerSource> nearest(List<PassageHit> passages) {
        List<AnswerSource> sources = new ArrayList<>();
        for (PassageHit passage : passages.subList(0, Math.min(NEAREST_SHOWN, passages.size()))) {
            sources.add(new AnswerSource(passage.file(), passage.page(), passage.section(), passage.snippet(),
                    passage.municipality(), passage.title(), passage.documentId()));
        }
        return sources;
    }
}
