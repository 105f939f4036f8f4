package org.sakuin.qa;

import java.util.List;

/**
 * The answer to a question (the JSON shape of {@code ask --json}). With no answer, {@code answer} is null and
 * {@code sources} lists the nearest passages: Sakuin never invents a figure.
 *
 * @param value      the figure alone ("182"), when the answer is one
 * @param confidence 0–1: how sure Sakuin is that the cited source answers the question
 * @param method     how the answer was found, e.g. "indicator: 目標値 (2027)", for explaining it
 */
public record Answer(String question, String answer, String value, String unit, Integer fy, double confidence,
                     List<AnswerSource> sources, String method) {

    static Answer none(String question, List<AnswerSource> nearest, String why) {
        return new Answer(question, null, null, null, null, 0, nearest, why);
    }
}
