package org.sakuin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.web.IndexedCorpusTest;

/** The search page, driven server-side without a browser, over the bundled corpus. */
@IndexedCorpusTest
class SearchViewTest extends SpringBrowserlessTest {

    @Test
    void aQueryInTheAddressShowsHitCardsWithMarkedSnippetsAndPages() {
        search("自治会加入");

        List<HitCard> cards = $(HitCard.class).all();
        assertThat(cards).isNotEmpty();
        assertThat(summary()).contains("自治会加入").contains("件");
        assertThat(snippetOf(cards.getFirst())).contains("<mark>");

        HitCard indicator = cards.stream().filter(card -> snippetOf(card).contains("<mark>自治会加入</mark>世帯数"))
                .findFirst().orElseThrow(() -> new AssertionError("no card with the 自治会加入世帯数 indicator"));
        assertThat(textOf(indicator)).contains("入間市").contains("埼玉県").contains("第6次入間市総合計画")
                .contains("10ページ").contains("成果指標");
        Anchor source = $(Anchor.class, indicator).withClassName("hit-source").single();
        assertThat(source.getHref()).startsWith("/source/").endsWith("#page=10");
        assertThat(source.getText()).contains("10");
    }

    @Test
    void aHitShowsTheIndicatorsOfItsSectionWithLinksToTheSourceAndToOtherTowns() {
        search("自治会加入");

        IndicatorTable table = $(IndicatorTable.class).all().stream()
                .filter(t -> t.getElement().getTextRecursively().contains("自治会加入世帯数")).findFirst()
                .orElseThrow(() -> new AssertionError("no hit links the 自治会加入世帯数 indicator"));
        assertThat(table.getCaptionText()).startsWith("この箇所の指標");
        assertThat(table.getHead().getRows().getFirst().getHeaderCells()).extracting(c -> c.getText())
                .startsWith("指標", "基準値", "実績", "目標値", "単位", "達成率");
        List<String> household = table.getBody().getRows().stream()
                .map(row -> row.getDataCells().stream().map(c -> c.getElement().getTextRecursively()).toList())
                .filter(cells -> cells.getFirst().equals("自治会加入世帯数")).findFirst().orElseThrow();
        assertThat(household).startsWith("自治会加入世帯数", "41,383", IndicatorFormat.NONE, "現状維持", "世帯",
                IndicatorFormat.NONE);

        Anchor source = $(Anchor.class, table).withClassName("ind-source").first();
        assertThat(source.getHref()).startsWith("/source/").endsWith("#page=10");
        RouterLink compare = $(RouterLink.class, table).withClassName("ind-compare").first();
        assertThat(compare.getHref()).startsWith("indicators/compare/");
    }

    @Test
    void hitsOfPlansWithoutIndicatorsHaveNoIndicatorTable() {
        search("都市間連携");

        List<HitCard> cards = $(HitCard.class).all();
        assertThat(cards).anySatisfy(card -> assertThat($(IndicatorTable.class, card).exists()).isTrue());
        assertThat(cards).anySatisfy(card -> assertThat($(IndicatorTable.class, card).exists()).isFalse());
    }

    @Test
    void typingAQueryAndClickingSearchShowsTheHits() {
        navigate(SearchView.class);

        QueryBox box = queryBox();
        // what the browser sends when text is typed and committed without picking a suggestion
        ComponentUtil.fireEvent(box, new ComboBox.CustomValueSetEvent<>(box, true, "都市間連携"));
        test($(Button.class).withText("検索").single()).click();

        assertThat(getCurrentView()).isInstanceOf(SearchView.class);
        List<HitCard> cards = $(HitCard.class).all();
        assertThat(cards).isNotEmpty();
        assertThat(snippetOf(cards.getFirst())).contains("<mark>都市間連携</mark>");
        assertThat(summary()).contains("「都市間連携」");
        assertThat(queryBox().text()).isEqualTo("都市間連携");
    }

    @Test
    void kanaTypedSoFarIsCompletedFromTheReadingAndAPickedSuggestionIsSearched() {
        navigate(SearchView.class);
        var box = test(queryBox());

        box.setFilter("じちかい");
        assertThat(box.getSuggestions()).contains("自治会加入世帯数");

        box.selectItem("自治会加入世帯数");
        assertThat(summary()).contains("「自治会加入世帯数」").contains("件");
    }

    @Test
    void wordsThatNeverMeetOfferTheSearchWithoutTheOneThatKeepsThemApart() {
        search("自治会 加入 カーボンニュートラル");

        RouterLink relaxed = $(RouterLink.class).withClassName("relaxed").single();
        assertThat(relaxed.getText()).isEqualTo("自治会 加入");
        assertThat(textOf($(Div.class).withClassName("did-you-mean").single()))
                .startsWith("「カーボンニュートラル」を除いて検索");
    }

    @Test
    void aMistypedWordOffersTheWordThePlansUse() {
        search("自治界");

        assertThat(summary()).contains("見つかりませんでした");
        RouterLink respelt = $(RouterLink.class).withClassName("respelt").single();
        assertThat(respelt.getText()).isEqualTo("自治会");
        assertThat(respelt.getHref()).contains("q=%E8%87%AA%E6%B2%BB%E4%BC%9A");
    }

    @Test
    void aQueryWithoutHitsSaysSoInJapanese() {
        search("存在しない語句ぴよぴよ");

        assertThat($(HitCard.class).all()).isEmpty();
        assertThat(summary()).contains("「存在しない語句ぴよぴよ」に一致する箇所は見つかりませんでした");
        assertThat($(Button.class).withClassName("more").exists()).as("さらに表示 is hidden").isFalse();
    }

    @Test
    void aPastedTextIsAskedToBeShorter() {
        search("計画".repeat(600));

        assertThat($(HitCard.class).all()).isEmpty();
        assertThat(summary()).startsWith("検索語が長すぎます。1000 文字以内");
    }

    @Test
    void aBlankQueryShowsNoResults() {
        navigate(SearchView.class);
        assertThat($(HitCard.class).all()).isEmpty();
        assertThat(summary()).isEmpty();

        search("  ");
        assertThat($(HitCard.class).all()).isEmpty();
        assertThat(summary()).isEmpty();
    }

    @Test
    void moreHitsAreShownOnRequest() {
        search("計画");
        int first = $(HitCard.class).all().size();
        assertThat(first).isEqualTo(SearchView.PAGE_SIZE);

        test($(Button.class).withClassName("more").single()).click();

        assertThat($(HitCard.class).all().size()).isGreaterThan(first);
    }

    /** Opens the page as a link or bookmark would: {@code /?q=…}. */
    private void search(String query) {
        UI.getCurrent().navigate(SearchView.class, QueryParameters.of("q", query));
        assertThat(getCurrentView()).isInstanceOf(SearchView.class);
    }

    private QueryBox queryBox() {
        return $(QueryBox.class).single();
    }

    private String summary() {
        return $(Paragraph.class).withClassName("summary").single().getText();
    }

    private String snippetOf(HitCard card) {
        return $(Html.class, card).single().getInnerHtml();
    }

    private static String textOf(Component component) {
        return component.getElement().getTextRecursively();
    }
}
