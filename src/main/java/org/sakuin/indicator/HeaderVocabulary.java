package org.sakuin.indicator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sakuin.plan.FiscalYear;

/**
 * The words plans put in indicator table headers, and the role of the column each names.
 * A header may carry a year: 目標値(H31), 令和7年度目標, 基準値 (平成27年度), or be a year alone (H28, 2027年度).
 */
final class HeaderVocabulary {

    /** Checked in order: longer, more specific words first (達成率 before 目標, 重要業績評価指標 before 指標). */
    private static final Map<Pattern, ColumnRole> WORDS = new LinkedHashMap<>();

    static {
        word("重要業績評価指標|KPI|成果指標|評価指標|活動指標|目標指標|まちづくり指標|数値目標|指標名|指標項目|評価項目|"
                + "^指標$|^項目$|^指標\\s*[(\\[]", ColumnRole.NAME);
        word("達成率|達成度|進捗率|進捗度|達成状況|進捗状況", ColumnRole.ACHIEVEMENT);
        word("単位", ColumnRole.UNIT);
        word("方向|傾向|目標年度|担当|基本目標|政策目標|施策目標|目標像|基本方針", ColumnRole.OTHER);
        word("基準値|現状値|策定時|計画策定時|当初値|基準年|^現状$|^現況$|現況値|前期末|直近値", ColumnRole.BASELINE);
        word("実績|現在値|見込", ColumnRole.ACTUAL);
        word("目標値|目標|目指す値|めざす値", ColumnRole.TARGET);
        word("内容|説明|考え方|算出方法|算定方法|指標の定義|定義|出典|備考", ColumnRole.DESCRIPTION);
    }

    /** A year alone, as a header or under one: H28, (令和9年度), 2027年度, R4年度末. */
    /** The kinds an indicator table may declare in its name column. */
    private static final Pattern KIND = Pattern.compile("重要業績評価指標|KPI|成果指標|評価指標|活動指標|目標指標|数値目標");
    private static final Pattern YEAR_ONLY = Pattern.compile("^[(（]?" + "(?:(?:平成|令和|[HR])\\s*(?:元|[0-9]{1,2})|(?:19|20)[0-9]{2})"
            + "\\s*(?:年度?)?(?:末|時点)?[)）]?$");

    private HeaderVocabulary() {
    }

    private static void word(String regex, ColumnRole role) {
        WORDS.put(Pattern.compile(regex), role);
    }

    /** A header cell's meaning: its role (if it names one) and the year it mentions (if any). */
    record HeaderCell(ColumnRole role, Integer fy) {
    }

    static Optional<HeaderCell> read(String cell) {
        String text = cell.replaceAll("\\s+", "");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (YEAR_ONLY.matcher(text).matches()) {
            return Optional.of(new HeaderCell(null,
                    FiscalYear.parse(text.replaceAll("[()（）]|末|時点", "")).map(FiscalYear::year).orElse(null)));
        }
        Integer fy = FiscalYear.findAll(text).stream().findFirst().map(FiscalYear::year).orElse(null);
        for (Map.Entry<Pattern, ColumnRole> word : WORDS.entrySet()) {
            Matcher m = word.getKey().matcher(text);
            if (m.find()) {
                return Optional.of(new HeaderCell(word.getValue(), fy));
            }
        }
        return Optional.of(new HeaderCell(ColumnRole.OTHER, fy));
    }

    /** The kind an indicator table declares in its name column, e.g. 成果指標; null for a plain 指標. */
    static String kindOf(String nameHeader) {
        Matcher m = KIND.matcher(nameHeader);
        if (!m.find()) {
            return null;
        }
        return m.group().equals("KPI") || m.group().equals("重要業績評価指標") ? "重要業績評価指標(KPI)" : m.group();
    }
}
