package org.sakuin.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.IndicatorList;
import org.sakuin.search.SearchService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/indicators} (the JSON of {@code indicators --json}), one indicator by id, and the similar
 * indicators of other towns.
 */
@RestController
class IndicatorController {

    static final int MAX_SIMILAR = 100;

    private final SearchService search;

    IndicatorController(SearchService search) {
        this.search = search;
    }

    @Operation(summary = "List indicators (指標一覧)", description = "q: 指標名の語、kind: 成果指標など、fy: 年度")
    @GetMapping("/api/indicators")
    IndicatorList indicators(@ParameterObject IndicatorParams params) {
        return search.indicators(params.page(), params.order());
    }

    @Operation(summary = "One indicator by id")
    @GetMapping("/api/indicators/{id}")
    IndicatorEntry indicator(@PathVariable String id) {
        return search.indicatorsById(List.of(id)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("no indicator with id " + id));
    }

    @Operation(summary = "Indicators of other towns like this one")
    @GetMapping("/api/indicators/{id}/similar")
    List<IndicatorEntry> similar(@PathVariable String id, @RequestParam(defaultValue = "10") int limit) {
        if (limit < 1 || limit > MAX_SIMILAR) {
            throw new IllegalArgumentException("limit must be 1–" + MAX_SIMILAR);
        }
        indicator(id); // an unknown id is a 404, not an empty list
        return search.similarIndicators(id, limit);
    }
}
