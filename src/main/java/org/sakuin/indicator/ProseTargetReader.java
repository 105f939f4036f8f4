package org.sakuin.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sakuin.structure.StructuredBlock;

/**
 * Reads headline targets written in prose: "入学者数40人(2014年度)→年40人(2019年度)",
 * "観光入込客数 120万人(R4) → 150万人(R9)".
 */
final class ProseTargetReader {

    private static final String FIGURE = "(?:" + ValueParser.PREFIX + "\\s*)?[0-9][0-9,]*(?:\\.[0-9]+)?\\s*"
            + ValueParser.UNIT + "?(?:以上|以下)?\\s*(?:[(（][^)）]{2,10}[)）])?";
    private static final Pattern ARROW = Pattern.compile(
            "(?<name>[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー・A-Za-z0-9]{2,40}?)\\s*[:：]?\\s*"
                    + "(?<baseline>" + FIGURE + ")\\s*(?:→|⇒|➡|->)\\s*(?<target>" + FIGURE + ")");

    private ProseTargetReader() {
    }

    static List<RowRecord> read(List<StructuredBlock> blocks) {
        List<RowRecord> records = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            String text = blocks.get(i).block().text();
            if (blocks.get(i).block().isTableRow() || !(text.contains("→") || text.contains("⇒") || text.contains("->"))) {
                continue;
            }
            Matcher m = ARROW.matcher(text);
            while (m.find()) {
                if (!Character.isDigit(m.group("name").charAt(0))) {
                    records.add(new RowRecord(m.group("name"), null, null, null, List.of(
                            new RowRecord.FigureCell(ColumnRole.BASELINE, null, m.group("baseline").strip()),
                            new RowRecord.FigureCell(ColumnRole.TARGET, null, m.group("target").strip())),
                            i, m.group()));
                }
            }
        }
        return records;
    }
}
