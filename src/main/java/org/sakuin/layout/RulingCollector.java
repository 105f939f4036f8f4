package org.sakuin.layout;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/**
 * Collects a page's ruling lines: stroked horizontal and vertical path segments (and the edges of stroked
 * rectangles), and thin filled rectangles, which is how Word and LibreOffice draw table borders.
 * Text is not processed: only paths matter here, and skipping the glyphs keeps this pass cheap.
 */
final class RulingCollector extends PDFGraphicsStreamEngine {

    /** A filled rectangle at most this thick is a line, not a shaded area. */
    private static final float MAX_THICKNESS = 3f;
    /** Shorter marks (bullets, underlines of one character, dots) are not borders. */
    private static final float MIN_LENGTH = 4f;

    private final PDRectangle box;
    private final List<Point2D> path = new ArrayList<>();
    private final List<Point2D[]> segments = new ArrayList<>();
    private final List<float[]> rectangles = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    private Point2D current = new Point2D.Float();

    private RulingCollector(PDPage page) {
        super(page);
        this.box = page.getCropBox();
    }

    /** The page's rulings, collinear pieces joined into one. */
    static List<Ruling> of(PDPage page) throws IOException {
        RulingCollector collector = new RulingCollector(page);
        collector.processPage(page);
        return joined(collector.rulings);
    }

    /** Joins the pieces of one line: Word and LibreOffice draw each cell's border on its own. */
    private static List<Ruling> joined(List<Ruling> rulings) {
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

    /** Joins rulings at one position that overlap or touch. */
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

    @Override
    protected void showText(byte[] string) {
        // glyphs are read by the text stripper; nothing to draw here
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        float minX = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
        float maxX = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
        float minY = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
        float maxY = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
        rectangles.add(new float[] {minX, minY, maxX, maxY});
        current = p0;
    }

    @Override
    public void moveTo(float x, float y) {
        current = new Point2D.Float(x, y);
        path.clear();
        path.add(current);
    }

    @Override
    public void lineTo(float x, float y) {
        Point2D to = new Point2D.Float(x, y);
        segments.add(new Point2D[] {current, to});
        current = to;
        path.add(to);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = new Point2D.Float(x3, y3); // curves are rounded corners or drawings, never a border
        path.clear();
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
        if (path.size() > 1) {
            segments.add(new Point2D[] {current, path.getFirst()});
            current = path.getFirst();
        }
    }

    @Override
    public void endPath() {
        clear();
    }

    @Override
    public void strokePath() {
        segments.forEach(s -> addLine((float) s[0].getX(), (float) s[0].getY(), (float) s[1].getX(),
                (float) s[1].getY()));
        for (float[] r : rectangles) {
            addLine(r[0], r[1], r[2], r[1]);
            addLine(r[0], r[3], r[2], r[3]);
            addLine(r[0], r[1], r[0], r[3]);
            addLine(r[2], r[1], r[2], r[3]);
        }
        clear();
    }

    @Override
    public void fillPath(int windingRule) {
        for (float[] r : rectangles) {
            float width = r[2] - r[0];
            float height = r[3] - r[1];
            if (height <= MAX_THICKNESS && width > height) {
                addLine(r[0], (r[1] + r[3]) / 2, r[2], (r[1] + r[3]) / 2);
            } else if (width <= MAX_THICKNESS && height > width) {
                addLine((r[0] + r[2]) / 2, r[1], (r[0] + r[2]) / 2, r[3]);
            }
        }
        clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        List<float[]> filled = List.copyOf(rectangles);
        strokePath();
        rectangles.addAll(filled);
        fillPath(windingRule);
    }

    @Override
    public void drawImage(PDImage pdImage) {
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void shadingFill(COSName shadingName) {
    }

    private void clear() {
        path.clear();
        segments.clear();
        rectangles.clear();
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
