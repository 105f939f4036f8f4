package org.sakuin.indicator;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.sakuin.plan.Indicator;
import org.sakuin.plan.IndicatorValue;
import org.sakuin.plan.Section;

/** Turns a {@link RowRecord} into an {@link Indicator}: figures parsed, years and unit settled. */
final class IndicatorAssembler {

    static final String DEFAULT_KIND = "指標";

    private IndicatorAssembler() {
    }

    static Indicator assemble(RowRecord row, String documentId, Section section, int page) {
        IndicatorValue baseline = null;
        List<IndicatorValue> actuals = new ArrayList<>();
        List<IndicatorValue> targets = new ArrayList<>();
        String achievement = null;
        String unit = blankToNull(row.unit());
        for (RowRecord.FigureCell cell : row.figures()) {
            ParsedValue parsed = ValueParser.parse(cell.text());
            if (parsed.isEmpty()) {
                continue;
            }
            if (unit == null && parsed.unit() != null && cell.role() != ColumnRole.ACHIEVEMENT) {
                unit = parsed.unit();
            }
            IndicatorValue value = parsed.toValue(cell.headerYear());
            switch (cell.role()) {
                case BASELINE -> baseline = baseline == null ? value : baseline;
                case ACTUAL -> actuals.add(value);
                case TARGET -> targets.add(value);
                case ACHIEVEMENT -> achievement = achievement == null ? parsed.raw() : achievement;
                default -> { }
            }
        }
        IndicatorNames.NameAndUnit named = IndicatorNames.withoutUnitNote(IndicatorNames.clean(row.name()));
        String name = named.name();
        unit = unit != null ? unit : named.unit();
        String kind = row.kind() != null ? row.kind() : kindFromSection(section);
        return new Indicator(idOf(documentId, name), name, kind, unit, baseline, actuals, achievement, false, targets,
                blankToNull(row.description()), documentId, section, page, row.source());
    }

    /** A table under a heading such as ●成果指標 or (評価指標) takes that kind. */
    static String kindFromSection(Section section) {
        for (int i = section.headings().size() - 1; i >= 0; i--) {
            String kind = HeaderVocabulary.kindOf(section.headings().get(i));
            if (kind != null) {
                return kind;
            }
        }
        return DEFAULT_KIND;
    }

    static String idOf(String documentId, String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(IndicatorNames.key(name).getBytes(StandardCharsets.UTF_8));
            return documentId + "-" + HexFormat.of().formatHex(hash, 0, 5);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
