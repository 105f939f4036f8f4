package org.sakuin.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sakuin.structure.StructuredBlock;

/**
 * Reads indicator tables that PDF text extraction flattened into lines. After a header line such as
 * "指標 内容 現状値 目標値", each indicator arrives as its name (wrapped over lines), its description, and a line
 * of figures ("12.2% 10.0%"); or, from layout-preserving extraction, as one line "name … 152 (H27) 166 182".
 */
final class StackedTextReader {

    /** Lines an indicator may take before its figures; more means the table has ended. */
    private static final int MAX_RECORD_LINES = 12;
    /** A line at least this share of the record's widest line starts the description column. */
    private static final double DESCRIPTION_WIDTH_SHARE = 0.85;

    private StackedTextReader() {
    }

    static List<RowRecord> read(List<StructuredBlock> blocks, ExtractionLog log) {
        List<RowRecord> records = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Optional<TableLayout> layout = header(blocks.get(i));
            if (layout.isPresent()) {
                log.taken(blocks.get(i).block(), "indicator header line: " + blocks.get(i).block().text());
                i = readRecords(blocks, i + 1, layout.get(), records, log) - 1;
            }
        }
        return records;
    }

    /** A line whose every word is a header word: "指標 内容 現状値 目標値", "成果指標 単位 基準値 目標値(R7)". */
    static Optional<TableLayout> header(StructuredBlock block) {
        if (block.block().isTableRow()) {
            return Optional.empty();
        }
        List<String> words = List.of(block.block().text().strip().split("\\s+"));
        if (words.size() < 2 || words.stream().anyMatch(w -> HeaderVocabulary.read(w)
                .map(cell -> cell.role() == ColumnRole.OTHER).orElse(true))) {
            return Optional.empty();
        }
        return TableLayout.of(words);
    }

    private static int readRecords(List<StructuredBlock> blocks, int start, TableLayout layout, List<RowRecord> out,
                                   ExtractionLog log) {
        List<Integer> figureColumns = layout.figureColumns();
        List<String> pending = new ArrayList<>();
        int firstPending = start;
        int i = start;
        for (; i < blocks.size(); i++) {
            StructuredBlock block = blocks.get(i);
            if (block.heading() || block.block().isTableRow() || header(block).isPresent()
                    || pending.size() >= MAX_RECORD_LINES) {
                break;
            }
            String line = block.block().text().strip();
            if (pending.isEmpty()) {
                firstPending = i;
            }
            Optional<List<String>> figures = ValueParser.valueCells(line).filter(f -> f.size() == figureColumns.size());
            if (figures.isPresent() && !pending.isEmpty()) {
                out.add(record(pending, figures.get(), layout, firstPending));
                pending.clear();
                continue;
            }
            Optional<RowRecord> oneLine = oneLineRecord(line, layout, i);
            if (oneLine.isPresent() && pending.isEmpty()) {
                out.add(oneLine.get());
                continue;
            }
            pending.add(line);
        }
        if (!pending.isEmpty()) {
            log.rejected(blocks.get(firstPending).block(), "lines after an indicator header without a line of "
                    + figureColumns.size() + " figures: " + String.join(" / ", pending));
        }
        return i;
    }

    private static RowRecord record(List<String> lines, List<String> figures, TableLayout layout, int block) {
        int split = layout.figureColumns().size() < layout.width() && hasDescription(layout)
                ? descriptionStart(lines) : lines.size();
        String name;
        String description;
        if (split < lines.size()) {
            name = IndicatorNames.joinWrapped(lines.subList(0, split));
            description = IndicatorNames.joinWrapped(lines.subList(split, lines.size()));
        } else if (hasDescription(layout) && lines.getFirst().contains(" ")) {
            int space = lines.getFirst().indexOf(' ');
            name = lines.getFirst().substring(0, space);
            List<String> rest = new ArrayList<>(lines.subList(1, lines.size()));
            rest.addFirst(lines.getFirst().substring(space + 1));
            description = IndicatorNames.joinWrapped(rest);
        } else {
            name = IndicatorNames.joinWrapped(lines);
            description = null;
        }
        return new RowRecord(name, layout.kind(), null, description, figureCells(figures, layout), block,
                String.join("\n", lines) + "\n" + String.join(" ", figures));
    }

    private static boolean hasDescription(TableLayout layout) {
        for (int c = 0; c < layout.width(); c++) {
            if (layout.role(c) == ColumnRole.DESCRIPTION) {
                return true;
            }
        }
        return false;
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

    /** Printed width: a Japanese character is one em, an ASCII character half. */
    private static double width(String line) {
        return line.codePoints().mapToDouble(c -> c < 0x2000 ? 0.5 : 1).sum();
    }

    /** "上川中部定住自立圏形成協定に基づく取組数 事業 152 (H27) 166 182": the name, then the figures. */
    private static Optional<RowRecord> oneLineRecord(String line, TableLayout layout, int block) {
        int n = layout.figureColumns().size();
        for (int space = line.indexOf(' '); space > 0; space = line.indexOf(' ', space + 1)) {
            String head = line.substring(0, space).strip();
            Optional<List<String>> figures = ValueParser.valueCells(line.substring(space + 1));
            if (figures.isPresent() && figures.get().size() == n && !ValueParser.looksLikeValue(head)) {
                return Optional.of(new RowRecord(head, layout.kind(), null, null, figureCells(figures.get(), layout),
                        block, line));
            }
        }
        return Optional.empty();
    }

    private static List<RowRecord.FigureCell> figureCells(List<String> figures, TableLayout layout) {
        List<Integer> columns = layout.figureColumns();
        List<RowRecord.FigureCell> cells = new ArrayList<>();
        for (int k = 0; k < figures.size(); k++) {
            int column = columns.get(k);
            cells.add(new RowRecord.FigureCell(layout.role(column), layout.year(column), figures.get(k)));
        }
        return cells;
    }
}
