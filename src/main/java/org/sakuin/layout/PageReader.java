package org.sakuin.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts one page's content in reading order: the stripper's lines as they are, except that the glyphs inside
 * a ruled table become that table's rows, written where its first line stood, and lines whose words stand
 * in columns become the rows of a table without borders.
 */
final class PageReader {

    /** A line of text, or a table rebuilt from the page. */
    sealed interface Item permits Line, Table {
    }

    /** A line of text and the glyphs it was printed with. */
    record Line(String text, List<PdfGlyph> glyphs) implements Item {
    }

    /** A table's rows; {@code headerRows} of them are header, {@code columnEdges} are its columns' x. */
    record Table(List<List<String>> rows, int headerRows, float[] columnEdges, String kind) implements Item {
    }

    private PageReader() {
    }

    static List<Item> read(List<PdfLine> lines, List<Ruling> rulings) {
        List<RuledTable> tables = RuledTable.find(rulings);
        Map<RuledTable, List<PdfGlyph>> inTable = new IdentityHashMap<>();
        Map<RuledTable, Integer> firstLine = new IdentityHashMap<>();
        List<List<PdfGlyph>> outside = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<PdfGlyph> left = new ArrayList<>();
            for (PdfGlyph glyph : lines.get(i).glyphs()) {
                RuledTable table = tableOf(tables, glyph);
                if (table == null) {
                    left.add(glyph);
                } else {
                    inTable.computeIfAbsent(table, t -> new ArrayList<>()).add(glyph); // spaces typed in a cell too
                    if (!glyph.isBlank()) {
                        firstLine.putIfAbsent(table, i);
                    }
                }
            }
            outside.add(left);
        }
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            for (RuledTable table : tables) {
                if (firstLine.getOrDefault(table, -1) == i) {
                    List<List<String>> rows = table.rows(inTable.get(table));
                    items.add(new Table(rows, table.headerRows(rows), table.columnEdges(), "ruled"));
                }
            }
            List<PdfGlyph> left = outside.get(i);
            if (left.size() == lines.get(i).glyphs().size()) {
                items.add(new Line(lines.get(i).text(), left));
            } else if (left.stream().anyMatch(g -> !g.isBlank())) {
                items.add(new Line(GlyphText.of(left), left));
            }
        }
        return withAlignedTables(items);
    }

    /** The items with runs of lines whose words stand in columns turned into tables (see {@link AlignedColumns}). */
    private static List<Item> withAlignedTables(List<Item> items) {
        List<Item> out = new ArrayList<>(items.size());
        int i = 0;
        while (i < items.size()) {
            int end = i;
            while (end < items.size() && items.get(end) instanceof Line) {
                end++;
            }
            out.addAll(alignedTablesIn(items.subList(i, end).stream().map(Line.class::cast).toList()));
            if (end < items.size()) {
                out.add(items.get(end));
            }
            i = end + 1;
        }
        return out;
    }

    /**
     * A run of lines with its tables without borders. Tables are sought in the lines as printed, top to bottom
     * (a spreadsheet is written cell by cell, so the stripper's lines hold one column's pieces); each table
     * stands where the first line holding part of it stood, and the rest of the lines stay as they were.
     */
    private static List<Item> alignedTablesIn(List<Line> run) {
        List<PdfGlyph> printed = new ArrayList<>();
        run.forEach(line -> line.glyphs().stream().filter(g -> !g.isBlank()).forEach(printed::add));
        List<List<PdfGlyph>> byPosition = GlyphText.lines(printed);
        Map<PdfGlyph, Table> tableOf = new IdentityHashMap<>();
        int at = 0;
        while (at < byPosition.size()) {
            AlignedColumns.Found found = AlignedColumns.at(byPosition, at);
            if (found == null) {
                at++;
                continue;
            }
            Table table = new Table(found.rows(), found.headerRows(), found.columnEdges(), "aligned");
            byPosition.subList(at, at + found.lines()).forEach(line -> line.forEach(g -> tableOf.put(g, table)));
            at += found.lines();
        }
        if (tableOf.isEmpty()) {
            return List.copyOf(run);
        }
        List<Item> out = new ArrayList<>();
        Set<Table> written = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Line line : run) {
            List<PdfGlyph> left = new ArrayList<>();
            for (PdfGlyph glyph : line.glyphs()) {
                Table table = tableOf.get(glyph);
                if (table == null) {
                    left.add(glyph);
                } else if (written.add(table)) {
                    out.add(table);
                }
            }
            if (left.size() == line.glyphs().size()) {
                out.add(line);
            } else if (left.stream().anyMatch(g -> !g.isBlank())) {
                out.add(new Line(GlyphText.of(left), left));
            }
        }
        return out;
    }

    private static RuledTable tableOf(List<RuledTable> tables, PdfGlyph glyph) {
        for (RuledTable table : tables) {
            if (table.contains(glyph)) {
                return table;
            }
        }
        return null;
    }
}
