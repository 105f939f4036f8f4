package org.sakuin.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.SearchService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/indicators/export.csv} and {@code .xlsx}: every indicator the filters of
 * {@code /api/indicators} allow, as a download.
 */
@RestController
class IndicatorExportController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** One of the {@link IndicatorExport} formats. */
    private interface Format {
        void write(List<IndicatorEntry> indicators, OutputStream out) throws IOException;
    }

    private final SearchService search;

    IndicatorExportController(SearchService search) {
        this.search = search;
    }

    @Operation(summary = "Every indicator the filters allow, as CSV")
    @GetMapping("/api/indicators/export.csv")
    ResponseEntity<byte[]> csv(@ParameterObject IndicatorParams params) throws IOException {
        return export(params, IndicatorExport::writeCsv, CSV, "sakuin-indicators.csv");
    }

    @Operation(summary = "Every indicator the filters allow, as XLSX")
    @GetMapping("/api/indicators/export.xlsx")
    ResponseEntity<byte[]> xlsx(@ParameterObject IndicatorParams params) throws IOException {
        return export(params, IndicatorExport::writeXlsx, XLSX, "sakuin-indicators.xlsx");
    }

    private ResponseEntity<byte[]> export(IndicatorParams params, Format format, MediaType type, String fileName)
            throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        format.write(search.indicators(params.all()).indicators(), body);
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body.toByteArray());
    }
}
