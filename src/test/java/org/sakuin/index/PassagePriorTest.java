package org.sakuin.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.plan.Passage;
import org.sakuin.plan.PlanDocument;
import org.sakuin.plan.PlanMetadata;
import org.sakuin.plan.Section;

class PassagePriorTest {

    private static final PlanDocument PLAN = document("第2期さっぽろ連携中枢都市圏ビジョン", 1);
    private static final Section SECTION = new Section(List.of("第2期さっぽろ連携中枢都市圏ビジョン",
            "共通施策 脱炭素の促進"));

    @Test
    void aPassageWithABodyOfItsOwnWeighsFully() {
        Passage body = new Passage("p-3", 3, 1, SECTION, "共通施策 脱炭素の促進\n再生可能エネルギーの導入を圏域で進めます。");
        assertThat(PassagePrior.of(PLAN, body)).isEqualTo(1f);
    }

    @Test
    void aPassageThatOnlyRepeatsItsHeadingsWeighsLess() {
        Passage heading = new Passage("p-2", 2, 1, SECTION, "● 共通施策　脱炭素の促進\n");
        assertThat(PassagePrior.of(PLAN, heading)).isEqualTo(PassagePrior.HEADINGS_ONLY);
    }

    @Test
    void aCoverWithTitlePeriodAndDepartmentButNoSentenceWeighsLess() {
        PlanDocument pdf = document("入間市第6次総合計画 前期基本計画", 40);
        Passage cover = new Passage("p-0", 0, 1, Section.ROOT,
                "入間市第6次総合計画\n前期基本計画\n令和3年度～令和7年度\n入間市 企画部 企画課");
        Passage opening = new Passage("p-1", 1, 1, Section.ROOT,
                "はじめに\n本計画は、市の将来像の実現に向けて取り組む施策を定めるものです。");
        assertThat(PassagePrior.of(pdf, cover)).isEqualTo(PassagePrior.COVER);
        assertThat(PassagePrior.of(pdf, opening)).isEqualTo(1f);
    }

    @Test
    void aTableOnTheFirstPageIsNoCover() {
        PlanDocument pdf = document("入間市第6次総合計画 前期基本計画", 40);
        Passage table = new Passage("p-4", 4, 1, Section.ROOT, "指標 現状値 目標値\n" + "自治会加入率 55% 60%\n".repeat(9));
        assertThat(PassagePrior.of(pdf, table)).isEqualTo(1f);
    }

    @Test
    void aDocumentWhoseTitleNamesNoPlanWeighsLessThanAPlan() {
        PlanDocument bulletin = document("広報みどり 令和6年5月号", 1);
        Section article = new Section(List.of("市民まつりを開催します"));
        Passage mention = new Passage("b-1", 1, 1, article, "市民まつりを開催します\n当日は地域公共交通の臨時便が出ます。");
        assertThat(PassagePrior.of(bulletin, mention)).isEqualTo(PassagePrior.NOT_A_PLAN);
        assertThat(PassagePrior.isPlan(new PlanMetadata(null, null, null, "総合計画", null))).isTrue();
        assertThat(PassagePrior.isPlan(new PlanMetadata(null, null, null, null, null))).isFalse();
    }

    private static PlanDocument document(String title, int pages) {
        return new PlanDocument("d", "plan.pdf", "/plans/plan.pdf", "hash", null, pages,
                new PlanMetadata("札幌市", "北海道", title, null, null));
    }
}
