package org.sakuin.qa;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sakuin.plan.PlanDocument;
import org.sakuin.plan.PlanMetadata;

/**
 * The plan a question names (「第2期○○市まち・ひと・しごと創生総合戦略の…」「…の総合計画の…」), among the
 * indexed plans of the town asked about. The kind of plan the name ends in must be the plan's — a 総合戦略 is
 * not a 総合計画 — and an ordinal it gives (第2期, 第6次) must be the plan's too; of those, the title most like
 * the name. A name of no known kind names no plan.
 */
final class NamedPlans {

    /** Kinds of plan, most specific first: a name is of the first kind it contains. */
    private static final List<String> KINDS = List.of("総合戦略", "総合計画", "基本構想", "前期基本計画", "後期基本計画",
            "基本計画", "実施計画", "共生ビジョン", "ビジョン", "マスタープラン", "プラン", "戦略", "構想", "計画");
    /** Kinds too broad to tell plans apart: the plan must also be named like the question names it. */
    private static final List<String> BROAD_KINDS = List.of("ビジョン", "プラン", "戦略", "構想", "計画");
    private static final double MIN_LIKENESS = 0.5;
    private static final Pattern ORDINAL = Pattern.compile("第\\s*([0-9]+)\\s*([期次])");

    private NamedPlans() {
    }

    /** The kind of plan a name ends in, if it is the name of a plan (not 「…計画の策定」). */
    static Optional<String> kindOf(String name) {
        return name == null ? Optional.empty() : KINDS.stream().filter(name.strip()::endsWith).findFirst();
    }

    /** The plan the name names among these documents, if one of them fits. */
    static Optional<PlanDocument> named(String name, String municipality, List<PlanDocument> documents) {
        Optional<String> kind = kindOf(name);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> ordinal = ordinal(name);
        return documents.stream()
                .filter(doc -> municipality == null || municipality.equals(doc.metadata().municipality()))
                .filter(doc -> describes(doc.metadata()).contains(kind.get()))
                .filter(doc -> ordinal.isEmpty() || ordinal.equals(ordinal(doc.metadata().title())))
                .max(Comparator.comparingDouble(doc -> likeness(name, doc)))
                .filter(doc -> municipality != null && !BROAD_KINDS.contains(kind.get())
                        || likeness(name, doc) >= MIN_LIKENESS);
    }

    static double likeness(String name, PlanDocument doc) {
        String title = Objects.requireNonNullElse(doc.metadata().title(), "");
        return NameSimilarity.of(name, title) + (title.contains(name) ? 1 : 0);
    }

    private static String describes(PlanMetadata metadata) {
        return Objects.requireNonNullElse(metadata.title(), "") + " " + Objects.requireNonNullElse(metadata.planType(), "");
    }

    private static Optional<String> ordinal(String text) {
        Matcher m = text == null ? null : ORDINAL.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
        return m != null && m.find() ? Optional.of(m.group(1) + m.group(2)) : Optional.empty();
    }
}
