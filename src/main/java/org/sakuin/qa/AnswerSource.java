package org.sakuin.qa;

/** Where an answer stands: file, page, section, and a snippet with the answer in {@code <mark>}. */
public record AnswerSource(String file, int page, String section, String snippet, String municipality,
                           String title, String documentId) {
}
