package org.sakuin.web;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.sakuin.search.SearchHit;
import org.sakuin.search.SourceLink;

/**
 * The hits of a search as spreadsheet rows: where each is (town, plan, section, page) and what it says, with a link
 * that opens the source file at its page. The snippet is plain text: its {@code <mark>}s and any markup are for
 * the page.
 */
final class SearchExport {

    private static final List<String> HEADER = List.of("自治体", "都道府県", "計画", "見出し", "ページ", "抜粋", "リンク");

    private SearchExport() {
    }

    /** @param links links to this server as the reader reached it, so that they work outside the browser */
    static ExportSheet sheet(List<SearchHit> hits, SourceAddress links) {
        return new ExportSheet("検索結果", HEADER, hits.stream().map(hit -> row(hit, links)).toList());
    }

    private static List<Object> row(SearchHit hit, SourceAddress links) {
        List<Object> cells = new ArrayList<>();
        cells.add(hit.municipality());
        cells.add(hit.prefecture());
        cells.add(hit.title());
        cells.add(hit.section());
        // a file without pages (HTML, Word, text) is one page 1, which says nothing
        cells.add(SourceLink.hasPages(hit.file(), hit.page()) ? hit.page() : null);
        cells.add(plainText(hit.snippet()));
        cells.add(links.of(hit));
        return cells;
    }

    /** The snippet's text as read: tags dropped, entities decoded, runs of spaces one. */
    static String plainText(String snippet) {
        return snippet == null ? "" : Jsoup.parse(snippet).text();
    }
}
