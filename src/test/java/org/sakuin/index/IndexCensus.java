package org.sakuin.index;

import static org.sakuin.index.IndexFields.DOCUMENT_ID;
import static org.sakuin.index.IndexFields.ID;
import static org.sakuin.index.IndexFields.KIND;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * What an index folder holds, read with Lucene itself after its writer is gone (killed, say): whether Lucene's
 * {@link CheckIndex} finds it sound, and for each plan file its passages and indicators, to compare with a clean
 * ingest. A record id stored twice is counted as a duplicate.
 *
 * @param committed  whether there is a commit at all (a writer killed before its first commit leaves none)
 * @param sound      whether CheckIndex found nothing wrong; true for a folder without a commit
 * @param problems   CheckIndex's report when it found something wrong
 * @param passages   passages per document id, for every document record
 * @param indicators indicators per document id
 * @param duplicates record ids (documents, passages, indicators) stored more than once
 */
public record IndexCensus(boolean committed, boolean sound, String problems, Map<String, Integer> passages,
                          Map<String, Integer> indicators, Set<String> duplicates) {

    public static IndexCensus of(Path folder) throws IOException {
        try (Directory directory = FSDirectory.open(folder)) {
            if (!DirectoryReader.indexExists(directory)) {
                return new IndexCensus(false, true, "", Map.of(), Map.of(), Set.of());
            }
            ByteArrayOutputStream report = new ByteArrayOutputStream();
            boolean sound;
            try (CheckIndex check = new CheckIndex(directory)) {
                check.setInfoStream(new PrintStream(report, true, StandardCharsets.UTF_8));
                sound = check.checkIndex().clean;
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Set<String> duplicates = new HashSet<>();
                Set<String> seen = new HashSet<>();
                Map<String, Integer> passages = new TreeMap<>();
                for (String document : perDocument(searcher, IndexFields.KIND_DOCUMENT, seen, duplicates).keySet()) {
                    passages.put(document, 0);
                }
                perDocument(searcher, IndexFields.KIND_PASSAGE, seen, duplicates)
                        .forEach((document, n) -> passages.merge(document, n, Integer::sum));
                Map<String, Integer> indicators = perDocument(searcher, IndexFields.KIND_INDICATOR, seen, duplicates);
                return new IndexCensus(true, sound, sound ? "" : report.toString(StandardCharsets.UTF_8), passages,
                        indicators, duplicates);
            }
        }
    }

    /** Records of a kind per document id; ids already seen go to the duplicates. */
    private static Map<String, Integer> perDocument(IndexSearcher searcher, String kind, Set<String> seen,
                                                    Set<String> duplicates) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        int all = Math.max(1, searcher.getIndexReader().maxDoc());
        for (ScoreDoc hit : searcher.search(new TermQuery(new Term(KIND, kind)), all).scoreDocs) {
            Document record = searcher.storedFields().document(hit.doc, Set.of(ID, DOCUMENT_ID));
            if (!seen.add(record.get(ID))) {
                duplicates.add(record.get(ID));
            }
            counts.merge(record.get(DOCUMENT_ID), 1, Integer::sum);
        }
        return counts;
    }

    /** Document ids with their passage counts: what a comparison with a clean ingest looks at first. */
    public Set<String> documents() {
        return passages.keySet();
    }

    public int passageTotal() {
        return passages.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Documents of the clean index missing here, or here with fewer passages or indicators than there. */
    public int lostAgainst(IndexCensus clean) {
        int lost = 0;
        for (String document : clean.documents()) {
            if (!passages.containsKey(document)
                    || passages.get(document) < clean.passages.get(document)
                    || indicators.getOrDefault(document, 0) < clean.indicators.getOrDefault(document, 0)) {
                lost++;
            }
        }
        return lost;
    }

    /**
     * Record ids stored twice, plus documents with more passages or indicators than in the clean index, plus
     * documents the clean index does not know.
     */
    public int duplicatedAgainst(IndexCensus clean) {
        int duplicated = duplicates.size();
        for (String document : documents()) {
            if (!clean.passages.containsKey(document)
                    || passages.get(document) > clean.passages.get(document)
                    || indicators.getOrDefault(document, 0) > clean.indicators.getOrDefault(document, 0)) {
                duplicated++;
            }
        }
        return duplicated;
    }
}
