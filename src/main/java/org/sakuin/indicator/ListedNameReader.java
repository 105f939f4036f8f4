package org.sakuin.indicator;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.sakuin.structure.StructuredBlock;

/**
 * Reads indicators a plan lists by name under an indicator heading, e.g. (評価指標) followed by
 * "・ 国内姉妹都市の交流事業の件数": they count as indicators even where their figures come later or never.
 */
final class ListedNameReader {

    private static final Pattern BULLET = Pattern.compile("^(?:[-・●○◆◇■□※]\\s*)+(?<name>[^。]{4,60})$");
    /**
     * A heading that only names indicators: (評価指標), 【数値目標】, ●成果指標, 3 成果指標, 重要業績評価指標(KPI);
     * not one that talks about them (○基本計画に関する成果指標現状値一覧表, (1) 成果指標の考え方).
     */
    private static final Pattern INDICATOR_LABEL = Pattern.compile(
            "^(?:[0-9]{1,2}[.．]?\\s*|[(（][0-9]{1,2}[)）]\\s*|[①-⑳]\\s*)?[(（【\\[●○◆◇■□]?\\s*(?:主な|施策の)?"
                    + "(?:成果指標|評価指標|活動指標|目標指標|数値目標|重要業績評価指標|KPI)(?:\\s*[(（]KPI[)）])?(?:一覧|等)?"
                    + "\\s*[)）】\\]]?$");

    private ListedNameReader() {
    }

    static List<RowRecord> read(List<StructuredBlock> blocks) {
        List<RowRecord> records = new ArrayList<>();
        boolean listOpen = false;
        for (int i = 0; i < blocks.size(); i++) {
            StructuredBlock block = blocks.get(i);
            if (block.heading()) {
                listOpen = INDICATOR_LABEL.matcher(block.section().heading()).matches();
                continue;
            }
            var bullet = BULLET.matcher(block.block().text().strip());
            // only the bullet list right under the heading: later bullets are other content of the section
            listOpen &= !block.block().isTableRow() && bullet.matches()
                    && !ValueParser.looksLikeValue(bullet.group("name"));
            if (listOpen && !ProseTargetReader.hasTarget(bullet.group("name"))) { // the prose reader reads those
                records.add(new RowRecord(bullet.group("name"), HeaderVocabulary.kindOf(block.section().heading()),
                        null, null, List.of(), i, block.block().text()));
            }
        }
        return records;
    }
}
