package org.sakuin.index;

/** Lucene field names, in one place so writer, searcher and facets agree. */
final class IndexFields {

    static final String KIND = "kind";
    static final String KIND_PASSAGE = "passage";
    static final String KIND_DOCUMENT = "document";
    static final String KIND_INDICATOR = "indicator";

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
    /** On passages, as a doc value: the first fiscal year of the plan's period, to sort the newest plans first. */
    static final String PLAN_YEAR = "plan_year";
    /** On a file's record: its words, headings and indicator names with their readings ({@link PlanVocabulary}). */
    static final String VOCABULARY = "vocabulary";
    /** On a file's record, as a doc value: the record itself ({@link FileRecordCodec}), for listing the files fast. */
    static final String FILE_RECORD = "file_record";
    /** On a file's record: the {@link AnalysisVersion} its text was analysed with. */
    static final String ANALYSIS = "analysis";

    static final String TEXT = "text";
    static final String TEXT_BIGRAM = "text_bigram";
    /** The passage text as {@link VariantKeyAnalyzer variant keys}: 取組 finds 取り組み. */
    static final String TEXT_VARIANTS = "text_variants";
    /** A passage's worth before any query ({@link PassagePrior}), multiplied into its score. */
    static final String PRIOR = "prior";
    static final String SECTION = "section";
    static final String SECTION_BIGRAM = "section_bigram";
    static final String META = "meta";
    static final String META_BIGRAM = "meta_bigram";
    static final String NAME = "name";
    static final String NAME_BIGRAM = "name_bigram";
    static final String DESCRIPTION = "description";
    static final String DESCRIPTION_BIGRAM = "description_bigram";

    /** The stored indicator record, and on passages the ids of their section's indicators. */
    static final String INDICATOR_JSON = "indicator_json";
    static final String INDICATOR_IDS = "indicator_ids";
    /** Stored policy-area paths and the evidence that assigned them. */
    static final String AREAS = "areas";
    static final String AREA_EVIDENCE = "area_evidence";
    static final String BASELINE_VALUE = "baseline_value";
    static final String TARGET_VALUE = "target_value";

    /** Facet dimensions, also exact-match filter fields, named as in the JSON output. */
    static final String MUNICIPALITY = "municipality";
    static final String PREFECTURE = "prefecture";
    static final String PLAN_TYPE = "planType";
    static final String PLAN = "plan";
    static final String FY = "fy";
    static final String AREA = "area";
    static final String INDICATOR_KIND = "kind";
    static final String UNIT = "unit";

    private IndexFields() {
    }

    static String bigramFieldOf(String field) {
        return field + "_bigram";
    }
}
