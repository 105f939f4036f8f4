package org.sakuin.ui;

import com.vaadin.flow.component.Svg;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.util.SortOrder;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;
import org.sakuin.search.IndicatorEntry;

/**
 * Draws an indicator's baseline → actuals → targets over fiscal years as SVG, on the server (JFreeChart into
 * JFreeSVG), so the page needs no chart library. Only numbers are plotted; the chart says what it left out.
 */
final class IndicatorChart {

    static final int WIDTH = 380;
    static final int HEIGHT = 270;
    static final String ACTUAL_SERIES = "基準値・実績";
    static final String TARGET_SERIES = "目標値";
    static final String NO_NUMBERS = "数値がないため、グラフは描けません";
    static final String OMITTED_NOTE = "数値でないため省略: ";
    static final String ORDER_NOTE = "年度の記載がない値は記載順に並べています";

    /**
     * The page's fonts for the browser, which picks the first it has. Unquoted: JFreeSVG puts them in a
     * single-quoted attribute.
     */
    private static final String FONT_FAMILIES = "Hiragino Sans, Noto Sans JP, IPAexGothic, Yu Gothic, Meiryo, sans-serif";
    /**
     * The font JFreeChart measures text with: one with Japanese glyphs, or the legend and notes are laid out
     * for narrower text than the browser draws. Java falls back to its logical font where it is missing.
     */
    private static final String MEASURING_FONT = "IPAexGothic";
    private static final Color INK = new Color(0x1f2430);
    private static final Color MUTED = new Color(0x5b6372);
    private static final Color LINE = new Color(0xe4e1d8);
    private static final Color ACTUAL = new Color(0x27457a);
    private static final Color TARGET = new Color(0xb7382c);
    private static final Font TICK_FONT = new Font(MEASURING_FONT, Font.PLAIN, 13);
    private static final Font NOTE_FONT = new Font(MEASURING_FONT, Font.PLAIN, 12);
    /** A chart of one value (or equal values) still needs a range: this share of the value. */
    private static final double SINGLE_VALUE_RANGE = 0.2;

    private IndicatorChart() {
    }

    /**
     * The chart as a component that scales to its box, described for screen readers; zoomed, its value axis
     * spans the figures rather than starting at 0.
     */
    static Svg component(IndicatorEntry indicator, boolean zoomed) {
        Svg chart = new Svg(svg(indicator, zoomed));
        chart.addClassName("indicator-chart");
        chart.getElement().setAttribute("role", "img");
        chart.getElement().setAttribute("aria-label", "「" + indicator.name() + "」の基準値・実績・目標値のグラフ");
        return chart;
    }

    static String svg(IndicatorEntry indicator, boolean zoomed) {
        ChartPoints points = ChartPoints.of(indicator);
        ChartAxis axis = ChartAxis.of(indicator, points, zoomed);
        CategoryPlot plot = plot(points, axis);
        JFreeChart chart = new JFreeChart(null, TICK_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 4, 4, 12));
        style(chart.getLegend());
        if (!points.points().isEmpty()) {
            TextTitle unit = note(axis.label());
            unit.setPosition(RectangleEdge.TOP);
            unit.setHorizontalAlignment(HorizontalAlignment.LEFT);
            chart.addSubtitle(unit);
        }
        notes(points).forEach(note -> chart.addSubtitle(note(note)));

        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, HEIGHT);
        svg.setFontFunction(family -> FONT_FAMILIES);
        chart.draw(svg, new Rectangle(0, 0, WIDTH, HEIGHT));
        // without fixed dimensions the chart scales to the width of its box
        return svg.getSVGElement(null, false, new ViewBox(0, 0, WIDTH, HEIGHT), null, null);
    }

    private static CategoryPlot plot(ChartPoints points, ChartAxis axis) {
        boolean anyYear = points.points().stream().anyMatch(p -> p.fy() != null);
        CategoryAxis years = new CategoryAxis(anyYear ? "年度" : null);
        years.setTickLabelFont(TICK_FONT);
        years.setLabelFont(NOTE_FONT);
        years.setLabelPaint(MUTED);
        years.setTickLabelPaint(INK);
        years.setAxisLinePaint(LINE);
        years.setTickMarksVisible(false);
        years.setCategoryMargin(0.1);

        NumberAxis values = new NumberAxis();
        values.setAutoRangeIncludesZero(axis.fromZero());
        double largest = points.points().stream().mapToDouble(p -> Math.abs(p.value())).max().orElse(0);
        values.setAutoRangeMinimumSize(largest > 0 ? largest * SINGLE_VALUE_RANGE : 1);
        values.setNumberFormatOverride(figureFormat());
        values.setUpperMargin(0.15);
        // from 0 the axis starts at 0 itself, not a margin below it
        values.setLowerMargin(axis.fromZero() ? 0 : 0.15);
        values.setTickLabelFont(TICK_FONT);
        values.setTickLabelPaint(MUTED);
        values.setAxisLineVisible(false);
        values.setTickMarksVisible(false);

        DefaultCategoryDataset dataset = dataset(points);
        CategoryPlot plot = new CategoryPlot(dataset, years, values, renderer(dataset));
        // an empty chart's axes would only show a made-up range
        years.setVisible(!points.points().isEmpty());
        values.setVisible(!points.points().isEmpty());
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(LINE);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        // series 0 (baseline and actuals) last, on top of the target line that starts at its last point
        plot.setRowRenderingOrder(SortOrder.DESCENDING);
        plot.setNoDataMessage(NO_NUMBERS);
        plot.setNoDataMessageFont(TICK_FONT);
        plot.setNoDataMessagePaint(MUTED);
        return plot;
    }

    /**
     * Two series: baseline and actuals as a solid line, targets dashed from the last figure before them, so
     * the way from where the town stands to where it aims is one line.
     */
    private static DefaultCategoryDataset dataset(ChartPoints points) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        ChartPoints.Point lastBeforeTargets = null;
        for (ChartPoints.Point point : points.points()) {
            if (point.role() == ChartPoints.Role.TARGET) {
                if (lastBeforeTargets != null && dataset.getRowIndex(TARGET_SERIES) < 0) {
                    dataset.addValue(lastBeforeTargets.value(), TARGET_SERIES, lastBeforeTargets.category());
                }
                dataset.addValue(point.value(), TARGET_SERIES, point.category());
            } else {
                dataset.addValue(point.value(), ACTUAL_SERIES, point.category());
                lastBeforeTargets = point;
            }
        }
        return dataset;
    }

    /** Series are numbered in the order they got their first figure: a chart may have targets only. */
    private static LineAndShapeRenderer renderer(DefaultCategoryDataset dataset) {
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        int actual = dataset.getRowIndex(ACTUAL_SERIES);
        if (actual >= 0) {
            renderer.setSeriesPaint(actual, ACTUAL);
            renderer.setSeriesStroke(actual, new BasicStroke(2.5f));
        }
        int target = dataset.getRowIndex(TARGET_SERIES);
        if (target >= 0) {
            renderer.setSeriesPaint(target, TARGET);
            renderer.setSeriesStroke(target, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                    new float[] {6f, 5f}, 0f));
        }
        renderer.setDefaultShape(new Ellipse2D.Double(-4, -4, 8, 8));
        renderer.setAutoPopulateSeriesShape(false);
        renderer.setDefaultItemLabelGenerator(new FigureLabels());
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(NOTE_FONT);
        renderer.setDefaultItemLabelPaint(INK);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        return renderer;
    }

    /** A new one each time: DecimalFormat is not thread-safe and sessions draw charts concurrently. */
    private static DecimalFormat figureFormat() {
        return new DecimalFormat("#,##0.###");
    }

    private static List<String> notes(ChartPoints points) {
        List<String> notes = new ArrayList<>();
        // bottom titles stack upwards: the one added last stands nearest the plot
        if (points.yearMissing()) {
            notes.add(ORDER_NOTE);
        }
        if (!points.omitted().isEmpty()) {
            notes.add(OMITTED_NOTE + String.join("、", points.omitted()));
        }
        return notes;
    }

    private static TextTitle note(String text) {
        TextTitle note = new TextTitle(text, NOTE_FONT);
        note.setPaint(MUTED);
        note.setPosition(RectangleEdge.BOTTOM);
        note.setPadding(new RectangleInsets(2, 4, 0, 4));
        return note;
    }

    private static void style(LegendTitle legend) {
        legend.setItemFont(NOTE_FONT);
        legend.setItemPaint(INK);
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.TOP);
        // the plot draws its series last to first; the legend reads first to last
        legend.setSortOrder(SortOrder.DESCENDING);
    }

    /**
     * The figure beside each point, except where the target line starts at the last actual: that point
     * already carries its label.
     */
    private static final class FigureLabels extends StandardCategoryItemLabelGenerator {

        FigureLabels() {
            super("{2}", figureFormat());
        }

        @Override
        public String generateLabel(CategoryDataset dataset, int row, int column) {
            int actual = dataset.getRowIndex(ACTUAL_SERIES);
            Number value = dataset.getValue(row, column);
            boolean repeated = TARGET_SERIES.equals(dataset.getRowKey(row)) && actual >= 0
                    && value != null && value.equals(dataset.getValue(actual, column));
            return repeated ? null : super.generateLabel(dataset, row, column);
        }
    }
}
