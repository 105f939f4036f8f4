package org.sakuin.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.sakuin.search.SearchHit;
import org.sakuin.search.SourceLink;

/**
 * The hits of a search as spreadsheet rows: where each is (town, plan, section, page) and what it says, with a link
 * that opens the source file at its page. The snippet is plain text: its {@code <mark>}s and any markup are for
 * the page.
 */
final class SearchExport {

    static final Spreadsheet SHEET = new Spreadsheet("検索結果",
            List.of("自治体", "都道府県", "計画", "見出し", "ページ", "抜粋", "リンク"),
            Map.of("計画", 28, "見出し", 36, "抜粋", 60, "リンク", 40));

    private SearchExport() {
    }

    /**
     * @param origin the server's address as the reader reached it ({@code https://sakuin.example.jp}), which the
     *               links start with so that they work outside the browser
     */
    static List<List<Object>> rows(List<SearchHit> hits, String origin) {
        return hits.stream().map(hit -> row(hit, origin)).toList();
    }

    private static List<Object> row(SearchHit hit, String origin) {
        List<Object> cells = new ArrayList<>();
        cells.add(hit.municipality());
        cells.add(hit.prefecture());
        cells.add(hit.title());
        cells.add(hit.section());
        // a file without pages (HTML, Word, text) is one page 1, which says nothing
        cells.add(SourceLink.hasPages(hit.file(), hit.page()) ? hit.page() : null);
        cells.add(plainText(hit.snippet()));
        cells.add(origin + SourceLink.path(hit.documentId(), hit.file(), hit.page()));
        return cells;
    }

    /** The snippet's text as read: tags dropped, entities decoded, runs of spaces one. */
    static String plainText(String snippet) {
        return snippet == null ? "" : Jsoup.parse(snippet).text();
    }
}
