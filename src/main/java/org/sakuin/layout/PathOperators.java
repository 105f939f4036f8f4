package org.sakuin.layout;

import java.awt.geom.Point2D;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.util.Matrix;

/**
 * The path operators of a content stream, for an engine that reads text: the text stripper registers these
 * so that one pass over each page yields both its glyphs and its rulings ({@link PathRulings}).
 * Coordinates are turned into page space with the current transformation matrix.
 */
final class PathOperators extends OperatorProcessor {

    private static final List<String> NAMES = List.of("m", "l", "c", "v", "y", "re", "h", "n",
            "S", "s", "f", "F", "f*", "B", "B*", "b", "b*");

    private final String name;
    private final Supplier<PathRulings> rulings;

    private PathOperators(PDFStreamEngine engine, String name, Supplier<PathRulings> rulings) {
        super(engine);
        this.name = name;
        this.rulings = rulings;
    }

    /** Registers the path operators on an engine, feeding the page's rulings that {@code rulings} gives. */
    static void register(PDFStreamEngine engine, Supplier<PathRulings> rulings, Consumer<OperatorProcessor> adder) {
        NAMES.forEach(name -> adder.accept(new PathOperators(engine, name, rulings)));
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void process(Operator operator, List<COSBase> operands) {
        PathRulings path = rulings.get();
        if (path == null || !numbers(operands)) {
            return;
        }
        switch (name) {
            case "m" -> {
                Point2D p = point(operands, 0);
                path.moveTo((float) p.getX(), (float) p.getY());
            }
            case "l" -> {
                Point2D p = point(operands, 0);
                path.lineTo((float) p.getX(), (float) p.getY());
            }
            case "c", "v", "y" -> {
                Point2D p = point(operands, operands.size() - 2);
                path.curveTo((float) p.getX(), (float) p.getY());
            }
            case "re" -> rectangle(path, operands);
            case "h" -> path.closePath();
            case "n" -> path.endPath();
            case "S" -> strokeAndEnd(path, false, false);
            case "s" -> strokeAndEnd(path, true, false);
            case "f", "F", "f*" -> {
                path.fill();
                path.endPath();
            }
            case "B", "B*" -> strokeAndEnd(path, false, true);
            case "b", "b*" -> strokeAndEnd(path, true, true);
        }
    }

    private void rectangle(PathRulings path, List<COSBase> operands) {
        if (operands.size() < 4) {
            return;
        }
        float x = number(operands, 0);
        float y = number(operands, 1);
        Point2D p0 = transformed(x, y);
        Point2D p2 = transformed(x + number(operands, 2), y + number(operands, 3));
        path.rectangle((float) p0.getX(), (float) p0.getY(), (float) (p2.getX() - p0.getX()),
                (float) (p2.getY() - p0.getY()));
    }

    private static void strokeAndEnd(PathRulings path, boolean close, boolean fill) {
        if (close) {
            path.closePath();
        }
        path.stroke();
        if (fill) {
            path.fill();
        }
        path.endPath();
    }

    private Point2D point(List<COSBase> operands, int at) {
        return transformed(number(operands, at), number(operands, at + 1));
    }

    private Point2D transformed(float x, float y) {
        Matrix ctm = getContext().getGraphicsState().getCurrentTransformationMatrix();
        return ctm.transformPoint(x, y);
    }

    private static float number(List<COSBase> operands, int at) {
        return ((COSNumber) operands.get(at)).floatValue();
    }

    private boolean numbers(List<COSBase> operands) {
        int needed = switch (name) {
            case "m", "l" -> 2;
            case "c" -> 6;
            case "v", "y" -> 4;
            case "re" -> 4;
            default -> 0;
        };
        if (operands.size() < needed) {
            return false;
        }
        for (int i = 0; i < needed; i++) {
            if (!(operands.get(i) instanceof COSNumber)) {
                return false;
            }
        }
        return true;
    }
}
