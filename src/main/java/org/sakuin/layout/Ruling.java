package org.sakuin.layout;

/**
 * A horizontal or vertical line printed on a page (a table border), in the glyphs' frame (see {@link PdfGlyph}).
 *
 * @param position y of a horizontal ruling, x of a vertical one
 * @param start    where it starts along its direction (x of a horizontal ruling, y of a vertical one)
 * @param end      where it ends, {@code end >= start}
 */
record Ruling(boolean horizontal, float position, float start, float end) {

    /** How far apart two printed lines may be and still be one border (a border drawn as two thin rects). */
    static final float TOLERANCE = 2f;

    /** Whether this ruling passes {@code at} (along its direction), give or take the tolerance. */
    boolean covers(float at) {
        return at >= start - TOLERANCE && at <= end + TOLERANCE;
    }

    /** Whether this ruling and a ruling of the other direction cross or touch. */
    boolean meets(Ruling other) {
        return covers(other.position) && other.covers(position);
    }

    /** Whether this continues a ruling of the same line: same direction and position, overlapping or touching. */
    boolean continues(Ruling other) {
        return horizontal == other.horizontal && Math.abs(position - other.position) <= TOLERANCE
                && start <= other.end + TOLERANCE && other.start <= end + TOLERANCE;
    }

    Ruling joined(Ruling other) {
        return new Ruling(horizontal, (position + other.position) / 2, Math.min(start, other.start),
                Math.max(end, other.end));
    }
}
