package org.sakuin.index;

import static org.sakuin.index.IndexFields.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.sakuin.plan.PlanContent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Lucene index in one folder. Opened for writing it holds Lucene's write lock and serves
 * searches near-real-time from the writer; opened read-only it serves the last commit and picks up newer
 * ones, so a command-line search works while another process ingests.
 */
public final class LuceneIndex implements PlanIndex {

    private static final Logger log = LoggerFactory.getLogger(LuceneIndex.class);
    /**
     * Each word of a query is searched as Kuromoji words and as bigrams in four fields: a query of a few
     * hundred characters passes Lucene's default limit of 1,024 clauses.
     */
    private static final int MAX_CLAUSES = 16_384;

    static {
        IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), MAX_CLAUSES));
    }

    private static final int RECENT = 1_000;
    /**
     * A read-only index learns of another process's commits by reading the latest commit point from disk, which at
     * a million passages cost a tenth of every search when done on each call: it looks at most this often.
     */
    private static final long COMMIT_CHECK_NANOS = 1_000_000_000L;
    private static final List<String> PASSAGE_FACETS = List.of(AREA, MUNICIPALITY, PREFECTURE, PLAN_TYPE, PLAN, FY);

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final FacetsConfig facetsConfig = LuceneDocuments.facetsConfig();
    private final LuceneDocuments documents;
    private final LuceneQueryBuilder queries;
    private final PassageHighlighter highlighter;
    private final PassageSnippets snippets;
    private final IndicatorSearches indicatorSearches;
    private final PassageSimilarity passageSimilarity;
    private final FacetedSearch facetedSearch = new FacetedSearch(facetsConfig);
    /** What searches ask again and again, kept while the reader is searched: counts, corrections, the files. */
    private final ReaderResultCache<Query, Integer> counts = new ReaderResultCache<>(RECENT);
    private final ReaderResultCache<String, Optional<String>> corrections = new ReaderResultCache<>(RECENT);
    private final ReaderResultCache<String, List<IndexedFile>> fileList = new ReaderResultCache<>(1);

    private final VocabularyStore vocabulary;
    private volatile long nextCommitCheck = System.nanoTime();

    private LuceneIndex(Directory directory, IndexWriter writer, SearcherManager searchers, SearchProfile profile,
                        String analysis) throws IOException {
        Path folder = ((FSDirectory) directory).getDirectory();
        this.vocabulary = writer == null ? VocabularyStore.forReading(folder, searchers)
                : VocabularyStore.forWriting(folder, searchers);
        this.directory = directory;
        this.writer = writer;
        this.searchers = searchers;
        Analyzer indexAnalyzer = indexAnalyzer(profile);
        this.documents = new LuceneDocuments(facetsConfig, analysis, indexAnalyzer);
        this.queries = new LuceneQueryBuilder(BigramAnalyzer.forQuery(), facetsConfig, profile);
        this.highlighter = new PassageHighlighter(indexAnalyzer);
        this.snippets = new PassageSnippets(highlighter);
        this.indicatorSearches = new IndicatorSearches(queries, facetedSearch,
                new IndicatorSimilarity(indexAnalyzer));
        this.passageSimilarity = new PassageSimilarity(indexAnalyzer);
    }

    /** Opens (creating if needed) the index in {@code folder} for ingesting and searching. */
    public static LuceneIndex openForWriting(Path folder) throws IOException {
        return openForWriting(folder, SearchProfile.SAKUIN);
    }

    /** As {@link #openForWriting(Path)}, analysing and querying as the profile says (for evaluations). */
    public static LuceneIndex openForWriting(Path folder, SearchProfile profile) throws IOException {
        return openForWriting(folder, profile, AnalysisVersion.of(profile));
    }

    /**
     * As {@link #openForWriting(Path, SearchProfile)}, with records fingerprinted as the given analysis: tests build
     * an index as an older Sakuin would have.
     */
    static LuceneIndex openForWriting(Path folder, SearchProfile profile, String analysis) throws IOException {
        Files.createDirectories(folder);
        Directory directory = FSDirectory.open(folder);
        try {
            IndexWriter writer = new IndexWriter(directory, IndexWriting.config(indexAnalyzer(profile)));
            return new LuceneIndex(directory, writer, new SearcherManager(writer, null), profile, analysis);
        } catch (LockObtainFailedException e) {
            directory.close();
            // the server holds the lock for as long as it runs: say how to add files to it instead
            throw new IOException("the index " + folder + " is in use by another Sakuin (a running server?): copy the"
                    + " files into that server's corpus folder, which it watches, or upload them on its 管理 page,"
                    + " or stop it first", e);
        }
    }

    /** Opens an existing index for searching only. */
    public static LuceneIndex openForReading(Path folder) throws IOException {
        Directory directory = FSDirectory.open(folder);
        if (!DirectoryReader.indexExists(directory)) {
            directory.close();
            throw new IOException("no Sakuin index in " + folder + ": run `ingest --index " + folder + " FILES…` first");
        }
        return new LuceneIndex(directory, null, new SearcherManager(directory, null), SearchProfile.SAKUIN,
                AnalysisVersion.CURRENT);
    }

    static Analyzer indexAnalyzer(SearchProfile profile) {
        Analyzer japanese = profile == SearchProfile.STOCK_KUROMOJI ? new JapaneseAnalyzer() : new JapaneseTextAnalyzer();
        Analyzer bigrams = BigramAnalyzer.forIndex();
        return new PerFieldAnalyzerWrapper(japanese, Map.of(TEXT_BIGRAM, bigrams, SECTION_BIGRAM, bigrams,
                META_BIGRAM, bigrams, NAME_BIGRAM, bigrams, DESCRIPTION_BIGRAM, bigrams,
                TEXT_VARIANTS, new VariantKeyAnalyzer()));
    }

    @Override
    public Optional<IndexedFile> file(String documentId) {
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(KIND, KIND_DOCUMENT)), Occur.FILTER)
                .add(new TermQuery(new Term(ID, documentId)), Occur.FILTER)
                .build();
        return withSearcher(searcher -> {
            TopDocs top = searcher.search(query, 1);
            return top.scoreDocs.length == 0 ? Optional.empty()
                    : Optional.of(documents.toIndexedFile(searcher.storedFields().document(top.scoreDocs[0].doc,
                            LuceneDocuments.RECORD_FIELDS)));
        });
    }

    @Override
    public List<IndexedFile> files() {
        return withSearcher(searcher -> fileList.get(searcher.getIndexReader(), KIND_DOCUMENT, () -> files(searcher)));
    }

    /** Every file's record, read once per reader: the search page lists towns by prefecture, questions look for plans. */
    private List<IndexedFile> files(IndexSearcher searcher) throws IOException {
        return PlanRecords.of(searcher).records().stream().map(documents::toIndexedFile)
                .sorted(Comparator.comparing(f -> f.document().file())).toList();
    }

    @Override
    public void replace(PlanContent content) {
        try {
            // no refresh here: searches refresh before they search, and a refresh per file flushed a tiny segment
            // per file, which an ingest then spent as long merging as analysing
            IndexWriter writer = requireWriter();
            vocabulary.forget(content.document().id());
            writer.updateDocuments(new Term(DOCUMENT_ID, content.document().id()), documents.toLucene(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String documentId) {
        try {
            IndexWriter writer = requireWriter();
            vocabulary.forget(documentId);
            writer.deleteDocuments(new Term(DOCUMENT_ID, documentId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void commit() {
        checkpoint();
        try {
            vocabulary.update();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void checkpoint() {
        try {
            IndexWriting.flushOnAllCores(requireWriter());
            requireWriter().commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public PassageResults search(PassageQuery passageQuery) {
        DrillDownQuery query = queries.passages(passageQuery);
        return withSearcher(searcher -> {
            FacetedSearch.Hits result = facetedSearch.search(searcher, query, passageQuery.topN(),
                    sortOf(passageQuery.sort()), PASSAGE_FACETS);
            String[] snippets = passageQuery.snippets()
                    ? highlighter.highlight(searcher, query.getBaseQuery(), result.top())
                    : new String[result.top().scoreDocs.length];
            List<PassageHit> hits = new ArrayList<>(result.top().scoreDocs.length);
            for (int i = 0; i < result.top().scoreDocs.length; i++) {
                ScoreDoc scoreDoc = result.top().scoreDocs[i];
                hits.add(toHit(searcher.storedFields().document(scoreDoc.doc), scoreDoc.score, snippets[i]));
            }
            return new PassageResults(result.total(), hits, result.facets());
        });
    }

    @Override
    public List<PassageHit> withSnippets(PassageQuery passageQuery, List<PassageHit> hits) {
        Query query = queries.passages(passageQuery).getBaseQuery();
        return withSearcher(searcher -> snippets.attach(searcher, query, hits));
    }

    @Override
    public int count(PassageQuery query) {
        return count(queries.passages(query));
    }

    @Override
    public int count(IndicatorQuery query) {
        return count(queries.indicators(query));
    }

    /** Did-you-mean and the query without a word count the same alternatives of popular queries again and again. */
    private int count(Query query) {
        return withSearcher(searcher -> counts.get(searcher.getIndexReader(), query, () -> searcher.count(query)));
    }

    @Override
    public List<PassageHit> documentPassages(String passageId) {
        return withSearcher(searcher -> DocumentPassages.of(searcher, passageId));
    }

    @Override
    public List<PassageHit> similarPassages(String passageId, int limit) {
        Query byId = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(KIND, KIND_PASSAGE)), Occur.FILTER)
                .add(new TermQuery(new Term(ID, passageId)), Occur.FILTER)
                .build();
        return withSearcher(searcher -> {
            TopDocs found = searcher.search(byId, 1);
            if (found.scoreDocs.length == 0) {
                return List.of();
            }
            PassageHit source = toHit(searcher.storedFields().document(found.scoreDocs[0].doc), 0, "");
            Query like = passageSimilarity.like(searcher.getIndexReader(), source);
            TopDocs top = searcher.search(like, limit);
            String[] snippets = highlighter.highlight(searcher, like, top);
            List<PassageHit> hits = new ArrayList<>();
            for (int i = 0; i < top.scoreDocs.length; i++) {
                hits.add(toHit(searcher.storedFields().document(top.scoreDocs[i].doc), top.scoreDocs[i].score,
                        snippets[i]));
            }
            return hits;
        });
    }

    @Override
    public IndicatorResults searchIndicators(IndicatorQuery indicatorQuery) {
        return withSearcher(searcher -> indicatorSearches.search(searcher, indicatorQuery));
    }

    @Override
    public List<IndicatorHit> indicators(List<String> ids) {
        return withSearcher(searcher -> indicatorSearches.byIds(searcher, ids));
    }

    @Override
    public List<IndicatorHit> similarIndicators(String id, int limit) {
        return withSearcher(searcher -> indicatorSearches.similarTo(searcher, id, limit));
    }

    @Override
    public List<IndicatorHit> indicatorsNamedLike(String text, PassageFilter filter, int limit) {
        return withSearcher(searcher -> indicatorSearches.namedLike(searcher, text, filter, limit));
    }

    @Override
    public List<Suggestion> suggest(String typed, int perKind) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return withSearcher(searcher -> vocabulary.read(words -> words.suggest(typed, perKind), List.of()));
    }

    @Override
    public Optional<String> spellingCorrection(String word) {
        if (word == null || word.isBlank()) {
            return Optional.empty();
        }
        return withSearcher(searcher -> corrections.get(searcher.getIndexReader(), word,
                () -> AnyMatch.in(searcher, queries.verbatim(word)) ? Optional.<String>empty()
                        : vocabulary.read(words -> words.correct(word), Optional.empty())));
    }

    /** Null for best first; newest plan first with plans of no known period last, then best first. */
    private static Sort sortOf(PassageSort sort) {
        if (sort == PassageSort.RELEVANCE) {
            return null;
        }
        SortField year = new SortField(PLAN_YEAR, SortField.Type.INT, true);
        year.setMissingValue(Integer.MIN_VALUE);
        return new Sort(year, SortField.FIELD_SCORE);
    }

    static PassageHit toHit(Document doc, float score, String snippet) {
        return new PassageHit(doc.get(ID), doc.get(DOCUMENT_ID), doc.get(FILE), doc.get(MUNICIPALITY),
                doc.get(PREFECTURE), doc.get(PLAN), doc.get(PLAN_TYPE), doc.getField(PAGE).numericValue().intValue(),
                doc.get(SECTION), score, snippet, List.of(doc.getValues(INDICATOR_IDS)), List.of(doc.getValues(AREAS)),
                List.of(doc.getValues(AREA_EVIDENCE)), doc.get(TEXT));
    }

    /** How many vocabularies were gathered from every plan's record rather than updated (for tests). */
    int vocabulariesGatheredFromAll() {
        return vocabulary.gatheredFromAll();
    }

    private interface SearcherFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherFunction<T> function) {
        try {
            refreshIfDue();
            IndexSearcher searcher = searchers.acquire();
            try {
                return function.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A writer's own changes are seen at once (an in-memory check); another process's commits within a second. */
    private void refreshIfDue() throws IOException {
        if (writer == null) {
            long now = System.nanoTime();
            if (now - nextCommitCheck < 0) {
                return;
            }
            nextCommitCheck = now + COMMIT_CHECK_NANOS;
        }
        searchers.maybeRefresh();
    }

    private IndexWriter requireWriter() {
        if (writer == null) {
            throw new IllegalStateException("the index was opened read-only");
        }
        return writer;
    }

    @Override
    public void close() throws IOException {
        vocabulary.close();
        searchers.close();
        if (writer != null) {
            writer.close();
        }
        directory.close();
    }
}
