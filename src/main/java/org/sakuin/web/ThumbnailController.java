package org.sakuin.web;

import io.swagger.v3.oas.annotations.Operation;
import java.nio.file.Path;
import java.time.Duration;
import org.sakuin.index.IndexedFile;
import org.sakuin.index.PlanIndex;
import org.sakuin.plan.PlanDocument;
import org.sakuin.thumbnail.PageThumbnails;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /thumbnail/{documentId}/{page}}: a small PNG of a page of an indexed PDF, for the hits. Only the files
 * {@code /source} serves: a document or page that does not exist is the 404 error page (Japanese for a browser).
 * Kept by the browser for a while and then asked again with its tag, which changes when the file is ingested with
 * other content.
 */
@Controller
class ThumbnailController {

    private static final CacheControl KEPT = CacheControl.maxAge(Duration.ofHours(1)).cachePrivate();

    private final PlanIndex index;
    private final PageThumbnails thumbnails;

    ThumbnailController(PlanIndex index, PageThumbnails thumbnails) {
        this.index = index;
        this.thumbnails = thumbnails;
    }

    @Operation(summary = "A thumbnail of a page of an indexed PDF (縮小画像)")
    @GetMapping("/thumbnail/{documentId}/{page}")
    ResponseEntity<Resource> thumbnail(@PathVariable String documentId, @PathVariable int page, WebRequest request) {
        PlanDocument doc = index.file(documentId).map(IndexedFile::document)
                .filter(SourceController::stillTheFileRead)
                .orElseThrow(ThumbnailController::notFound);
        Path png = thumbnails.of(doc, page).orElseThrow(ThumbnailController::notFound);
        String tag = "\"" + doc.contentHash() + "-" + page + "\"";
        if (request.checkNotModified(tag)) {
            return null; // answered 304 by Spring
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(KEPT).eTag(tag)
                .body(new FileSystemResource(png));
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "no such page of a PDF");
    }
}
