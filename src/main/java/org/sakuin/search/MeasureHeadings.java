package org.sakuin.search;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sakuin.index.PassageHit;
import org.sakuin.plan.Section;

/**
 * Which headings of a plan name a measure (人権施策の推進, 北北海道における自治体との連携の推進) and which only label a
 * part of every measure (現況と問題, その対策, 現状と課題, 施策の方向, 3 成果指標, 5 展開施策を構成する事業等). Two signs,
 * neither a list of headings: a label is written in nothing but the words plans use for their own parts, and
 * a label recurs under several measures of one plan, where a measure is named once or twice.
 */
final class MeasureHeadings {

    /** Numbering before a heading: 第2項, 展開施策1, 基本政策12, 1, (1), ①, 12-1-1, 展開施策名. */
    private static final Pattern NUMBERING = Pattern.compile("^(第[0-9一二三四五六七八九十]+[章節項款部編]|[(（]?[0-9]+[)）.．]|[①-⑳]"
            + "|\\S{0,6}?名?[\\s　]*[0-9]+(-[0-9]+)*(?=[\\s　]))[\\s　]*");
    /** Marks after a heading: ○ ○ ○ of a table of SDGs or areas the heading belongs to. */
    private static final Pattern TRAILING_MARKS = Pattern.compile("([\\s　]*[○●◎△])+$");
    /**
     * The words plans name their own parts with, and the particles between them: what is left of a measure
     * when they are taken out is its subject. Longer words first, so 成果指標 goes before 指標.
     */
    private static final Pattern PLAN_PARTS = Pattern.compile(String.join("|",
            "第[0-9]+[次期]", "(令和|平成)[0-9元]+年度?", "[0-9]+(年度?)?",
            "総合計画", "基本計画", "実施計画", "基本構想", "前期", "後期", "計画", "ビジョン",
            "現況", "現状値?", "課題", "問題点?", "対策", "方向性?", "基本方針", "方針", "目標像?", "成果指標", "評価指標",
            "数値目標", "指標", "KPI", "概要", "背景", "趣旨", "目的", "期間", "位置[付づ]け", "構成", "体系",
            "展開施策", "基本施策", "主要施策", "施策", "基本政策", "基本目標", "政策", "展開", "主な", "主要", "具体的な?", "取り?組み?", "事業等?",
            "内容", "進捗管理", "推進体制", "評価", "検証", "役割分担", "一覧", "まとめ", "について",
            "における", "に向けた", "を構成する", "その", "及び", "並びに", "など", "等", "の", "と", "を",
            "[\\s　・、,.。:：()（）「」-]"));

    static final int LABEL_PARENTS = 3;

    private MeasureHeadings() {
    }

    /** The heading without its numbering and marks, NFKC: 第2項 都市間連携の推進 and ②都市間連携の推進 ○ ○ are one measure. */
    static String normalized(String heading) {
        String text = TRAILING_MARKS.matcher(heading.strip()).replaceFirst("");
        // ① before NFKC, which makes it a 1 that reads as the start of a name; １ (full width) after
        text = Normalizer.normalize(NUMBERING.matcher(text).replaceFirst(""), Normalizer.Form.NFKC);
        return NUMBERING.matcher(text.strip()).replaceFirst("").strip();
    }

    /**
     * The headings (per document, normalized) that recur under {@link #LABEL_PARENTS} or more parents among
     * these passages: labels every measure of a plan repeats. A measure may be named twice, in its chapter and
     * in an overview of the plan.
     */
    static Set<String> recurring(List<PassageHit> passages) {
        Map<String, Set<String>> parents = new HashMap<>();
        for (PassageHit hit : passages) {
            List<String> headings = headings(hit);
            for (int i = 1; i < headings.size(); i++) {
                parents.computeIfAbsent(key(hit, normalized(headings.get(i))), k -> new HashSet<>())
                        .add(normalized(headings.get(i - 1)));
            }
        }
        Set<String> recurring = new HashSet<>();
        parents.forEach((heading, under) -> {
            if (under.size() >= LABEL_PARENTS) {
                recurring.add(heading);
            }
        });
        return recurring;
    }

    /** The innermost heading of the passage that names a measure, normalized; null when none does. */
    static String measureOf(PassageHit hit, Set<String> recurring) {
        List<String> headings = headings(hit);
        for (int i = headings.size() - 1; i >= 0; i--) {
            String heading = normalized(headings.get(i));
            // a mark makes a label, a number before the heading does not: (1) 地域福祉の推進 is a measure
            if (!Section.isLabel(heading) && !recurring.contains(key(hit, heading))
                    && !onlyPlanParts(heading, hit)) {
                return heading;
            }
        }
        return null;
    }

    /**
     * Whether the heading is the plan's own title, or nothing is left of it without the plan's part words and
     * its town's name (第2次北斗市総合計画の進捗管理).
     */
    static boolean onlyPlanParts(String heading, PassageHit hit) {
        if (hit.title() != null && normalized(hit.title()).equals(heading)) {
            return true;
        }
        String text = hit.municipality() == null ? heading : heading.replace(hit.municipality(), "");
        return PLAN_PARTS.matcher(text).replaceAll("").isEmpty();
    }

    private static List<String> headings(PassageHit hit) {
        return Section.parse(hit.section()).headings();
    }

    private static String key(PassageHit hit, String heading) {
        return hit.documentId() + "\n" + heading;
    }
}
