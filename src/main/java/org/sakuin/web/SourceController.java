package org.sakuin.web;

import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.sakuin.index.IndexedFile;
import org.sakuin.index.PlanIndex;
import org.sakuin.plan.PlanDocument;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /source/{documentId}}: the original file of an ingested document, shown inline (a PDF opens at a page
 * with {@code #page=N}). Only files in the index are served, never arbitrary paths, and only while the path still
 * leads to the regular file that was read: a file swapped for a link to {@code /etc/passwd} after ingest is not
 * served. An unknown document is a 404 error page (Japanese for a browser): a plain controller, not a REST one, so
 * the problem JSON of {@link ApiErrors} is not what a browser opening a file gets.
 * <p>
 * The files are the towns' and anyone's who uploads one, served on the application's origin: every one but a PDF
 * comes with a sandboxing CSP, so an HTML plan is shown but its scripts never run (no stored XSS), and none may load
 * anything. PDFs are left out of the sandbox because a sandboxed document may not load plugins, and some browsers
 * count their PDF viewer as one; Chromium's runs no script of the PDF's on the origin.
 */
@Controller
class SourceController {

    /** Shown but inert: no script, no form, an opaque origin; styles and inline images only, as printed. */
    static final String SANDBOX = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";
    /** What a PDF viewer needs and no more: nothing from the network, no framing by other sites. */
    static final String PDF = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

    private final PlanIndex index;

    SourceController(PlanIndex index) {
        this.index = index;
    }

    @Operation(summary = "The original file of an indexed document (原本)")
    @GetMapping("/source/{documentId}")
    ResponseEntity<Resource> source(@PathVariable String documentId) {
        PlanDocument doc = index.file(documentId).map(IndexedFile::document)
                .filter(SourceController::stillTheFileRead)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no such document"));
        MediaType type = mediaType(doc.contentType());
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(fileName(doc), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", MediaType.APPLICATION_PDF.equalsTypeAndSubtype(type) ? PDF : SANDBOX)
                .body(new FileSystemResource(doc.path()));
    }

    /** The indexed path is the real path it was read from: it must still be that, a regular file, not a link. */
    static boolean stillTheFileRead(PlanDocument doc) {
        try {
            Path path = Path.of(doc.path());
            return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) && path.toRealPath().equals(path);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The name the reader knows the file by, without the folders above it. */
    private static String fileName(PlanDocument doc) {
        String name = doc.file().replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static MediaType mediaType(String contentType) {
        try {
            return contentType == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(contentType);
        } catch (IllegalArgumentException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
