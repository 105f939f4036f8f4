package org.sakuin.index;

/** Lucene field names, in one place so writer, searcher and facets agree. */
final class IndexFields {

    static final String KIND = "kind";
    static final String KIND_PASSAGE = "passage";
    static final String KIND_DOCUMENT = "document";

    static final String ID = "id";
    static final String DOCUMENT_ID = "doc_id";
    static final String FILE = "file";
    static final String PATH = "path";
    static final String CONTENT_HASH = "content_hash";
    static final String CONTENT_TYPE = "content_type";
    static final String PAGES = "pages";
    static final String PERIOD_FROM = "period_from";
    static final String PERIOD_TO = "period_to";
    static final String PAGE = "page";
    static final String ORDINAL = "ordinal";

    static final String TEXT = "text";
    static final String TEXT_BIGRAM = "text_bigram";
    static final String SECTION = "section";
    static final String SECTION_BIGRAM = "section_bigram";
    static final String META = "meta";
    static final String META_BIGRAM = "meta_bigram";

    /** Facet dimensions, also exact-match filter fields, named as in the JSON output. */
    static final String MUNICIPALITY = "municipality";
    static final String PREFECTURE = "prefecture";
    static final String PLAN_TYPE = "planType";
    static final String PLAN = "plan";
    static final String FY = "fy";
    static final String AREA = "area";

    private IndexFields() {
    }

    static String bigramFieldOf(String field) {
        return field + "_bigram";
    }
}
