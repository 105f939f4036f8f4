package org.sakuin.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.sakuin.search.SearchService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/search/export?format=csv|xlsx} with the parameters of {@code /api/search}: the hits of that search
 * in its order, up to {@link SearchService#EXPORT_LIMIT}, as a download.
 */
@RestController
class SearchExportController {

    private final SearchService search;

    SearchExportController(SearchService search) {
        this.search = search;
    }

    @Operation(summary = "The hits of a search as CSV or XLSX (検索結果の書き出し)",
            description = "最大 " + SearchService.EXPORT_LIMIT + " 件。抜粋は書式なしの文、リンクは原本のそのページ")
    @GetMapping("/api/search/export")
    ResponseEntity<byte[]> export(@Parameter(description = "csv or xlsx") @RequestParam(defaultValue = "csv")
                                  String format, @ParameterObject SearchParams params) throws IOException {
        ExportSheet sheet = SearchExport.sheet(search.everyHit(params.all()).hits(), IndicatorExportController.links());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        MediaType type;
        switch (format) {
            case "csv" -> {
                SheetFiles.writeCsv(sheet, body);
                type = IndicatorExportController.CSV;
            }
            case "xlsx" -> {
                SheetFiles.writeXlsx(List.of(sheet), body);
                type = IndicatorExportController.XLSX;
            }
            default -> throw new IllegalArgumentException("format must be csv or xlsx");
        }
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("sakuin-search." + format).build().toString())
                .body(body.toByteArray());
    }
}
