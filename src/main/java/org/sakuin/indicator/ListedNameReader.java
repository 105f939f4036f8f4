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

    private ListedNameReader() {
    }

    static List<RowRecord> read(List<StructuredBlock> blocks) {
        List<RowRecord> records = new ArrayList<>();
        boolean listOpen = false;
        for (int i = 0; i < blocks.size(); i++) {
            StructuredBlock block = blocks.get(i);
            if (block.heading()) {
                listOpen = HeaderVocabulary.kindOf(block.section().heading()) != null;
                continue;
            }
            var bullet = BULLET.matcher(block.block().text().strip());
            // only the bullet list right under the heading: later bullets are other content of the section
            listOpen &= !block.block().isTableRow() && bullet.matches()
                    && !ValueParser.looksLikeValue(bullet.group("name"));
            if (listOpen) {
                records.add(new RowRecord(bullet.group("name"), HeaderVocabulary.kindOf(block.section().heading()),
                        null, null, List.of(), i, block.block().text()));
            }
        }
        return records;
    }
}
