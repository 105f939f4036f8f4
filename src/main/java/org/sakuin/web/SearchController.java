package org.sakuin.web;

import org.sakuin.index.PassageFilter;
import org.sakuin.search.SearchRequest;
import org.sakuin.search.SearchResults;
import org.sakuin.search.SearchService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/search}: the JSON of {@code search --json}. */
@RestController
class SearchController {

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    SearchResults search(@RequestParam(name = "q", defaultValue = "") String query,
                         @RequestParam(defaultValue = "10") int limit,
                         @RequestParam(defaultValue = "0") int offset,
                         @RequestParam(required = false) String area,
                         @RequestParam(required = false) String municipality,
                         @RequestParam(required = false) String prefecture,
                         @RequestParam(required = false) String planType,
                         @RequestParam(required = false) String plan,
                         @RequestParam(required = false) Integer fy) {
        PassageFilter filter = new PassageFilter(municipality, prefecture, planType, plan, fy, area);
        return search.search(new SearchRequest(query, filter, offset, limit));
    }
}
