package org.sakuin.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The columns of an indicator table, read from its header row and an optional second row of years:
 * <pre>
 * 成果指標 | 単位 | 基準値 | 実績値 |     |     |     | 達成率 | 目標値 |
 *          |      |        | H28    | H29 | H30 | H31 |        | H31    | H39
 * </pre>
 * An empty header cell continues the figure column to its left (実績値 spans H28–H31). A year-only header
 * (H28, 令和9年度) continues a 実績値/目標値 column to its left and is otherwise an actual, except that in a
 * table with a baseline and no target column the last such year is the target. A table of years alone under
 * a plain 項目 or 指標 is a statistics table (人口の推移), not an indicator table.
 *
 * <p>Extraction often loses the spans of merged header cells: Word's merged cells and HTML's colspan arrive
 * as one cell, and HTML drops the cells a rowspan covers from the second row. The header is then narrower
 * than the data; its figure headers without a year of their own are taken to span the years of the second
 * row (see {@link #of(List, List, int)}).
 */
final class TableLayout {

    private final List<ColumnRole> roles;
    private final List<Integer> years;
    private final String kind;

    private TableLayout(List<ColumnRole> roles, List<Integer> years, String kind) {
        this.roles = roles;
        this.years = years;
        this.kind = kind;
    }

    /** The layout if these header cells name an indicator column and at least one figure column. */
    static Optional<TableLayout> of(List<String> header) {
        return of(header, List.of(), 0);
    }

    /**
     * The layout of a header row, a second header row of years ({@code subHeader}, empty if none; see
     * {@link #isSubHeader}) and data rows {@code width} cells wide (0 if unknown).
     */
    static Optional<TableLayout> of(List<String> header, List<String> subHeader, int width) {
        List<HeaderVocabulary.HeaderCell> cells = header.stream()
                .map(cell -> HeaderVocabulary.read(cell).orElse(null)).toList();
        List<ColumnRole> roles = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        List<Boolean> yearOnly = new ArrayList<>();
        ColumnRole previous = null;
        for (HeaderVocabulary.HeaderCell cell : cells) {
            ColumnRole role = roleOf(cell, previous);
            roles.add(role);
            years.add(cell == null ? null : cell.fy());
            yearOnly.add(cell != null && cell.role() == null);
            previous = role;
        }
        boolean unnamedFirst = !cells.isEmpty() && cells.getFirst() == null;
        if (unnamedFirst && roles.contains(ColumnRole.BASELINE) && roles.contains(ColumnRole.TARGET)) {
            roles.set(0, ColumnRole.NAME); // the names' column often has no header of its own
        }
        boolean named = roles.contains(ColumnRole.NAME);
        String kind = named ? HeaderVocabulary.kindOf(header.get(roles.indexOf(ColumnRole.NAME)).replaceAll("\\s+", ""))
                : null;
        // years alone under a plain 項目/指標 are a statistics table (人口の推移), not indicators
        boolean actualsNamed = kind != null || cells.stream().anyMatch(c -> c != null && c.role() == ColumnRole.ACTUAL);
        boolean figures = roles.contains(ColumnRole.BASELINE) || roles.contains(ColumnRole.TARGET)
                || roles.contains(ColumnRole.ACTUAL) && actualsNamed;
        if (!named || !figures) {
            return Optional.empty();
        }
        TableLayout layout = new TableLayout(roles, years, kind);
        layout.lastYearIsTarget(yearOnly);
        // empty cells after a merged header write its span out: nothing was lost
        boolean spansWritten = cells.subList(1, cells.size()).contains(null);
        if (!subHeader.isEmpty() || width > roles.size()) {
            layout = layout.spread(subHeader, spansWritten ? 0 : width);
        }
        return Optional.of(layout);
    }

    private static ColumnRole roleOf(HeaderVocabulary.HeaderCell cell, ColumnRole previous) {
        if (cell == null) { // an empty cell continues a merged figure header to its left
            return previous != null && previous.holdsFigures() && previous != ColumnRole.ACHIEVEMENT
                    ? previous : ColumnRole.OTHER;
        }
        if (cell.role() == null) { // a year alone: one more year of 実績値/目標値, else an actual
            return previous == ColumnRole.ACTUAL || previous == ColumnRole.TARGET ? previous : ColumnRole.ACTUAL;
        }
        return cell.role();
    }

    /** A table with a baseline but no target column sets its target in the last year-only column. */
    private void lastYearIsTarget(List<Boolean> yearOnly) {
        if (roles.contains(ColumnRole.BASELINE) && !roles.contains(ColumnRole.TARGET)) {
            for (int i = roles.size() - 1; i >= 0; i--) {
                if (yearOnly.get(i) && roles.get(i) == ColumnRole.ACTUAL) {
                    roles.set(i, ColumnRole.TARGET);
                    return;
                }
            }
        }
    }

    /**
     * Whether a row right under the header is a second header row: years and header words (実績, 目標),
     * under the figure columns, and nothing else.
     */
    static boolean isSubHeader(List<String> row) {
        boolean any = false;
        for (String cell : row) {
            if (cell.isBlank()) {
                continue;
            }
            Optional<HeaderVocabulary.HeaderCell> read = HeaderVocabulary.read(cell);
            if (read.isEmpty() || read.get().role() == null && read.get().fy() == null
                    || read.get().role() == ColumnRole.OTHER || read.get().role() == ColumnRole.NAME
                    || read.get().role() == ColumnRole.DESCRIPTION || read.get().role() == ColumnRole.UNIT) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * Lays the header over {@code width} data columns and reads the second header row into it. A second row
     * that starts with an empty cell or is as wide as the data stands under the columns of the same index;
     * a shorter one that starts with a year holds only the cells under merged headers (HTML leaves out
     * the cells a rowspan covers).
     */
    private TableLayout spread(List<String> subHeader, int width) {
        int columns = Math.max(Math.max(width, roles.size()), subHeader.size());
        boolean aligned = subHeader.isEmpty() || subHeader.size() >= columns || subHeader.getFirst().isBlank();
        List<Integer> owners = aligned ? List.of() : compactOwners(subHeader, columns);
        List<Integer> spans = width == 0 ? null
                : aligned ? alignedSpans(subHeader, columns) : compactSpans(subHeader, owners);
        if (spans == null) { // the spans cannot be told: keep the header as it is, years where they stand
            spans = IntStream.range(0, roles.size()).mapToObj(i -> 1).toList();
            aligned = true;
        }
        List<ColumnRole> spreadRoles = new ArrayList<>();
        List<Integer> spreadYears = new ArrayList<>();
        List<String> under = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < spans.size(); i++) {
            for (int k = 0; k < spans.get(i); k++) {
                spreadRoles.add(roles.get(i));
                spreadYears.add(k == 0 ? years.get(i) : null);
                under.add(owners.contains(i) ? subHeader.get(next++) : "");
            }
        }
        if (aligned) {
            under = subHeader;
        }
        TableLayout layout = new TableLayout(spreadRoles, spreadYears, kind);
        for (int c = 0; c < under.size(); c++) {
            layout.readSubHeaderCell(c, under.get(c));
        }
        return layout;
    }

    private void readSubHeaderCell(int column, String cell) {
        Optional<HeaderVocabulary.HeaderCell> read = HeaderVocabulary.read(cell);
        if (read.isEmpty()) {
            return;
        }
        extendTo(column);
        if (read.get().fy() != null) {
            years.set(column, read.get().fy());
        }
        if (read.get().role() != null && read.get().role().holdsFigures()) {
            roles.set(column, read.get().role());
        }
    }

    /**
     * Spans when the second row stands under the columns: a header over an empty second-row cell takes one
     * column; one over years takes its share of that run of years. Null when the spans do not add up.
     */
    private List<Integer> alignedSpans(List<String> subHeader, int columns) {
        int headers = roles.size();
        if (headers >= columns) {
            return IntStream.range(0, headers).mapToObj(i -> 1).toList();
        }
        List<Integer> spans = new ArrayList<>();
        int column = 0;
        for (int i = 0; i < headers; ) {
            if (column >= columns) {
                return null;
            }
            if (!ownsSubHeader(i) || cellAt(subHeader, column).isBlank()) {
                spans.add(1);
                column++;
                i++;
                continue;
            }
            int run = 0;
            while (column + run < columns && !cellAt(subHeader, column + run).isBlank()) {
                run++;
            }
            int sharing = headers - i - (columns - column - run); // headers left must fit the columns left
            if (sharing < 1 || sharing > run || !IntStream.range(i, i + sharing).allMatch(this::ownsSubHeader)) {
                return null;
            }
            spans.addAll(split(subHeader.subList(column, column + run), roles.subList(i, i + sharing)));
            column += run;
            i += sharing;
        }
        return column == columns ? spans : null;
    }

    /**
     * The headers that own the cells of a second row holding only the cells under merged headers: as many as
     * the widths require, actuals first, then targets, then baselines; empty when the widths do not fit.
     */
    private List<Integer> compactOwners(List<String> subHeader, int columns) {
        int owners = roles.size() + subHeader.size() - columns;
        List<Integer> candidates = IntStream.range(0, roles.size()).filter(this::ownsSubHeader).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> ownerPriority(roles.get(i))).thenComparing(i -> i))
                .toList();
        if (owners < 1 || owners > candidates.size() || owners > subHeader.size()) {
            return List.of();
        }
        return candidates.subList(0, owners).stream().sorted().toList();
    }

    /** Spans when the owners share the second row's cells in order; null without owners. */
    private List<Integer> compactSpans(List<String> subHeader, List<Integer> owners) {
        if (owners.isEmpty()) {
            return null;
        }
        List<Integer> shares = split(subHeader, owners.stream().map(roles::get).toList());
        List<Integer> spans = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            int owner = owners.indexOf(i);
            spans.add(owner < 0 ? 1 : shares.get(owner));
        }
        return spans;
    }

    private static int ownerPriority(ColumnRole role) {
        return switch (role) {
            case ACTUAL -> 0;
            case TARGET -> 1;
            default -> 2;
        };
    }

    /** A figure header without a year of its own may have years (or 実績/目標) under it. */
    private boolean ownsSubHeader(int i) {
        ColumnRole role = roles.get(i);
        return role.holdsFigures() && role != ColumnRole.ACHIEVEMENT && years.get(i) == null;
    }

    /**
     * Splits a run of second-row cells among the headers that own it, in order: a baseline holds one value;
     * actuals and targets next to each other part where the years stop rising (実績値 H28–H31, 目標値 H31 H39)
     * when that gives as many parts, else evenly, the first ones larger.
     */
    static List<Integer> split(List<String> cells, List<ColumnRole> owners) {
        List<Integer> shares = new ArrayList<>();
        int cursor = 0;
        for (int i = 0; i < owners.size(); ) {
            if (owners.get(i) == ColumnRole.BASELINE) {
                shares.add(1);
                cursor++;
                i++;
                continue;
            }
            int group = i;
            while (group < owners.size() && owners.get(group) != ColumnRole.BASELINE) {
                group++;
            }
            int cellsOfGroup = cells.size() - cursor - (owners.size() - group); // one at least for each after
            shares.addAll(splitByYears(cells.subList(cursor, cursor + Math.max(cellsOfGroup, group - i)), group - i));
            cursor += Math.max(cellsOfGroup, group - i);
            i = group;
        }
        return shares;
    }

    private static List<Integer> splitByYears(List<String> cells, int owners) {
        List<Integer> breaks = new ArrayList<>();
        Integer last = null;
        for (int i = 0; i < cells.size(); i++) {
            Integer fy = HeaderVocabulary.read(cells.get(i)).map(HeaderVocabulary.HeaderCell::fy).orElse(null);
            if (i > 0 && fy != null && last != null && fy <= last) {
                breaks.add(i);
            }
            last = fy != null ? fy : last;
        }
        List<Integer> shares = new ArrayList<>();
        if (breaks.size() == owners - 1) {
            int start = 0;
            for (int b : breaks) {
                shares.add(b - start);
                start = b;
            }
            shares.add(cells.size() - start);
            return shares;
        }
        for (int i = 0; i < owners; i++) {
            shares.add(cells.size() / owners + (i < cells.size() % owners ? 1 : 0));
        }
        return shares;
    }

    private static String cellAt(List<String> row, int column) {
        return column < row.size() ? row.get(column) : "";
    }

    /**
     * Reads a line of years printed under a flattened header ("(令和4年度) (令和9年度)" under 現状値 目標値):
     * one year for each figure column without one, in order; false if the words do not fit.
     */
    boolean absorbYearWords(List<String> words) {
        List<Integer> open = IntStream.range(0, roles.size())
                .filter(c -> roles.get(c).holdsFigures() && roles.get(c) != ColumnRole.ACHIEVEMENT
                        && years.get(c) == null)
                .boxed().toList();
        if (words.isEmpty() || words.size() != open.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            readSubHeaderCell(open.get(k), words.get(k));
        }
        return true;
    }

    /** Columns past the header's last cell continue its last figure column. */
    private void extendTo(int column) {
        while (roles.size() <= column) {
            ColumnRole last = roles.getLast();
            roles.add(last.holdsFigures() && last != ColumnRole.ACHIEVEMENT ? last : ColumnRole.OTHER);
            years.add(null);
        }
    }

    ColumnRole role(int column) {
        if (column >= roles.size()) {
            extendTo(column);
        }
        return roles.get(column);
    }

    Integer year(int column) {
        return column < years.size() ? years.get(column) : null;
    }

    int nameColumn() {
        return roles.indexOf(ColumnRole.NAME);
    }

    int width() {
        return roles.size();
    }

    boolean has(ColumnRole role) {
        return roles.contains(role);
    }

    /** The figure columns in order, e.g. [BASELINE, TARGET] for 指標 内容 現状値 目標値. */
    List<Integer> figureColumns() {
        List<Integer> columns = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            if (roles.get(i).holdsFigures()) {
                columns.add(i);
            }
        }
        return columns;
    }

    String kind() {
        return kind;
    }

    @Override
    public String toString() {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            columns.add(roles.get(i) + (years.get(i) == null ? "" : " " + years.get(i)));
        }
        return String.join(" | ", columns);
    }
}
