package org.sakuin.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sakuin.search.SearchHit;

class SearchExportTest {

    @Test
    void theSnippetIsPlainTextWithoutMarksOrEscapes() {
        assertThat(SearchExport.plainText("<mark>自治会</mark>加入 &amp; 協働 &lt;目標&gt;…"))
                .isEqualTo("自治会加入 & 協働 <目標>…");
    }

    @Test
    void aRowHasThePageAsANumberAndALinkToTheSourceAtThatPage() {
        List<Object> pdf = SearchExport.sheet(List.of(hit("plan.pdf", 10)), new SourceAddress("https://sakuin.example.jp")).rows().getFirst();
        List<Object> html = SearchExport.sheet(List.of(hit("plan.html", 1)), new SourceAddress("https://sakuin.example.jp")).rows().getFirst();

        assertThat(pdf).containsExactly("入間市", "埼玉県", "第6次入間市総合計画", "第1章 › 協働", 10, "自治会加入",
                "https://sakuin.example.jp/source/doc1#page=10");
        assertThat(html.get(4)).as("a file without pages has no page").isNull();
        assertThat(html.get(6)).isEqualTo("https://sakuin.example.jp/source/doc1");
    }

    private static SearchHit hit(String file, int page) {
        return new SearchHit(file, "入間市", "埼玉県", "第6次入間市総合計画", "基本計画", page, "第1章 › 協働", List.of(), 1f,
                "<mark>自治会</mark>加入", List.of(), "doc1", "p1", List.of(), List.of());
    }
}
