package org.sakuin.thumbnail;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server's thumbnails: kept in {@code sakuin.thumbnails}, by default the folder {@code thumbnails} in the index
 * folder (beside the vocabulary), so that a new index starts without the old one's pictures.
 */
@Configuration(proxyBeanMethods = false)
class ThumbnailConfiguration {

    /** A page of a plan draws in well under a second; the first after a start loads PDFBox, on a busy machine. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Bean(destroyMethod = "close")
    PageThumbnails pageThumbnails(@Value("${sakuin.thumbnails:}") String folder, @Value("${sakuin.index:index}") Path index) {
        return new PageThumbnails(folder.isBlank() ? index.resolve("thumbnails") : Path.of(folder), TIMEOUT);
    }
}
