package org.sakuin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;

/**
 * 検索のヒント: how to write a search, what synonyms and facets do, which questions are answered and where the
 * indicators are, each with examples that are links to that search (a test runs every one on the bundled corpus).
 */
@Route(value = HelpView.ROUTE, layout = SakuinLayout.class)
@PageTitle("検索のヒント — Sakuin 索引")
@AnonymousAllowed
public class HelpView extends Div {

    static final String ROUTE = "help";

    /** A search to try: its address on the search page (or the indicator list) and what it shows. */
    record Example(String label, String note, Map<String, List<String>> parameters, boolean indicators) {

        static Example search(String query, String note) {
            return new Example(query, note, Map.of("q", List.of(query)), false);
        }
    }

    /** A heading, what it explains, and examples. */
    record Topic(String heading, String text, List<Example> examples) {
    }

    static final List<Topic> TOPICS = List.of(
            new Topic("書き方", "語をスペースで区切るとすべてを含む箇所、OR でいずれかを含む箇所を探します。"
                    + "-語 で除外、\"…\" で語句どおり（語順も同じ）に探します。かなで打ち始めると候補が出ます。", List.of(
                    Example.search("都市間連携", "1語で探す"),
                    Example.search("自治会 加入", "すべてを含む"),
                    Example.search("姉妹都市 OR 友好都市", "いずれかを含む"),
                    Example.search("連携 -札幌", "「札幌」を含む箇所を除く"),
                    Example.search("\"定住自立圏\"", "語句どおりに探す"))),
            new Topic("同義語・表記ゆれ", "子ども と 子供 のように同じ意味の語も探します。使われた同義語は結果の上に表示され、"
                    + "チェックを外すとその語だけで探せます。", List.of(
                    Example.search("子供", "「子ども」も探す"))),
            new Topic("絞り込みと並び順", "結果の横の「絞り込み」で自治体・都道府県・政策分野・計画の種類・年度を選べます。"
                    + "年度は範囲（から〜まで）でも指定できます。並び順は関連度順のほか、計画の年度の新しい順にできます。", List.of(
                    new Example("連携（入間市）", "自治体で絞り込む",
                            Map.of("q", List.of("連携"), "municipality", List.of("入間市")), false),
                    new Example("計画（2024〜2025年度）", "年度の範囲で絞り込む",
                            Map.of("q", List.of("計画"), "fyFrom", List.of("2024"), "fyTo", List.of("2025")), false),
                    new Example("計画（年度の新しい順）", "新しい計画から並べる",
                            Map.of("q", List.of("計画"), "sort", List.of("year")), false))),
            new Topic("質問", "「…は？」のように尋ねると、計画書から読み取った答えを根拠のページとともに結果の上に示します。"
                    + "指標の現状値・目標値、計画の期間、担当部署などに答えます。", List.of(
                    Example.search("入間市の自治会加入世帯数の現状値は？", "指標の値を尋ねる"),
                    Example.search("自治会加入世帯数を指標にしている自治体は？", "指標のある自治体を尋ねる"))),
            new Topic("指標", "計画書の成果指標（基準値・実績・目標値）は、該当する箇所の下に表で示し、"
                    + "「指標一覧」で自治体をまたいで探せます。CSV・Excel にも書き出せます。", List.of(
                    Example.search("自治会加入世帯数", "箇所とその指標を見る"),
                    new Example("指標一覧で「自治会」", "指標を探す", Map.of("q", List.of("自治会")), true))));

    public HelpView() {
        addClassName("help-view");
        add(new H1("検索のヒント"));
        Paragraph lead = new Paragraph("例をクリックすると、その検索を開きます。");
        lead.addClassName("lead");
        add(lead);
        TOPICS.forEach(topic -> add(section(topic)));
    }

    private static Section section(Topic topic) {
        UnorderedList examples = new UnorderedList();
        examples.addClassName("help-examples");
        topic.examples().forEach(example -> {
            RouterLink link = example.indicators()
                    ? new RouterLink(example.label(), IndicatorExplorerView.class)
                    : new RouterLink(example.label(), SearchView.class);
            link.setQueryParameters(new QueryParameters(example.parameters()));
            link.addClassName("help-example");
            Span note = new Span(example.note());
            note.addClassName("help-note");
            examples.add(new ListItem(link, note));
        });
        Section section = new Section(new H2(topic.heading()), new Paragraph(topic.text()), examples);
        section.addClassName("help-topic");
        return section;
    }
}
