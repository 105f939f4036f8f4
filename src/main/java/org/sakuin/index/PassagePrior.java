package org.sakuin.index;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sakuin.plan.Passage;
import org.sakuin.plan.PlanDocument;
import org.sakuin.plan.PlanMetadata;

/**
 * What a passage is worth before any query, computed at index time and multiplied into its score by both backends:
 * a passage that only repeats its headings, or a cover page (title, period, department, no sentence), tells a reader
 * less than one that discusses what was searched, and a bulletin or notice that mentions a plan less than the plan's
 * own text. Demoted, never hidden: when such a passage is the only match it is still found.
 */
final class PassagePrior {

    /** A heading with no body, or a cover page: below any passage with text of its own that matches as well. */
    static final float HEADINGS_ONLY = 0.3f;
    static final float COVER = 0.3f;
    /** A document whose title names no plan (広報, お知らせ, 議会だより): a mention there weighs less than the plan's. */
    static final float NOT_A_PLAN = 0.6f;

    /** A cover holds a few short lines: title, subtitle, period, date, department. */
    private static final int COVER_LINES = 8;
    private static final int COVER_LINE = 40;
    /** A sentence ends in 。 (or ．, which NFKC leaves as a full stop after a Japanese character). */
    private static final Pattern SENTENCE_END = Pattern.compile("[。．]|(?<=[\\p{IsHan}\\p{IsHiragana}])\\.");
    /** The words plan titles end in: 総合計画, 総合戦略, 共生ビジョン, マスタープラン, 基本構想, 基本方針, 推進指針. */
    private static final Pattern PLAN_WORD = Pattern.compile("計画|戦略|ビジョン|プラン|構想|方針|指針|大綱");
    /** What a heading-only passage may hold besides its headings: marks, numbering, punctuation. */
    private static final Pattern NOT_A_WORD = Pattern.compile("[\\s\\p{Z}\\p{P}\\p{S}]");

    private PassagePrior() {
    }

    static float of(PlanDocument plan, Passage passage) {
        float passagePrior = headingsOnly(passage) ? HEADINGS_ONLY : cover(plan, passage) ? COVER : 1f;
        return passagePrior * (isPlan(plan.metadata()) ? 1f : NOT_A_PLAN);
    }

    /** Whether every line of the passage is one of its section's headings. */
    static boolean headingsOnly(Passage passage) {
        return body(passage).isEmpty();
    }

    /**
     * The first passage of a document, or any passage on page 1 of a paged one, holding short lines and no sentence:
     * a cover's title, period and department.
     */
    static boolean cover(PlanDocument plan, Passage passage) {
        boolean onCover = passage.ordinal() == 0 || (plan.pages() > 1 && passage.page() <= 1);
        List<String> lines = passage.text().lines().filter(line -> !line.isBlank()).toList();
        return onCover && lines.size() <= COVER_LINES && lines.stream().allMatch(l -> l.strip().length() <= COVER_LINE)
                && !SENTENCE_END.matcher(passage.text()).find();
    }

    /** A title names a plan; a document without one is taken for a plan when a plan type was found for it. */
    static boolean isPlan(PlanMetadata meta) {
        return meta.title() == null ? meta.planType() != null : PLAN_WORD.matcher(meta.title()).find();
    }

    /** The passage's lines that are not its headings, without marks and spaces. */
    private static String body(Passage passage) {
        Set<String> headings = passage.section().headings().stream().map(PassagePrior::bare)
                .collect(Collectors.toSet());
        List<String> lines = Arrays.stream(passage.text().split("\n")).map(PassagePrior::bare)
                .filter(line -> !line.isEmpty() && !headings.contains(line)).toList();
        return String.join("", lines);
    }

    private static String bare(String line) {
        return NOT_A_WORD.matcher(line).replaceAll("");
    }
}
