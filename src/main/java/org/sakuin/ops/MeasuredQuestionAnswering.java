package org.sakuin.ops;

import org.sakuin.qa.Answer;
import org.sakuin.qa.QuestionAnsweringService;
import org.sakuin.search.SearchService;

/** Questions as the UI and the REST API ask them, timed whole (the searches an answer makes are not timed apart). */
final class MeasuredQuestionAnswering extends QuestionAnsweringService {

    private final SearchTimers timers;

    MeasuredQuestionAnswering(SearchService search, SearchTimers timers) {
        super(search);
        this.timers = timers;
    }

    @Override
    public Answer ask(String questionText) {
        return timers.time(SearchTimers.Kind.ASK, () -> super.ask(questionText));
    }
}
