package org.sakuin.web;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sakuin.index.IndexedFile;
import org.sakuin.index.PlanIndex;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /source/{documentId}}: the original file of an ingested document, shown inline
 * (a PDF opens at a page with {@code #page=N}). Only files in the index are served, never arbitrary paths.
 */
@RestController
class SourceController {

    private final PlanIndex index;

    SourceController(PlanIndex index) {
        this.index = index;
    }

    @Operation(summary = "The original file of an indexed document (原本)")
    @GetMapping("/source/{documentId}")
    ResponseEntity<Resource> source(@PathVariable String documentId) {
        return index.file(documentId)
                .map(IndexedFile::document)
                .filter(doc -> Files.isRegularFile(Path.of(doc.path())))
                .map(doc -> ResponseEntity.ok()
                        .contentType(mediaType(doc.contentType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                                .filename(Path.of(doc.path()).getFileName().toString(), StandardCharsets.UTF_8)
                                .build().toString())
                        .body((Resource) new FileSystemResource(doc.path())))
                .orElse(ResponseEntity.notFound().build());
    }

    private static MediaType mediaType(String contentType) {
        try {
            return contentType == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(contentType);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
