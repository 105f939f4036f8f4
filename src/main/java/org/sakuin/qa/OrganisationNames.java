package org.sakuin.qa;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Names of organisations in a sentence, of the sort a question asks for: a university (東陵大学, ○○大学校), a
 * college (○○工業高等専門学校), a company (株式会社○○, ○○株式会社, ㈱○○) or any body (○○協会, ○○組合,
 * ○○法人 …). A name is a run of kanji, katakana and letters before its ending, never a generic word alone
 * (大学等, 県内の大学): 「どこの大学」 wants the one named.
 */
final class OrganisationNames {

    /** The nouns a question asks with: どこの大学, どの企業, どの団体 …; longest first. */
    static final String HEADS = "高等専門学校|短期大学|大学校|大学|高専|学校|企業|会社|事業者|金融機関|銀行|団体|組織|機関|法人";

    private static final String NAME = "[\\p{IsHan}\\p{IsKatakana}ーA-Za-z0-9・&＆]";
    private static final String UNIVERSITY = "(?:" + NAME + "{1,12}?)(?:短期大学|大学校|大学)(?![院生])";
    private static final String COLLEGE = NAME + "{1,12}?(?:高等専門学校|高専)";
    private static final String COMPANY = "(?:株式会社|有限会社|合同会社|㈱|\\(株\\))[\\p{L}\\p{N}ー・&＆]*?"
            + "[\\p{IsHan}\\p{IsKatakana}ーA-Za-z0-9](?=[とはがのをにでや、。\\s(（]|$)"
            + "|" + NAME + "{1,15}?(?:株式会社|有限会社|合同会社|㈱)";
    private static final String BODY = NAME + "{1,15}?(?:協会|組合|協議会|連合会|連盟|財団|機構|商工会議所|商工会|法人|銀行|信用金庫|農協)";

    private static final Map<String, Pattern> BY_HEAD = Map.of(
            "大学", Pattern.compile(UNIVERSITY),
            "高等専門学校", Pattern.compile(COLLEGE),
            "学校", Pattern.compile(UNIVERSITY + "|" + COLLEGE + "|" + NAME + "{1,12}?(?:学校|学園)"),
            "企業", Pattern.compile(COMPANY),
            "団体", Pattern.compile(COMPANY + "|" + BODY + "|" + UNIVERSITY + "|" + COLLEGE));
    private static final Map<String, String> HEAD_OF = Map.ofEntries(
            Map.entry("短期大学", "大学"), Map.entry("大学校", "大学"), Map.entry("大学", "大学"),
            Map.entry("高等専門学校", "高等専門学校"), Map.entry("高専", "高等専門学校"), Map.entry("学校", "学校"),
            Map.entry("企業", "企業"), Map.entry("会社", "企業"), Map.entry("事業者", "企業"),
            Map.entry("金融機関", "団体"), Map.entry("銀行", "団体"), Map.entry("団体", "団体"),
            Map.entry("組織", "団体"), Map.entry("機関", "団体"), Map.entry("法人", "団体"));
    /** Words that say which kind of body, not which one: 県内の大学, 市内大学, 各大学. */
    private static final Set<String> GENERIC = Set.of("地元", "市内", "県内", "町内", "村内", "近隣", "国立", "県立", "公立",
            "私立", "各", "他", "全国", "域内", "圏域", "都市部", "関係", "民間", "地域", "外部", "協力");
    private static final List<String> GENERIC_NAMES = List.of("株式会社", "有限会社", "合同会社", "㈱", "(株)");

    private OrganisationNames() {
    }

    static boolean isHead(String noun) {
        return HEAD_OF.containsKey(noun);
    }

    static List<String> in(String sentence, String head) {
        return BY_HEAD.get(HEAD_OF.getOrDefault(head, "団体")).matcher(sentence).results()
                .map(MatchResult::group).filter(name -> !isGeneric(name)).toList();
    }

    private static boolean isGeneric(String name) {
        return GENERIC_NAMES.contains(name) || GENERIC.stream().anyMatch(g -> name.startsWith(g)
                && HEAD_OF.keySet().stream().anyMatch(h -> name.equals(g + h)));
    }
}
