package org.sakuin.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.sakuin.qa.Answer;
import org.sakuin.qa.AnswerSource;

/**
 * The answer to a query that reads as a question, above the results: the answer in one line, how sure Sakuin is,
 * and where the plan says it, one click from the page. Without an answer it says so and lists the nearest
 * passages — never a figure, since a wrong figure is worse than none.
 */
final class AnswerCard extends Section {

    static final String NO_ANSWER = "この質問に答える記述は見つかりませんでした";
    private static final Pattern QUESTION = Pattern.compile("[？?]$|は何|はいくつ|何件|何ページ|どこ|いつ|ですか");

    AnswerCard(Answer answer) {
        addClassName("answer-card");
        getElement().setAttribute("aria-label", "質問への回答");
        if (answer.answer() == null) {
            Paragraph none = new Paragraph(NO_ANSWER);
            none.addClassName("answer-none");
            add(none);
            if (!answer.sources().isEmpty()) {
                add(label("近い記述"));
                answer.sources().forEach(source -> add(source(source)));
            }
            return;
        }
        Paragraph text = new Paragraph(answer.answer());
        text.addClassName("answer-text");
        Span confidence = new Span("確度 " + Math.round(answer.confidence() * 100) + "%");
        confidence.addClassName("answer-confidence");
        Div line = new Div(text, confidence);
        line.addClassName("answer-line");
        add(line);
        List<AnswerSource> sources = answer.sources();
        if (!sources.isEmpty()) {
            add(label("出典"), source(sources.getFirst()));
        }
    }

    /** Whether the words typed ask something rather than name something: then the page asks for an answer. */
    static boolean isQuestion(String query) {
        return QUESTION.matcher(query.strip()).find();
    }

    private static Span label(String text) {
        Span label = new Span(text);
        label.addClassName("answer-label");
        return label;
    }

    private static Div source(AnswerSource source) {
        Div where = new Div();
        where.addClassName("answer-where");
        for (String part : new String[] {source.municipality(), source.title(), source.section()}) {
            if (part != null && !part.isBlank()) {
                where.add(new Span(part));
            }
        }
        Anchor page = new Anchor(SourceLinks.of(source),
                SourceLinks.hasPages(source) ? source.page() + "ページを開く" : "原文を開く");
        page.setTarget(AnchorTarget.BLANK);
        page.addClassName("answer-source");
        Div box = new Div(where, new Html("<div class=\"answer-snippet\">" + Objects.toString(source.snippet(), "") + "</div>"), page);
        box.addClassName("answer-source-box");
        return box;
    }
}
