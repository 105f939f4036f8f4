package org.sakuin.index;

/**
 * A completion of what the user is typing: a word the plans use, a measure heading or an indicator name.
 *
 * @param plans how many plan files use it: the more, the higher it is offered
 */
public record Suggestion(String text, Kind kind, int plans) {

    public enum Kind {
        /** A word or compound of the plans' text (自治会, 地域おこし協力隊). */
        WORD("語句"),
        /** The heading of a measure or policy (移住・定住の促進). */
        MEASURE("施策"),
        /** The name of an indicator (自治会加入率). */
        INDICATOR("指標");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** What the UI calls it. */
        public String label() {
            return label;
        }
    }
}
