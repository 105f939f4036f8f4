package org.sakuin.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

    @Operation(summary = "Answer a question about the plans (質問応答)", description = "例: 入間市の計画期間は")
    @GetMapping("/api/ask")
    Answer ask(@Parameter(description = "the question, in Japanese") @RequestParam("q") String question) {
        return answers.ask(question);
    }
}
