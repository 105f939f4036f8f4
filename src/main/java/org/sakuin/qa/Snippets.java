package org.sakuin.qa;

/** A short piece of a passage around the answer, with the answer in {@code <mark>}. */
final class Snippets {

    private static final int CONTEXT = 60;

    private Snippets() {
    }

    static String around(String text, String answer) {
        int at = answer == null || answer.isEmpty() ? -1 : text.indexOf(answer);
        if (at < 0) {
            return escape(text.substring(0, Math.min(text.length(), 2 * CONTEXT)));
        }
        int from = Math.max(0, at - CONTEXT);
        int to = Math.min(text.length(), at + answer.length() + CONTEXT);
        return (from > 0 ? "…" : "") + escape(text.substring(from, at)) + "<mark>" + escape(answer) + "</mark>"
                + escape(text.substring(at + answer.length(), to)) + (to < text.length() ? "…" : "");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
