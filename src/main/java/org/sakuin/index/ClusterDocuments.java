package org.sakuin.index;

import static org.sakuin.index.IndexFields.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.sakuin.plan.AreaMatch;
import org.sakuin.plan.Indicator;
import org.sakuin.plan.Passage;
import org.sakuin.plan.PlanContent;
import org.sakuin.plan.PlanDocument;
import org.sakuin.plan.PlanMetadata;
import tools.jackson.databind.JsonNode;

/**
 * Maps plans, their passages and indicators to cluster documents and back, field for field as
 * {@link LuceneDocuments} maps them to Lucene's: the same names, the same values, so that one query means the same
 * on both backends. Analysed fields are sent {@link ClusterAnalysis#text normalised} and left out of the source; the
 * texts as written are kept in the source's {@code stored} object, for hits and snippets.
 */
final class ClusterDocuments {

    /** The kind of record (file, passage, indicator): {@code kind} itself is an indicator's kind, a facet. */
    static final String RECORD = "record";
    static final String STORED = "stored";
    /** An area's top level, counted as the area facet (the filter field {@link IndexFields#AREA} takes both levels). */
    static final String AREA_TOP = "area_top";

    private final String analysis;

    ClusterDocuments(String analysis) {
        this.analysis = analysis;
    }

    /** A document to write: its id in the index and its source. */
    record Source(String id, Map<String, Object> fields) {
    }

    static String idOf(String record, String id) {
        return record + ":" + id;
    }

    /** The plan's records: passages and indicators first, its file's record last (it marks the plan complete). */
    List<Source> toCluster(PlanContent content) {
        PlanDocument plan = content.document();
        List<Source> sources = new ArrayList<>(content.passages().size() + content.indicators().size() + 1);
        for (Passage passage : content.passages()) {
            sources.add(new Source(idOf(KIND_PASSAGE, passage.id()), passage(plan, passage,
                    content.areasOf(passage.id()))));
        }
        for (Indicator indicator : content.indicators()) {
            sources.add(new Source(idOf(KIND_INDICATOR, indicator.id()), indicator(plan, indicator,
                    content.areasOf(indicator.id()))));
        }
        sources.add(new Source(idOf(KIND_DOCUMENT, plan.id()), fileRecord(content)));
        return sources;
    }

    private static Map<String, Object> newRecord(String kind, String id, PlanDocument plan) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put(RECORD, kind);
        fields.put(ID, id);
        fields.put(DOCUMENT_ID, plan.id());
        fields.put(FILE, plan.file());
        return fields;
    }

    private Map<String, Object> fileRecord(PlanContent content) {
        PlanDocument plan = content.document();
        Map<String, Object> fields = newRecord(KIND_DOCUMENT, plan.id(), plan);
        fields.put(ANALYSIS, analysis);
        fields.put(FILE_RECORD, FileRecordCodec.encode(new FileRecordCodec.FileRecord(plan, content.passages().size(),
                analysis)));
        fields.put(VOCABULARY, PlanVocabulary.encode(PlanVocabulary.of(content)));
        return fields;
    }

    private static Map<String, Object> passage(PlanDocument plan, Passage passage, List<AreaMatch> areas) {
        Map<String, Object> fields = newRecord(KIND_PASSAGE, passage.id(), plan);
        fields.put(PAGE, passage.page());
        fields.put(ORDINAL, passage.ordinal());
        analysed(fields, TEXT, passage.text());
        fields.put(TEXT_VARIANTS, VariantKeyAnalyzer.keysOf(passage.text()));
        fields.put(PRIOR, PassagePrior.of(plan, passage));
        analysed(fields, SECTION, passage.section().path());
        fields.put(STORED, Map.of(TEXT, passage.text(), SECTION, passage.section().path()));
        fields.put(INDICATOR_IDS, passage.indicatorIds());
        planFields(fields, plan.metadata());
        areas(fields, areas);
        fields.put(FY, years(LuceneDocuments.fiscalYears(plan.metadata().period(), passage.text())));
        if (plan.metadata().period() != null) {
            fields.put(PLAN_YEAR, plan.metadata().period().from().year());
        }
        return fields;
    }

    private static Map<String, Object> indicator(PlanDocument plan, Indicator indicator, List<AreaMatch> areas) {
        Map<String, Object> fields = newRecord(KIND_INDICATOR, indicator.id(), plan);
        fields.put(STORED, Map.of(INDICATOR_JSON, IndicatorCodec.encode(indicator)));
        analysed(fields, NAME, indicator.name());
        analysed(fields, SECTION, indicator.section().path());
        analysed(fields, DESCRIPTION, Objects.requireNonNullElse(indicator.description(), ""));
        putIfPresent(fields, INDICATOR_KIND, indicator.kind());
        putIfPresent(fields, UNIT, indicator.unit());
        planFields(fields, plan.metadata());
        areas(fields, areas);
        fields.put(FY, years(LuceneDocuments.indicatorYears(indicator)));
        return fields;
    }

    /** The text as Kuromoji words and as bigrams, normalised for the cluster's analyzers. */
    private static void analysed(Map<String, Object> fields, String field, String text) {
        String normalised = ClusterAnalysis.text(text);
        fields.put(field, normalised);
        fields.put(bigramFieldOf(field), normalised);
    }

    private static void planFields(Map<String, Object> fields, PlanMetadata meta) {
        analysed(fields, META, LuceneDocuments.metaText(meta));
        putIfPresent(fields, MUNICIPALITY, meta.municipality());
        putIfPresent(fields, PREFECTURE, meta.prefecture());
        putIfPresent(fields, PLAN, meta.title());
        putIfPresent(fields, PLAN_TYPE, meta.planType());
    }

    private static void areas(Map<String, Object> fields, List<AreaMatch> areas) {
        fields.put(AREA, areas.stream().flatMap(m -> Stream.of(m.area().area(), m.area().path())).distinct().toList());
        fields.put(AREA_TOP, areas.stream().map(m -> m.area().area()).distinct().toList());
        fields.put(AREAS, areas.stream().map(m -> m.area().path()).toList());
        fields.put(AREA_EVIDENCE, areas.stream()
                .map(m -> m.area().path() + ": " + String.join(" / ", m.evidence())).toList());
    }

    private static List<String> years(List<Integer> years) {
        return years.stream().map(String::valueOf).toList();
    }

    private static void putIfPresent(Map<String, Object> fields, String field, String value) {
        if (value != null) {
            fields.put(field, value);
        }
    }

    IndexedFile toIndexedFile(JsonNode source) {
        FileRecordCodec.FileRecord record = FileRecordCodec.decode(source.path(FILE_RECORD).asString());
        return new IndexedFile(record.document(), record.passages(), analysis.equals(record.analysis()));
    }

    static PassageHit toPassageHit(JsonNode source, float score) {
        JsonNode stored = source.path(STORED);
        return new PassageHit(source.path(ID).asString(), source.path(DOCUMENT_ID).asString(),
                source.path(FILE).asString(), text(source, MUNICIPALITY), text(source, PREFECTURE), text(source, PLAN),
                text(source, PLAN_TYPE), source.path(PAGE).asInt(), stored.path(SECTION).asString(), score, null,
                strings(source.path(INDICATOR_IDS)), strings(source.path(AREAS)), strings(source.path(AREA_EVIDENCE)),
                stored.path(TEXT).asString());
    }

    static IndicatorHit toIndicatorHit(JsonNode source, float score) {
        PlanMetadata plan = new PlanMetadata(text(source, MUNICIPALITY), text(source, PREFECTURE), text(source, PLAN),
                text(source, PLAN_TYPE), null);
        return new IndicatorHit(IndicatorCodec.decode(source.path(STORED).path(INDICATOR_JSON).asString()), plan,
                source.path(FILE).asString(), score);
    }

    private static String text(JsonNode source, String field) {
        JsonNode value = source.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }
}
