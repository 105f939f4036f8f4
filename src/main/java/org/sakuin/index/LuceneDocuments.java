package org.sakuin.index;

import static org.sakuin.index.IndexFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.sakuin.plan.AreaMatch;
import org.sakuin.plan.FiscalYear;
import org.sakuin.plan.Indicator;
import org.sakuin.plan.IndicatorValue;
import org.sakuin.plan.Passage;
import org.sakuin.plan.PlanContent;
import org.sakuin.plan.PlanDocument;
import org.sakuin.plan.PlanMetadata;
import org.sakuin.plan.PlanPeriod;
import org.sakuin.plan.PolicyArea;

/** Maps plans, their passages and indicators to Lucene documents and back. */
final class LuceneDocuments {

    /** Analysed text with offsets in the postings, so the highlighter need not re-analyse it. */
    static final FieldType TEXT_WITH_OFFSETS = textWithOffsets(true);
    static final FieldType BIGRAMS_WITH_OFFSETS = textWithOffsets(false);
    static final FieldType VARIANTS_WITH_OFFSETS = textWithOffsets(false);

    private final FacetsConfig facetsConfig;
    /** The {@link AnalysisVersion} the records are written with, and compared with when read. */
    private final String analysis;
    /** The index's analyser, for the texts a plan repeats on its records ({@link ReplayedTokens}). */
    private final Analyzer analyzer;

    LuceneDocuments(FacetsConfig facetsConfig, String analysis, Analyzer analyzer) {
        this.facetsConfig = facetsConfig;
        this.analysis = analysis;
        this.analyzer = analyzer;
    }

    static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(FY, true);
        config.setMultiValued(AREA, true);
        config.setHierarchical(AREA, true);
        return config;
    }

    private static FieldType textWithOffsets(boolean stored) {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.setStored(stored);
        type.freeze();
        return type;
    }

    List<Document> toLucene(PlanContent content) {
        PlanDocument plan = content.document();
        List<Document> documents = new ArrayList<>(content.passages().size() + content.indicators().size() + 1);
        Document record = documentRecord(plan, content.passages().size());
        record.add(new StoredField(VOCABULARY, PlanVocabulary.encode(PlanVocabulary.of(content))));
        documents.add(record);
        ReplayedTokens.PerPlan repeated = new ReplayedTokens.PerPlan(analyzer);
        for (Passage passage : content.passages()) {
            documents.add(passageRecord(plan, passage, content.areasOf(passage.id()), repeated));
        }
        for (Indicator indicator : content.indicators()) {
            documents.add(indicatorRecord(plan, indicator, content.areasOf(indicator.id()), repeated));
        }
        return documents;
    }

    /** A record of the given kind, belonging to the plan's file. */
    private static Document newRecord(String kind, String id, PlanDocument plan) {
        Document doc = new Document();
        doc.add(new StringField(KIND, kind, Field.Store.NO));
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new StringField(DOCUMENT_ID, plan.id(), Field.Store.YES));
        doc.add(new StoredField(FILE, plan.file()));
        return doc;
    }

    private Document documentRecord(PlanDocument plan, int passageCount) {
        Document doc = newRecord(KIND_DOCUMENT, plan.id(), plan);
        doc.add(new StoredField(PATH, plan.path()));
        doc.add(new StoredField(CONTENT_HASH, plan.contentHash()));
        doc.add(new StoredField(CONTENT_TYPE, Objects.requireNonNullElse(plan.contentType(), "")));
        doc.add(new StoredField(PAGES, plan.pages()));
        doc.add(new StoredField(ORDINAL, passageCount));
        doc.add(new StoredField(ANALYSIS, analysis));
        doc.add(new BinaryDocValuesField(FILE_RECORD, new BytesRef(FileRecordCodec.encode(
                new FileRecordCodec.FileRecord(plan, passageCount, analysis)))));
        PlanMetadata meta = plan.metadata();
        storeIfPresent(doc, MUNICIPALITY, meta.municipality());
        storeIfPresent(doc, PREFECTURE, meta.prefecture());
        storeIfPresent(doc, PLAN, meta.title());
        storeIfPresent(doc, PLAN_TYPE, meta.planType());
        if (meta.period() != null) {
            doc.add(new StoredField(PERIOD_FROM, meta.period().from().year()));
            doc.add(new StoredField(PERIOD_TO, meta.period().to().year()));
        }
        return doc;
    }

    private Document passageRecord(PlanDocument plan, Passage passage, List<AreaMatch> areas,
                                   ReplayedTokens.PerPlan repeated) {
        Document doc = newRecord(KIND_PASSAGE, passage.id(), plan);
        doc.add(new StoredField(PAGE, passage.page()));
        doc.add(new StoredField(ORDINAL, passage.ordinal()));
        doc.add(new Field(TEXT, passage.text(), TEXT_WITH_OFFSETS));
        doc.add(new Field(TEXT_BIGRAM, passage.text(), BIGRAMS_WITH_OFFSETS));
        doc.add(new Field(TEXT_VARIANTS, passage.text(), VARIANTS_WITH_OFFSETS));
        doc.add(new FloatDocValuesField(PRIOR, PassagePrior.of(plan, passage)));
        doc.add(new StoredField(SECTION, passage.section().path()));
        addAnalyzed(doc, SECTION, passage.section().path(), repeated);
        passage.indicatorIds().forEach(id -> doc.add(new StoredField(INDICATOR_IDS, id)));
        addPlanFields(doc, plan.metadata(), repeated);
        addAreas(doc, areas);
        addYears(doc, fiscalYears(plan.metadata().period(), passage.text()));
        if (plan.metadata().period() != null) {
            doc.add(new NumericDocValuesField(PLAN_YEAR, plan.metadata().period().from().year()));
        }
        return withFacets(doc);
    }

    private Document indicatorRecord(PlanDocument plan, Indicator indicator, List<AreaMatch> areas,
                                     ReplayedTokens.PerPlan repeated) {
        Document doc = newRecord(KIND_INDICATOR, indicator.id(), plan);
        doc.add(new StoredField(INDICATOR_JSON, IndicatorCodec.encode(indicator)));
        addAnalyzed(doc, NAME, indicator.name(), repeated);
        addAnalyzed(doc, SECTION, indicator.section().path(), repeated);
        addAnalyzed(doc, DESCRIPTION, Objects.requireNonNullElse(indicator.description(), ""), repeated);
        addFacet(doc, INDICATOR_KIND, indicator.kind());
        addFacet(doc, UNIT, indicator.unit());
        numeric(indicator.baseline()).ifPresent(v -> doc.add(new DoublePoint(BASELINE_VALUE, v)));
        indicator.targets().stream().map(LuceneDocuments::numeric).flatMap(Optional::stream).findFirst()
                .ifPresent(v -> doc.add(new DoublePoint(TARGET_VALUE, v)));
        addPlanFields(doc, plan.metadata(), repeated);
        addAreas(doc, areas);
        addYears(doc, indicatorYears(indicator));
        return withFacets(doc);
    }

    /** The fiscal years an indicator names: its baseline's, actuals' and targets'. */
    static List<Integer> indicatorYears(Indicator indicator) {
        return Stream.of(Stream.ofNullable(indicator.baseline()), indicator.actuals().stream(),
                        indicator.targets().stream())
                .flatMap(s -> s)
                .map(IndicatorValue::fy).filter(Objects::nonNull).distinct().sorted().toList();
    }

    private static Optional<Double> numeric(IndicatorValue value) {
        if (value == null || value.value() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Double.parseDouble(value.value()));
        } catch (NumberFormatException qualitative) {
            return Optional.empty();
        }
    }

    /** The text as Kuromoji words and as bigrams, each analysed once for the plan. */
    private static void addAnalyzed(Document doc, String field, String text, ReplayedTokens.PerPlan repeated) {
        doc.add(new Field(field, repeated.stream(field, text), TextField.TYPE_NOT_STORED));
        String bigrams = bigramFieldOf(field);
        doc.add(new Field(bigrams, repeated.stream(bigrams, text), TextField.TYPE_NOT_STORED));
    }

    private static void addPlanFields(Document doc, PlanMetadata meta, ReplayedTokens.PerPlan repeated) {
        addAnalyzed(doc, META, metaText(meta), repeated);
        addFacet(doc, MUNICIPALITY, meta.municipality());
        addFacet(doc, PREFECTURE, meta.prefecture());
        addFacet(doc, PLAN, meta.title());
        addFacet(doc, PLAN_TYPE, meta.planType());
    }

    /** The area facet is hierarchical (area › sub-area); the filter field takes either level. */
    private static void addAreas(Document doc, List<AreaMatch> areas) {
        for (AreaMatch match : areas) {
            PolicyArea area = match.area();
            doc.add(new SortedSetDocValuesFacetField(AREA, area.area(), area.subarea()));
            doc.add(new StringField(AREA, area.area(), Field.Store.NO));
            doc.add(new StringField(AREA, area.path(), Field.Store.NO));
            doc.add(new StoredField(AREAS, area.path()));
            doc.add(new StoredField(AREA_EVIDENCE, area.path() + ": " + String.join(" / ", match.evidence())));
        }
    }

    private static void addYears(Document doc, List<Integer> years) {
        for (int year : years) {
            doc.add(new IntPoint(FY, year));
            doc.add(new SortedSetDocValuesFacetField(FY, Integer.toString(year)));
        }
    }

    private Document withFacets(Document doc) {
        try {
            return facetsConfig.build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The years a passage is about: its plan's period, and the fiscal years it names. */
    static List<Integer> fiscalYears(PlanPeriod period, String text) {
        Stream<Integer> planYears = period == null ? Stream.empty() : period.years().boxed();
        Stream<Integer> named = FiscalYear.findAll(text).stream().map(FiscalYear::year);
        return Stream.concat(planYears, named).distinct().sorted().toList();
    }

    /** What the {@code meta} field holds: the plan's prefecture, town, title and type. */
    static String metaText(PlanMetadata meta) {
        return Stream.of(meta.prefecture(), meta.municipality(), meta.title(), meta.planType())
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
    }

    private static void storeIfPresent(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StringField(field, value, Field.Store.YES));
        }
    }

    private static void addFacet(Document doc, String dimension, String value) {
        if (value != null) {
            storeIfPresent(doc, dimension, value);
            doc.add(new SortedSetDocValuesFacetField(dimension, value));
        }
    }

    /** What {@link #fileRecord} reads: not the record's vocabulary, which is large and only for suggestions. */
    static final Set<String> RECORD_FIELDS = Set.of(ID, FILE, PATH, CONTENT_HASH, CONTENT_TYPE, PAGES, ORDINAL,
            ANALYSIS, MUNICIPALITY, PREFECTURE, PLAN, PLAN_TYPE, PERIOD_FROM, PERIOD_TO);

    /** A file's record read back; one written before fingerprints were stored has an outdated analysis. */
    IndexedFile toIndexedFile(FileRecordCodec.FileRecord record) {
        return new IndexedFile(record.document(), record.passages(), analysis.equals(record.analysis()));
    }

    IndexedFile toIndexedFile(Document doc) {
        return toIndexedFile(fileRecord(doc));
    }

    /** A file's record from its stored fields ({@link #RECORD_FIELDS}), as a Sakuin wrote it before its doc value. */
    static FileRecordCodec.FileRecord fileRecord(Document doc) {
        PlanPeriod period = doc.getField(PERIOD_FROM) == null ? null : new PlanPeriod(
                new FiscalYear(doc.getField(PERIOD_FROM).numericValue().intValue()),
                new FiscalYear(doc.getField(PERIOD_TO).numericValue().intValue()));
        PlanMetadata meta = new PlanMetadata(doc.get(MUNICIPALITY), doc.get(PREFECTURE), doc.get(PLAN),
                doc.get(PLAN_TYPE), period);
        String contentType = doc.get(CONTENT_TYPE);
        PlanDocument plan = new PlanDocument(doc.get(ID), doc.get(FILE), doc.get(PATH), doc.get(CONTENT_HASH),
                contentType == null || contentType.isEmpty() ? null : contentType,
                doc.getField(PAGES).numericValue().intValue(), meta);
        return new FileRecordCodec.FileRecord(plan, doc.getField(ORDINAL).numericValue().intValue(), doc.get(ANALYSIS));
    }
}
