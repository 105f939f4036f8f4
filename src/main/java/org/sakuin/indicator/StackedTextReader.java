package org.sakuin.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sakuin.structure.StructuredBlock;

/**
 * Reads indicator tables that PDF text extraction flattened into lines. After a header line such as
 * "指標 内容 現状値 目標値" (and perhaps a line of years under it, "(令和4年度) (令和9年度)"), each indicator
 * arrives in one of these shapes:
 * <ul>
 * <li>cell by cell, as PDFs store Word tables: its name (wrapped over lines), its description, then a line of
 * figures ("12.2% 10.0%", with the unit first when the table has a 単位 column: "% 64.5 65.0"); the last text
 * line may share the line of figures;</li>
 * <li>one line, as layout-preserving extraction prints a row: "観光入込客数 万人 120 (R4) 150 (R9)";</li>
 * <li>column-interleaved, as layout-preserving extraction prints a row whose cells wrap: the first line holds
 * the first line of every cell and the figures, the next lines the rest of the name (and description).</li>
 * </ul>
 * Empty cells leave no trace in PDF text: a line with fewer figures than the table has figure columns is read
 * as missing its latest actuals (the years not yet reached).
 */
final class StackedTextReader {

    /** Lines an indicator may take before its figures; more means the table has ended. */
    private static final int MAX_RECORD_LINES = 12;
    /** Lines a header whose cells wrapped may take. */
    private static final int MAX_HEADER_LINES = 10;
    /** A line at least this share of the record's widest line starts the description column. */
    private static final double DESCRIPTION_WIDTH_SHARE = 0.85;
    /** A wrapped cell line fills its column to about this share of the widest line of that column. */
    private static final double FULL_LINE_SHARE = 0.85;
    /** A continuation this much wider than the name column cannot be in it. */
    private static final double WIDER_THAN_COLUMN = 1.15;

    private StackedTextReader() {
    }

    static List<RowRecord> read(List<StructuredBlock> blocks, ExtractionLog log) {
        return tables(blocks, log).stream().flatMap(table -> table.records().stream()).toList();
    }

    /**
     * A table read from lines: its header's words, its columns, the records read from it, and the blocks
     * {@code [start, end)} its header and records were read from.
     */
    record Table(int start, int end, List<String> header, TableLayout layout, List<RowRecord> records) {
    }

    static List<Table> tables(List<StructuredBlock> blocks, ExtractionLog log) {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Optional<Header> header = header(blocks, i);
            if (header.isPresent()) {
                log.taken(blocks.get(i).block(), "indicator header line: " + blocks.get(i).block().text()
                        + " → " + header.get().layout());
                List<RowRecord> records = new ArrayList<>();
                TableText text = new TableText(blocks, header.get().layout(), records, log);
                int next = text.read(header.get().end());
                List<String> words = headerWords(String.join(" ", blocks.subList(i, header.get().end()).stream()
                        .map(b -> b.block().text()).toList()));
                tables.add(new Table(i, text.recordsEnd, words, header.get().layout(), records));
                i = next - 1;
            }
        }
        return tables;
    }

    /** A header read from lines: its columns, and the index of the first line after it. */
    record Header(TableLayout layout, int end) {
    }

    /**
     * The header starting at line {@code start}: one line of header words ("指標 内容 現状値 目標値"), or
     * several when its cells wrapped ("指標名 単位" / "現状値" / "(令和4年度)" / "目標値" / "(令和9年度)"),
     * perhaps with a line of years under it ("(令和4年度) (令和9年度)").
     */
    static Optional<Header> header(List<StructuredBlock> blocks, int start) {
        List<String> lines = new ArrayList<>();
        for (int i = start; i < blocks.size() && lines.size() < MAX_HEADER_LINES && isHeaderLine(blocks.get(i)); i++) {
            lines.add(blocks.get(i).block().text());
        }
        if (lines.isEmpty() || headerWords(lines.getFirst()).stream().allMatch(StackedTextReader::isYear)) {
            return Optional.empty();
        }
        List<String> yearsUnder = headerWords(lines.getLast());
        if (lines.size() >= 2 && yearsUnder.size() >= 2 && yearsUnder.stream().allMatch(StackedTextReader::isYear)) {
            Optional<TableLayout> above = layout(lines.subList(0, lines.size() - 1));
            if (above.isPresent() && above.get().absorbYearWords(yearsUnder)) {
                return Optional.of(new Header(above.get(), start + lines.size()));
            }
        }
        return layout(lines).map(layout -> new Header(layout, start + lines.size()));
    }

    /** The columns the header lines name; one name column and a figure column at least. */
    private static Optional<TableLayout> layout(List<String> lines) {
        List<String> words = headerWords(String.join(" ", lines));
        long names = words.stream().filter(w -> HeaderVocabulary.read(w)
                .map(cell -> cell.role() == ColumnRole.NAME).orElse(false)).count();
        return words.size() >= 2 && names == 1 ? TableLayout.of(words) : Optional.empty();
    }

    /** A line of header words and years only, not a heading. */
    private static boolean isHeaderLine(StructuredBlock block) {
        if (block.heading() || block.block().isTableRow()) {
            return false;
        }
        return headerWords(block.block().text()).stream().allMatch(w -> HeaderVocabulary.read(w)
                .map(cell -> cell.role() != ColumnRole.OTHER).orElse(false));
    }

    /** The words of a header line, a word in parentheses joined to the one before: "現状値 (R4)" → "現状値(R4)". */
    static List<String> headerWords(String line) {
        List<String> words = new ArrayList<>();
        for (String word : line.strip().split("\\s+")) {
            boolean note = word.startsWith("(") || word.startsWith("（") || word.startsWith("[");
            if (note && !words.isEmpty() && !isYear(words.getLast())) {
                words.set(words.size() - 1, words.getLast() + word);
            } else if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static boolean isYear(String word) {
        return HeaderVocabulary.read(word).map(cell -> cell.role() == null && cell.fy() != null).orElse(false);
    }

    /** Printed width: a Japanese character is one em, an ASCII character half. */
    static double width(String line) {
        return line.codePoints().mapToDouble(c -> c < 0x2000 ? 0.5 : 1).sum();
    }

    /**
     * The name column is narrower than the description column: the description starts at the first line
     * (after the first) nearly as wide as the widest line of the record; lines.size() when none is.
     */
    static int descriptionStart(List<String> lines) {
        double widest = lines.stream().mapToDouble(StackedTextReader::width).max().orElse(0);
        for (int i = 1; i < lines.size(); i++) {
            if (width(lines.get(i)) >= DESCRIPTION_WIDTH_SHARE * widest) {
                return i;
            }
        }
        return lines.size();
    }

    /** The figures of a line: a unit word when the table has a 単位 column, then the figure cells. */
    record FigureLine(String unit, List<RowRecord.FigureCell> cells) {
    }

    /** Text and figures on one line: "観光入込客数 万人 120 (R4) 150 (R9)" → the text, then the figures. */
    record TextAndFigures(String text, FigureLine figures) {
    }

    /** The line read as figures only ("12.2% 10.0%", "% 64.5 65.0"). */
    static Optional<FigureLine> figureLine(String line, TableLayout layout) {
        String text = line.strip();
        String unit = null;
        Optional<List<String>> values = ValueParser.valueCells(text);
        int space = text.indexOf(' ');
        if (values.isEmpty() && layout.has(ColumnRole.UNIT) && space > 0 && ValueParser.isUnit(text.substring(0, space))) {
            unit = text.substring(0, space);
            values = ValueParser.valueCells(text.substring(space + 1));
        }
        String lineUnit = unit;
        return values.flatMap(v -> fit(v, layout)).map(cells -> new FigureLine(lineUnit, cells));
    }

    /** The line split into leading text and figures, the text as short as possible; empty if not so. */
    static Optional<TextAndFigures> textAndFigures(String line, TableLayout layout) {
        for (int space = line.indexOf(' '); space > 0; space = line.indexOf(' ', space + 1)) {
            String head = line.substring(0, space).strip();
            Optional<FigureLine> figures = figureLine(line.substring(space + 1), layout);
            if (figures.isPresent() && !head.isEmpty() && !ValueParser.looksLikeValue(head)) {
                return Optional.of(new TextAndFigures(head, figures.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * The values placed in the figure columns: one each, or, when some are missing (empty cells vanish from
     * PDF text), in the columns left after dropping the latest actuals.
     */
    private static Optional<List<RowRecord.FigureCell>> fit(List<String> values, TableLayout layout) {
        List<Integer> columns = new ArrayList<>(layout.figureColumns());
        if (values.size() > columns.size() || values.size() < Math.min(2, columns.size())) {
            return Optional.empty();
        }
        for (int c = columns.size() - 1; c >= 0 && columns.size() > values.size(); c--) {
            if (layout.role(columns.get(c)) == ColumnRole.ACTUAL) {
                columns.remove(c);
            }
        }
        if (columns.size() != values.size()) {
            return Optional.empty();
        }
        List<RowRecord.FigureCell> cells = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) {
            int column = columns.get(k);
            cells.add(new RowRecord.FigureCell(layout.role(column), layout.year(column), values.get(k)));
        }
        return Optional.of(cells);
    }

    /** The lines after one header, read into records until the table ends. */
    private static final class TableText {
        private final List<StructuredBlock> blocks;
        private final TableLayout layout;
        private final List<RowRecord> out;
        private final ExtractionLog log;
        private final boolean described;
        private final List<String> pending = new ArrayList<>();
        private int firstPending;
        /** The record read from a column-interleaved first line, still taking continuation lines. */
        private Interleaved open;
        /** Whether the last record was read from one line, so wrapped lines after it may continue its name. */
        private boolean lastOnOneLine;
        /** The block after the last one read into a record (lines left without figures are not). */
        private int recordsEnd;

        TableText(List<StructuredBlock> blocks, TableLayout layout, List<RowRecord> out, ExtractionLog log) {
            this.blocks = blocks;
            this.layout = layout;
            this.out = out;
            this.log = log;
            this.described = layout.has(ColumnRole.DESCRIPTION);
        }

        /** Reads from block {@code start}; returns the index of the first block after the table. */
        int read(int start) {
            int i = start;
            for (; i < blocks.size(); i++) {
                StructuredBlock block = blocks.get(i);
                if (block.heading() || block.block().isTableRow() || header(blocks, i).isPresent()
                        || pending.size() >= MAX_RECORD_LINES) {
                    break;
                }
                String line = block.block().text().strip();
                if (!take(line, i)) {
                    break;
                }
            }
            closeOpen();
            if (continuesLastName(pending)) {
                continueLastName(List.copyOf(pending));
                pending.clear();
            }
            recordsEnd = i;
            if (!pending.isEmpty()) {
                log.rejected(blocks.get(firstPending).block(), "lines after an indicator header without a line of "
                        + layout.figureColumns().size() + " figures: " + String.join(" / ", pending));
                recordsEnd = firstPending;
            }
            return i;
        }

        /** Takes one line; false when it cannot belong to the table. */
        private boolean take(String line, int block) {
            Optional<FigureLine> figures = figureLine(line, layout);
            if (figures.isPresent()) { // figures alone end a record read cell by cell
                if (open != null && pending.isEmpty()) { // its lines were taken for the row above
                    giveBack(block);
                }
                closeOpen();
                if (pending.isEmpty()) {
                    return false;
                }
                out.add(stacked(pending, figures.get(), firstPending));
                pending.clear();
                lastOnOneLine = false;
                return true;
            }
            Optional<TextAndFigures> row = textAndFigures(line, layout);
            if (row.isPresent()) {
                if (open != null && pending.isEmpty() && !row.get().text().contains(" ")) {
                    // one cell's last line beside the figures: the lines before are this row's, cell by cell
                    giveBack(block);
                }
                closeOpen();
                takeLastNameLines(row.get().text());
                if (!pending.isEmpty()) { // the last text line shares the line of figures
                    pending.add(row.get().text());
                    out.add(stacked(pending, row.get().figures(), firstPending));
                    pending.clear();
                    lastOnOneLine = false;
                } else if (described && row.get().text().contains(" ")) {
                    open = new Interleaved(row.get(), block);
                } else {
                    out.add(record(row.get().text(), null, row.get().figures(), block, line));
                    lastOnOneLine = true;
                }
                return true;
            }
            if (open != null && open.accepts(line)) {
                open.add(line);
                return true;
            }
            closeOpen();
            if (pending.isEmpty()) {
                firstPending = block;
            }
            pending.add(line);
            return true;
        }

        /**
         * Layout-preserving text prints a row's first line with its figures and the rest of a wrapped name under
         * it. Of the lines before the next row's line, those up to the first short one (a name's last line) end
         * the name of the row above; a name read cell by cell has no short line but its last.
         */
        private void takeLastNameLines(String nextText) {
            if (described || !lastOnOneLine || pending.isEmpty()) {
                return;
            }
            List<String> lines = new ArrayList<>(pending);
            lines.add(nextText);
            double widest = lines.stream().mapToDouble(StackedTextReader::width).max().orElse(0);
            for (int k = 0; k < lines.size() - 1; k++) {
                if (width(lines.get(k)) < FULL_LINE_SHARE * widest) {
                    continueLastName(List.copyOf(pending.subList(0, k + 1)));
                    pending.subList(0, k + 1).clear();
                    firstPending += k + 1;
                    return;
                }
            }
        }

        /** Whether lines left at the table's end continue the name of its last row, no wider than that name. */
        private boolean continuesLastName(List<String> lines) {
            if (described || !lastOnOneLine || lines.isEmpty()) {
                return false;
            }
            double nameWidth = width(out.getLast().name());
            return lines.stream().allMatch(l -> !l.endsWith("。") && width(l) <= WIDER_THAN_COLUMN * nameWidth);
        }

        private void continueLastName(List<String> lines) {
            RowRecord last = out.removeLast();
            List<String> name = new ArrayList<>(List.of(last.name()));
            name.addAll(lines);
            out.add(new RowRecord(IndicatorNames.joinWrapped(name), last.kind(), last.unit(), last.description(),
                    last.figures(), last.block(), last.source() + "\n" + String.join("\n", lines)));
        }

        /** The continuation lines of the open row belong to the row ending at {@code block} after all. */
        private void giveBack(int block) {
            firstPending = block - open.continuations.size();
            pending.addAll(open.continuations);
            open.continuations.clear();
        }

        private void closeOpen() {
            if (open != null) {
                out.add(open.record());
                open = null;
            }
        }

        /** A record read cell by cell: name lines, description lines, then the figures. */
        private RowRecord stacked(List<String> lines, FigureLine figures, int block) {
            int split = described ? descriptionStart(lines) : lines.size();
            String name;
            String description;
            if (split < lines.size()) {
                name = IndicatorNames.joinWrapped(lines.subList(0, split));
                description = IndicatorNames.joinWrapped(lines.subList(split, lines.size()));
            } else if (described && lines.getFirst().contains(" ")) {
                int space = lines.getFirst().indexOf(' ');
                name = lines.getFirst().substring(0, space);
                List<String> rest = new ArrayList<>(lines.subList(1, lines.size()));
                rest.addFirst(lines.getFirst().substring(space + 1));
                description = IndicatorNames.joinWrapped(rest);
            } else {
                name = IndicatorNames.joinWrapped(lines);
                description = null;
            }
            return record(name, description, figures, block, String.join("\n", lines));
        }

        private RowRecord record(String name, String description, FigureLine figures, int block, String source) {
            String figureText = String.join(" ", figures.cells().stream().map(RowRecord.FigureCell::text).toList());
            return new RowRecord(name, layout.kind(), figures.unit(), description, figures.cells(), block,
                    source.endsWith(figureText) ? source : source + "\n" + figureText);
        }

        /**
         * A row printed column-interleaved: its first line "name-part description-part figures", then lines
         * holding the rest of the name and of the description side by side, or of one of them.
         */
        private final class Interleaved {
            private final TextAndFigures first;
            private final int block;
            /** The lines after the first, as written. */
            private final List<String> continuations = new ArrayList<>();

            Interleaved(TextAndFigures first, int block) {
                this.first = first;
                this.block = block;
            }

            /** A continuation is no wider than the columns it continues; a paragraph after the table is. */
            boolean accepts(String line) {
                Columns columns = columns();
                String[] parts = line.split(" ", 2);
                double limit = WIDER_THAN_COLUMN * Math.max(widest(columns.name()), widest(columns.description()));
                return continuations.size() < MAX_RECORD_LINES && width(parts[0]) <= limit
                        && (parts.length == 1 || width(parts[1]) <= limit);
            }

            void add(String line) {
                continuations.add(line);
            }

            /** The lines of the name and of the description column. */
            private record Columns(List<String> name, List<String> description) {
            }

            private Columns columns() {
                Columns columns = new Columns(new ArrayList<>(), new ArrayList<>());
                int space = first.text().indexOf(' ');
                columns.name().add(first.text().substring(0, space));
                columns.description().add(first.text().substring(space + 1));
                for (String line : continuations) {
                    int gap = line.indexOf(' ');
                    if (gap > 0) {
                        columns.name().add(line.substring(0, gap));
                        columns.description().add(line.substring(gap + 1));
                    } else if (continuesName(line, columns.name())) {
                        columns.name().add(line);
                    } else {
                        columns.description().add(line);
                    }
                }
                return columns;
            }

            /**
             * A line in one column only: the description's when it ends a sentence or is wider than the name
             * column, else the name's if the name's last line filled its column.
             */
            private static boolean continuesName(String line, List<String> name) {
                double nameWidth = widest(name);
                if (line.endsWith("。") || width(line) > WIDER_THAN_COLUMN * nameWidth) {
                    return false;
                }
                return width(name.getLast()) >= FULL_LINE_SHARE * nameWidth;
            }

            private static double widest(List<String> lines) {
                return lines.stream().mapToDouble(StackedTextReader::width).max().orElse(0);
            }

            RowRecord record() {
                Columns columns = columns();
                String source = first.text() + (continuations.isEmpty() ? "" : "\n" + String.join("\n", continuations));
                return TableText.this.record(IndicatorNames.joinWrapped(columns.name()),
                        IndicatorNames.joinWrapped(columns.description()), first.figures(), block, source);
            }
        }
    }
}
