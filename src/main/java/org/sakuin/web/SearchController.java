package org.sakuin.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.sakuin.index.PassageFilter;
import org.sakuin.search.PassageContext;
import org.sakuin.search.SearchHit;
import org.sakuin.search.SearchResults;
import org.sakuin.search.SearchService;
import org.sakuin.search.Suggestions;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search}: the JSON of {@code search --json}. A facet parameter may repeat
 * ({@code municipality=入間市&municipality=旭川市}): values of one facet are OR-ed, facets AND-ed.
 * {@code GET /api/suggest}: completions as the user types. {@code GET /api/passages/{id}/similar}: passages of
 * other towns most like one hit. {@code GET /api/passages/{id}/context}: the hit with the passages before and after
 * it in its section (the id's {@code #} written {@code %23}).
 */
@RestController
class SearchController {

    static final int MAX_SIMILAR = 50;

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @Operation(summary = "Search plan passages (検索)",
            description = "語は AND、OR で「いずれか」、-語 で除外、\"句\" で語順どおり。ファセットは繰り返し可 (OR)。"
                    + "sort=year で計画の年度の新しい順、fyFrom・fyTo で年度の範囲")
    @GetMapping("/api/search")
    SearchResults search(@ParameterObject SearchParams params) {
        return search.search(params.page());
    }

    /** Completions of what the search box holds so far: {@code GET /api/suggest?q=じちかい&limit=5}. */
    @Operation(summary = "Completions of what is typed (入力補完)")
    @GetMapping("/api/suggest")
    Suggestions suggest(@Parameter(description = "typed so far, kana or kanji")
                        @RequestParam(name = "q", defaultValue = "") String typed,
                        @RequestParam(defaultValue = "5") int limit) {
        return search.suggest(typed, limit);
    }

    /** An unknown id has no similar passages: an empty list, as for a passage unlike any other. */
    @Operation(summary = "Passages of other towns like this one (類似施策)")
    @GetMapping("/api/passages/{id}/similar")
    List<SearchHit> similar(@PathVariable String id, @RequestParam(defaultValue = "5") int limit) {
        if (limit < 1 || limit > MAX_SIMILAR) {
            throw new IllegalArgumentException("limit must be 1–" + MAX_SIMILAR);
        }
        return search.similarPassages(id, limit);
    }

    @Operation(summary = "A passage in its section (前後の箇所)")
    @GetMapping("/api/passages/{id}/context")
    PassageContext context(@PathVariable String id) {
        return search.passageContext(id).orElseThrow(() -> new NotFoundException("no passage with id " + id));
    }
}
