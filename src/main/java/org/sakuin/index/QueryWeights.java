package org.sakuin.index;

import static org.sakuin.index.IndexFields.*;

import java.util.List;

/**
 * How much each field weighs in a search, the same for the embedded index ({@link LuceneQueryBuilder}) and the
 * cluster ({@link ClusterQueries}): text and headings more than bigrams and titles, and terms close together more.
 */
final class QueryWeights {

    static final float TEXT_BOOST = 3f;
    static final float SECTION_BOOST = 2f;
    static final float META_BOOST = 1f;
    static final float BIGRAM_FACTOR = 0.6f;
    static final float PROXIMITY_BOOST = 1.5f;
    static final int PROXIMITY_SLOP = 20;
    static final float TIE_BREAKER = 0.3f;
    /** A word found only in another spelling (取り組み for 取組) weighs less than as the user wrote it. */
    static final float VARIANT_BOOST = 2f;

    /**
     * A passage under a heading that names a term is about it as much as one whose text names it: the heading counts
     * again with the text's weight, besides its share in the term's fields. A plan's own section then outranks a
     * bulletin's passing mention, even where the section's body does not repeat its heading's words.
     */
    static final List<WeightedField> HEADING_FOCUS = List.of(new WeightedField(SECTION, SECTION_BOOST));

    /** A field searched for each term, with its weight. */
    record WeightedField(String name, float boost) {
    }

    static final List<WeightedField> PASSAGE_FIELDS = List.of(
            new WeightedField(TEXT, TEXT_BOOST), new WeightedField(SECTION, SECTION_BOOST),
            new WeightedField(META, META_BOOST));
    static final List<WeightedField> INDICATOR_FIELDS = List.of(
            new WeightedField(NAME, TEXT_BOOST), new WeightedField(SECTION, META_BOOST),
            new WeightedField(DESCRIPTION, META_BOOST));

    private QueryWeights() {
    }
}
