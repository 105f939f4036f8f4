package org.sakuin.qa;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sakuin.index.IndexedFile;
import org.sakuin.index.PassageFilter;
import org.sakuin.index.PassageHit;
import org.sakuin.plan.PlanDocument;
import org.sakuin.plan.PlanPeriod;
import org.sakuin.search.SearchRequest;
import org.sakuin.search.SearchService;

/**
 * Answers 計画期間 questions from plan metadata: the plan the question names ({@link NamedPlans}: a 総合戦略 is
 * not the town's 総合計画), or else the plan of the town asked about whose title is most like the subject; its
 * period in the words of the passage that states it, and that passage as the source.
 */
final class PeriodAnswerer {

    private final SearchService search;

    PeriodAnswerer(SearchService search) {
        this.search = search;
    }

    Optional<Answer> answer(Question question) {
        if (question.attribute() != Attribute.PERIOD) {
            return Optional.empty();
        }
        List<PlanDocument> documents = search.files().stream().map(IndexedFile::document).toList();
        if (question.planName() != null) {
            return NamedPlans.named(question.planName(), question.municipality(), documents)
                    .flatMap(doc -> periodOf(doc).map(period -> answer(question, doc, period)));
        }
        return documents.stream()
                .filter(doc -> doc.metadata().period() != null)
                .filter(doc -> question.municipality() == null || question.municipality().equals(doc.metadata().municipality()))
                .max(Comparator.comparingDouble(doc -> titleLikeness(question, doc)))
                .filter(doc -> question.municipality() != null || titleLikeness(question, doc) >= 0.5)
                .map(doc -> answer(question, doc, doc.metadata().period()));
    }

    /** The plan's period: from its metadata, or else the first period its passages on 期間 state. */
    private Optional<PlanPeriod> periodOf(PlanDocument doc) {
        if (doc.metadata().period() != null) {
            return Optional.of(doc.metadata().period());
        }
        return search.passages(new SearchRequest("期間", planFilter(doc), 0, 20)).stream()
                .filter(p -> p.documentId().equals(doc.id()))
                .flatMap(p -> PlanPeriod.find(p.text()).stream())
                .findFirst();
    }

    private static PassageFilter planFilter(PlanDocument doc) {
        return new PassageFilter(doc.metadata().municipality(), null, null, doc.metadata().title(), null, null);
    }

    private static double titleLikeness(Question question, PlanDocument doc) {
        String title = doc.metadata().title() == null ? "" : doc.metadata().title();
        return question.subject().isBlank() ? 0 : NameSimilarity.of(question.subject(), title)
                + (title.contains(question.subject()) ? 1 : 0);
    }

    private Answer answer(Question question, PlanDocument doc, PlanPeriod period) {
        PassageFilter filter = planFilter(doc);
        List<PassageHit> stated = search.passages(new SearchRequest("期間 OR " + period.from().year() + "年度"
                + " OR " + question.subject(), filter, 0, 20)).stream()
                .filter(p -> p.documentId().equals(doc.id()))
                .filter(p -> PlanPeriod.find(p.text()).filter(period::equals).isPresent())
                .toList();
        String years = period.from().year() + "〜" + period.to().year() + "年度";
        if (stated.isEmpty()) {
            AnswerSource source = new AnswerSource(doc.file(), 1, "", doc.metadata().title() + "（" + years + "）",
                    doc.metadata().municipality(), doc.metadata().title(), doc.id());
            return new Answer(question.text(), years, null, null, period.from().year(), 0.7, List.of(source),
                    "plan period from the document's metadata");
        }
        PassageHit passage = stated.getFirst();
        String written = PeriodText.in(passage.text(), period);
        AnswerSource source = new AnswerSource(passage.file(), passage.page(), passage.section(),
                Snippets.around(passage.text(), written), passage.municipality(), passage.title(), passage.documentId());
        return new Answer(question.text(), written + "（" + years + "）", null, null, period.from().year(), 0.9,
                List.of(source), "plan period stated in the plan");
    }
}
