package org.sakuin.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.sakuin.search.IndicatorEntry;
import org.sakuin.search.SearchService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /api/indicators/export.csv} and {@code .xlsx}: every indicator the filters of
 * {@code /api/indicators} allow, in the order its {@code sort} asks for, as a download. The workbook holds
 * both layouts of {@link IndicatorSheet}; the CSV one, wide unless {@code layout=long}.
 */
@RestController
class IndicatorExportController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final SearchService search;

    IndicatorExportController(SearchService search) {
        this.search = search;
    }

    @Operation(summary = "Every indicator the filters allow, as CSV: one row each, or one per figure (layout=long)")
    @GetMapping("/api/indicators/export.csv")
    ResponseEntity<byte[]> csv(@ParameterObject IndicatorParams params,
                               @Parameter(description = "wide: 一行一指標、long: 指標×区分×年度")
                               @RequestParam(defaultValue = "wide") String layout) throws IOException {
        boolean tall = switch (layout) {
            case "wide" -> false;
            case "long" -> true;
            default -> throw new IllegalArgumentException("layout must be wide or long");
        };
        List<IndicatorEntry> indicators = indicators(params);
        ExportSheet sheet = tall ? IndicatorSheet.tall(indicators, links()) : IndicatorSheet.wide(indicators, links());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        SheetFiles.writeCsv(sheet, body);
        return download(body, CSV, tall ? "sakuin-indicators-long.csv" : "sakuin-indicators.csv");
    }

    @Operation(summary = "Every indicator the filters allow, as XLSX: a sheet of one row each and one of one row per figure")
    @GetMapping("/api/indicators/export.xlsx")
    ResponseEntity<byte[]> xlsx(@ParameterObject IndicatorParams params) throws IOException {
        List<IndicatorEntry> indicators = indicators(params);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        SheetFiles.writeXlsx(List.of(IndicatorSheet.wide(indicators, links()),
                IndicatorSheet.tall(indicators, links())), body);
        return download(body, XLSX, "sakuin-indicators.xlsx");
    }

    private List<IndicatorEntry> indicators(IndicatorParams params) {
        return search.indicators(params.all(), params.order()).indicators();
    }

    /** Links to this server as the client reached it, so they open from the downloaded file. */
    static SourceAddress links() {
        return new SourceAddress(ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
    }

    private static ResponseEntity<byte[]> download(ByteArrayOutputStream body, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body.toByteArray());
    }
}
