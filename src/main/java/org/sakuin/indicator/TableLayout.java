package org.sakuin.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The columns of an indicator table, read from its header row and an optional second row of years:
 * <pre>
 * 成果指標 | 単位 | 基準値 | 実績値 |     |     |     | 達成率 | 目標値 |
 *          |      |        | H28    | H29 | H30 | H31 |        | H31    | H39
 * </pre>
 * An empty header cell continues the figure column to its left (実績値 spans H28–H31), and a year-only cell
 * after the baseline is an actual.
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
        List<ColumnRole> roles = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        String kind = null;
        ColumnRole previous = null;
        for (String cell : header) {
            Optional<HeaderVocabulary.HeaderCell> read = HeaderVocabulary.read(cell);
            ColumnRole role;
            if (read.isEmpty()) {
                role = previous != null && previous.holdsFigures() && previous != ColumnRole.ACHIEVEMENT
                        ? previous : ColumnRole.OTHER;
            } else if (read.get().role() == null) {
                role = previous == ColumnRole.BASELINE || previous == null ? ColumnRole.ACTUAL : previous;
            } else {
                role = read.get().role();
            }
            if (role == ColumnRole.NAME && kind == null) {
                kind = HeaderVocabulary.kindOf(cell.replaceAll("\\s+", ""));
            }
            roles.add(role);
            years.add(read.map(HeaderVocabulary.HeaderCell::fy).orElse(null));
            previous = role;
        }
        boolean named = roles.contains(ColumnRole.NAME);
        boolean figures = roles.contains(ColumnRole.BASELINE) || roles.contains(ColumnRole.TARGET)
                || roles.contains(ColumnRole.ACTUAL);
        return named && figures ? Optional.of(new TableLayout(roles, years, kind)) : Optional.empty();
    }

    /**
     * Reads a second header row of years (and words like 実績/目標) under the spans; false if the row is data.
     */
    boolean absorbYearRow(List<String> row) {
        boolean any = false;
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i).strip();
            if (cell.isEmpty()) {
                continue;
            }
            Optional<HeaderVocabulary.HeaderCell> read = HeaderVocabulary.read(cell);
            if (read.isEmpty() || read.get().fy() == null && read.get().role() == null
                    || read.get().role() == ColumnRole.OTHER || read.get().role() == ColumnRole.NAME) {
                return false;
            }
            any = true;
        }
        if (!any) {
            return false;
        }
        for (int i = 0; i < row.size(); i++) {
            Optional<HeaderVocabulary.HeaderCell> read = HeaderVocabulary.read(row.get(i));
            if (read.isPresent()) {
                extendTo(i);
                if (read.get().fy() != null) {
                    years.set(i, read.get().fy());
                }
                if (read.get().role() != null) {
                    roles.set(i, read.get().role());
                }
            }
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
}
