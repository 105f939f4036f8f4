package org.sakuin.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Collects a page's ruling lines from the paths it paints: stroked horizontal and vertical segments (and the
 * edges of stroked rectangles), and thin filled rectangles, which is how Word and LibreOffice draw table
 * borders. Points arrive in PDF page space (see {@link PathOperators}); rulings are kept in the glyphs' frame.
 */
final class PathRulings {

    /** A filled rectangle at most this thick is a line, not a shaded area. */
    private static final float MAX_THICKNESS = 3f;
    /** Shorter marks (bullets, underlines of one character, dots) are not borders. */
    private static final float MIN_LENGTH = 4f;

    private final PDRectangle box;
    private final List<float[]> segments = new ArrayList<>();
    private final List<float[]> rectangles = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    private float currentX;
    private float currentY;
    private float startX;
    private float startY;

    PathRulings(PDRectangle box) {
        this.box = box;
    }

    void moveTo(float x, float y) {
        currentX = x;
        currentY = y;
        startX = x;
        startY = y;
    }

    void lineTo(float x, float y) {
        segments.add(new float[] {currentX, currentY, x, y});
        currentX = x;
        currentY = y;
    }

    /** A curve is a rounded corner or a drawing, never a border: only its end point matters. */
    void curveTo(float x, float y) {
        currentX = x;
        currentY = y;
    }

    void rectangle(float x, float y, float width, float height) {
        rectangles.add(new float[] {Math.min(x, x + width), Math.min(y, y + height), Math.max(x, x + width),
                Math.max(y, y + height)});
        moveTo(x, y);
    }

    void closePath() {
        lineTo(startX, startY);
    }

    void endPath() {
        segments.clear();
        rectangles.clear();
    }

    void stroke() {
        segments.forEach(s -> addLine(s[0], s[1], s[2], s[3]));
        for (float[] r : rectangles) {
            addLine(r[0], r[1], r[2], r[1]);
            addLine(r[0], r[3], r[2], r[3]);
            addLine(r[0], r[1], r[0], r[3]);
            addLine(r[2], r[1], r[2], r[3]);
        }
    }

    void fill() {
        for (float[] r : rectangles) {
            float width = r[2] - r[0];
            float height = r[3] - r[1];
            if (height <= MAX_THICKNESS && width > height) {
                addLine(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
            } else if (width <= MAX_THICKNESS && height > width) {
                addLine((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
            }
        }
    }

    /** The page's rulings, the pieces of one line joined: Word and LibreOffice draw each cell's border alone. */
    List<Ruling> rulings() {
        List<Ruling> sorted = new ArrayList<>(rulings);
        sorted.sort(Comparator.comparing(Ruling::horizontal).thenComparingDouble(Ruling::position));
        List<Ruling> joined = new ArrayList<>();
        int from = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i == sorted.size() || sorted.get(i).horizontal() != sorted.get(from).horizontal()
                    || sorted.get(i).position() - sorted.get(from).position() > Ruling.TOLERANCE) {
                joined.addAll(joinedAlong(sorted.subList(from, i)));
                from = i;
            }
        }
        return joined;
    }

    private static List<Ruling> joinedAlong(List<Ruling> atOnePosition) {
        List<Ruling> sorted = new ArrayList<>(atOnePosition);
        sorted.sort(Comparator.comparingDouble(Ruling::start));
        List<Ruling> joined = new ArrayList<>();
        for (Ruling ruling : sorted) {
            if (!joined.isEmpty() && joined.getLast().continues(ruling)) {
                joined.set(joined.size() - 1, joined.getLast().joined(ruling));
            } else {
                joined.add(ruling);
            }
        }
        return joined;
    }

    /** Adds a segment in PDF space if it is horizontal or vertical, turned into the glyphs' frame. */
    private void addLine(float x0, float y0, float x1, float y1) {
        float left = Math.min(x0, x1) - box.getLowerLeftX();
        float right = Math.max(x0, x1) - box.getLowerLeftX();
        float top = box.getUpperRightY() - Math.max(y0, y1);
        float bottom = box.getUpperRightY() - Math.min(y0, y1);
        if (bottom - top <= 1f && right - left >= MIN_LENGTH) {
            rulings.add(new Ruling(true, (top + bottom) / 2, left, right));
        } else if (right - left <= 1f && bottom - top >= MIN_LENGTH) {
            rulings.add(new Ruling(false, (left + right) / 2, top, bottom));
        }
    }
}
