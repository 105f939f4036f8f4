package org.sakuin.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs a search and a suggestion once the server is up, in the background: the first of each paid for loading
 * the vocabulary's files, the reading transliterators and the code paths' first compilation (70 ms for a first
 * suggestion at a million passages), and the search page's first list of files (seconds there), which the first
 * user then waited for.
 */
@Component
class SearchWarmUp {

    private static final Logger log = LoggerFactory.getLogger(SearchWarmUp.class);

    private final SearchService search;

    SearchWarmUp(SearchService search) {
        this.search = search;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUpInBackground() {
        Thread.ofVirtual().name("sakuin-warm-up").start(this::warmUp);
    }

    void warmUp() {
        long start = System.nanoTime();
        try {
            search.suggest("じち", 5);
            search.suggest("計画", 5);
            search.search(SearchRequest.of("計画 推進", 10));
            search.prefecturesOfTowns();
            log.debug("search warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // an index being rebuilt or closed meanwhile: the first user's search does the work instead
            log.debug("search warm-up skipped: {}", e.toString());
        }
    }
}
