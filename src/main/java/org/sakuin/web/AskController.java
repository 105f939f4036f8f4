package org.sakuin.web;

import org.sakuin.qa.Answer;
import org.sakuin.qa.QuestionAnsweringService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/ask?q=…}: the JSON of {@code ask --json}. */
@RestController
class AskController {

    private final QuestionAnsweringService answers;

    AskController(QuestionAnsweringService answers) {
        this.answers = answers;
    }

    @GetMapping("/api/ask")
    Answer ask(@RequestParam("q") String question) {
        return answers.ask(question);
    }
}
