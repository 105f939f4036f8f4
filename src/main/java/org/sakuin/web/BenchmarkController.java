package org.sakuin.web;

import io.swagger.v3.oas.annotations.Operation;
import org.sakuin.search.Benchmark;
import org.sakuin.search.SearchService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/benchmark?area=…&q=…}: each town's measures and indicators in one policy area. */
@RestController
class BenchmarkController {

    private final SearchService search;

    BenchmarkController(SearchService search) {
        this.search = search;
    }

    @Operation(summary = "Each town's measures and indicators in one policy area (自治体比較)")
    @GetMapping("/api/benchmark")
    Benchmark benchmark(@RequestParam String area, @RequestParam(name = "q", defaultValue = "") String query) {
        if (area.isBlank()) {
            throw new IllegalArgumentException("area must name a policy area, e.g. 広域連携・自治体間連携");
        }
        return search.benchmark(area.strip(), query);
    }
}
