package org.sakuin.index;

import java.io.Closeable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sakuin.plan.PlanContent;

/**
 * Where plans are stored and searched. The embedded Lucene index implements it; a clustered backend can too.
 * Writes become visible to searches after {@link #commit()} (or sooner, near-real-time, where supported).
 */
public interface PlanIndex extends Closeable {

    /** The stored record of a file, to tell whether it changed since it was ingested. */
    Optional<IndexedFile> file(String documentId);

    List<IndexedFile> files();

    /** Replaces everything stored for the plan's file with this content. */
    void replace(PlanContent content);

    void delete(String documentId);

    /**
     * Makes the writes so far durable (a crash after this loses none of them) and brings what is gathered from
     * all plans, the vocabulary of suggestions and did-you-mean, in line with them: the end of an ingest.
     */
    void commit();

    /**
     * Makes the writes so far durable, as {@link #commit()}, without gathering the vocabulary again: a long ingest's
     * batches, where rebuilding it at each would cost time growing with the square of the archive.
     */
    void checkpoint();

    PassageResults search(PassageQuery query);

    /**
     * The hits with the snippets of this query (found without them): highlighting is most of a search's work, and a
     * page shows only a few of the hits ranked.
     */
    List<PassageHit> withSnippets(PassageQuery query, List<PassageHit> hits);

    /** How many passages match, without ranking, facets or snippets. */
    int count(PassageQuery query);

    /** How many indicators match, without ranking or facets. */
    int count(IndicatorQuery query);

    /**
     * The passages of the file this passage is in, in reading order, with their whole text and no snippet; empty
     * for a passage the index does not hold: the context a hit is read in.
     */
    List<PassageHit> documentPassages(String passageId);

    /** Passages of other municipalities most like this passage (similar measures elsewhere). */
    List<PassageHit> similarPassages(String passageId, int limit);

    IndicatorResults searchIndicators(IndicatorQuery query);

    /** Indicators by id, in the order asked, skipping unknown ids. */
    List<IndicatorHit> indicators(List<String> ids);

    /** Indicators whose names are most like the text (sharing a third of its words and bigrams), filtered. */
    List<IndicatorHit> indicatorsNamedLike(String text, PassageFilter filter, int limit);

    /** Indicators of other municipalities whose names are most like this one's, most similar first. */
    List<IndicatorHit> similarIndicators(String id, int limit);

    /**
     * Completions of what a user is typing, matched anywhere in the spelling or the reading (じちかい reaches
     * 自治会): the plans' words, then measure headings, then indicator names, up to {@code perKind} of each.
     */
    List<Suggestion> suggest(String typed, int perKind);

    /**
     * For a word that occurs nowhere in the index, the indexed word the user most likely meant, alike in
     * reading or spelling (自治界 → 自治会); empty when the word occurs or nothing is close.
     */
    Optional<String> spellingCorrection(String word);

    /**
     * What the archive holds, counted by searches (which fail as any search does on an archive that cannot be
     * reached): the analysis of this Sakuin and how many files, passages and indicators there are.
     */
    default ArchiveSummary summary() {
        List<IndexedFile> files = files();
        int passages = count(new PassageQuery(List.of(), List.of(), PassageFilter.NONE, 0, Set.of(), false));
        int indicators = count(new IndicatorQuery(List.of(), List.of(), PassageFilter.NONE, null, null, 0, 0));
        return new ArchiveSummary(AnalysisVersion.CURRENT, files.size(),
                files.stream().filter(f -> !f.analysisCurrent()).count(), passages, indicators);
    }
}
