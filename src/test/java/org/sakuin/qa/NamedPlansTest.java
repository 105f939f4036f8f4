package org.sakuin.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.plan.PlanDocument;
import org.sakuin.plan.PlanMetadata;

class NamedPlansTest {

    private static final PlanDocument STRATEGY = plan("s", "第2期月見台市まち・ひと・しごと創生総合戦略", "総合戦略");
    private static final PlanDocument COMPREHENSIVE = plan("c", "第6次月見台市総合計画", "総合計画");
    private static final List<PlanDocument> PLANS = List.of(COMPREHENSIVE, STRATEGY);

    @Test
    void aStrategyIsNotTheComprehensivePlanOfTheSameTown() {
        assertThat(NamedPlans.named("総合戦略", "月見台市", PLANS)).contains(STRATEGY);
        assertThat(NamedPlans.named("第2期月見台市まち・ひと・しごと創生総合戦略", null, PLANS)).contains(STRATEGY);
        assertThat(NamedPlans.named("総合計画", "月見台市", PLANS)).contains(COMPREHENSIVE);
    }

    @Test
    void anotherOrdinalOrKindOrTownNamesNoPlanHere() {
        assertThat(NamedPlans.named("第3期月見台市まち・ひと・しごと創生総合戦略", null, PLANS)).isEmpty();
        assertThat(NamedPlans.named("地域防災計画", "月見台市", PLANS)).isEmpty();
        assertThat(NamedPlans.named("総合戦略", "柚木原町", PLANS)).isEmpty();
    }

    @Test
    void onlyANameEndingInAKindOfPlanNamesAPlan() {
        assertThat(NamedPlans.kindOf("後期基本計画")).contains("後期基本計画");
        assertThat(NamedPlans.kindOf("個別施設計画の策定")).isEmpty();
    }

    private static PlanDocument plan(String id, String title, String type) {
        return new PlanDocument(id, id + ".md", id + ".md", "hash", "text/markdown", 1,
                new PlanMetadata("月見台市", "福島県", title, type, null));
    }
}
