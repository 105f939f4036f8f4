package org.sakuin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sakuin.web.IndexedCorpusTest;

/** The facet sidebar, the policy-area tags and the similar measures of the search page, without a browser. */
@IndexedCorpusTest
class SearchFacetsTest extends SpringBrowserlessTest {

    static final String AREA = "広域連携・自治体間連携";
    private static final Pattern TOTAL = Pattern.compile("([0-9]+) 件");

    @Test
    void tickingFacetsNarrowsTheHitsAndKeepsTheOtherTownsCounted() {
        open(Map.of("q", List.of("連携")));
        int all = total();
        assertThat(countOf("municipality", "旭川市")).isPositive();

        test(checkbox("area", AREA)).click();
        int inArea = total();
        assertThat(inArea).isLessThan(all);
        assertThat(checkbox("area", AREA).getValue()).isTrue();
        assertThat($(HitCard.class).all()).allSatisfy(card ->
                assertThat($(Span.class, card).withClassName("hit-area").all()).extracting(Span::getText).contains(AREA));

        test(checkbox("municipality", "入間市")).click();
        assertThat(total()).isLessThan(inArea);
        assertThat($(HitCard.class).all()).isNotEmpty().allSatisfy(card ->
                assertThat($(Span.class, card).withClassName("hit-town").single().getText()).isEqualTo("入間市"));
        assertThat(countOf("municipality", "旭川市")).as("drill-sideways keeps the other towns").isPositive();
        assertThat(currentParameters()).containsEntry("q", List.of("連携"))
                .containsEntry("area", List.of(AREA)).containsEntry("municipality", List.of("入間市"));
    }

    @Test
    void theSynonymsASearchUsedAreShownAndCanBeSwitchedOff() {
        open(Map.of("q", List.of("子供")));
        Checkbox group = $(Checkbox.class).withClassName("synonym").first();
        assertThat(group.getLabel()).contains("子ども");
        assertThat(group.getValue()).isTrue();
        assertThat(total()).as("子ども is found for 子供").isPositive();

        test(group).click();

        assertThat(currentParameters()).containsEntry(SearchState.SYNONYMS_OFF, List.of("子供"));
        assertThat($(Checkbox.class).withClassName("synonym").first().getValue()).isFalse();
        assertThat(summary()).as("the plans write 子ども, never 子供").contains("見つかりませんでした");
    }

    @Test
    void townsAreListedUnderTheirPrefecture() {
        open(Map.of("q", List.of("連携")));

        Component towns = checkbox("municipality", "入間市").getParent().flatMap(Component::getParent).orElseThrow();
        List<String> lines = towns.getChildren().map(child -> $(Checkbox.class, child).all().stream()
                .map(Checkbox::getLabel).findFirst().orElse(child.getElement().getTextRecursively())).toList();
        assertThat(lines).contains("埼玉県", "北海道");
        int hokkaido = lines.indexOf("北海道");
        assertThat(lines.subList(hokkaido, lines.size())).contains("旭川市");
        assertThat(lines.get(lines.indexOf("埼玉県") + 1)).isEqualTo("入間市");
    }

    @Test
    void prefecturesAreInCodeOrderNotByHits() {
        open(Map.of("q", List.of("市民"))); // 埼玉県's 入間市 has most hits

        assertThat(labels("prefecture")).containsSubsequence("北海道", "埼玉県");
        Component towns = checkbox("municipality", "入間市").getParent().flatMap(Component::getParent).orElseThrow();
        assertThat($(Span.class, towns).withClassName("facet-subgroup-name").all()).extracting(Span::getText)
                .containsSubsequence("北海道", "埼玉県");
    }

    @Test
    void theAddressRestoresSeveralSelectionsOfOneFacet() {
        open(Map.of("q", List.of("連携"), "municipality", List.of("入間市", "旭川市")));

        assertThat(checkbox("municipality", "入間市").getValue()).isTrue();
        assertThat(checkbox("municipality", "旭川市").getValue()).isTrue();
        assertThat($(HitCard.class).all()).isNotEmpty().allSatisfy(card ->
                assertThat($(Span.class, card).withClassName("hit-town").single().getText()).isIn("入間市", "旭川市"));
        assertThat(summary()).contains("絞り込み中");
    }

    @Test
    void clearAllUnticksEverythingAndKeepsTheWords() {
        open(Map.of("q", List.of("連携")));
        int all = total();
        open(Map.of("q", List.of("連携"), "municipality", List.of("入間市"), "area", List.of(AREA)));
        assertThat(total()).isLessThan(all);

        test($(Button.class).withText("すべて解除").single()).click();

        assertThat(total()).isEqualTo(all);
        assertThat($(Checkbox.class).all()).noneMatch(Checkbox::getValue);
        assertThat(currentParameters()).isEqualTo(Map.of("q", List.of("連携")));
        assertThat($(Button.class).withText("すべて解除").single().isEnabled()).isFalse();
    }

    @Test
    void aHitOpensTheSimilarMeasuresOfOtherTowns() {
        open(Map.of("q", List.of("自治会加入"), "municipality", List.of("入間市")));
        HitCard card = $(HitCard.class).first();
        Details similar = $(Details.class, card).single();
        assertThat(similar.getSummaryText()).isEqualTo("他の自治体の類似施策");

        test(similar).openDetails();

        List<Anchor> pages = $(Anchor.class, similar).withClassName("similar-page").all();
        assertThat(pages).isNotEmpty().hasSizeLessThanOrEqualTo(SimilarMeasures.SHOWN);
        assertThat(pages).allSatisfy(page -> assertThat(page.getHref()).startsWith("/source/"));
        assertThat($(Span.class, similar).withClassName("similar-town").all()).extracting(Span::getText)
                .doesNotContain("入間市");
    }

    private void open(Map<String, List<String>> parameters) {
        UI.getCurrent().navigate(SearchView.class, new QueryParameters(parameters));
        assertThat(getCurrentView()).isInstanceOf(SearchView.class);
    }

    private Map<String, List<String>> currentParameters() {
        return UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters();
    }

    private int total() {
        Matcher matcher = TOTAL.matcher(summary());
        assertThat(matcher.find()).as("a total in 「%s」", summary()).isTrue();
        return Integer.parseInt(matcher.group(1));
    }

    private String summary() {
        return $(Paragraph.class).withClassName("summary").single().getText();
    }

    private Checkbox checkbox(String dimension, String value) {
        return $(Checkbox.class).all().stream()
                .filter(box -> value.equals(box.getLabel()) && dimension.equals(groupOf(box)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + dimension + " checkbox " + value));
    }

    private List<String> labels(String dimension) {
        return $(Checkbox.class).all().stream().filter(box -> dimension.equals(groupOf(box))).map(Checkbox::getLabel)
                .toList();
    }

    private int countOf(String dimension, String value) {
        Component row = checkbox(dimension, value).getParent().orElseThrow();
        return Integer.parseInt($(Span.class, row).withClassName("facet-count").single().getText());
    }

    private static String groupOf(Checkbox box) {
        return box.getParent().flatMap(Component::getParent)
                .map(group -> group.getElement().getAttribute("data-facet")).orElse(null);
    }
}
