package org.sakuin.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sakuin.index.IndexFields.*;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;
import org.junit.jupiter.api.Test;

/** Telling an index built with an older analysis from a current one. */
class AnalysisVersionTest {

    @Test
    void theFingerprintIsTheVersionAndAHashOfTheDictionaryEntries() {
        assertThat(AnalysisVersion.CURRENT).matches(AnalysisVersion.VERSION + "-[0-9a-f]{12}");
        assertThat(AnalysisVersion.fingerprint(2, "協働,協働,キョウドウ,名詞-一般"))
                .isNotEqualTo(AnalysisVersion.fingerprint(2, "協働,協働,キョウドウ,名詞-一般\n創生,創生,ソウセイ,名詞-一般"))
                .isNotEqualTo(AnalysisVersion.fingerprint(3, "協働,協働,キョウドウ,名詞-一般"))
                .isEqualTo(AnalysisVersion.fingerprint(2, "協働,協働,キョウドウ,名詞-一般"));
    }

    @Test
    void aRecordIsCurrentOnlyWithTheCurrentFingerprint() {
        LuceneDocuments documents = new LuceneDocuments(LuceneDocuments.facetsConfig(), AnalysisVersion.CURRENT,
                new JapaneseTextAnalyzer());

        assertThat(documents.toIndexedFile(record(AnalysisVersion.CURRENT)).analysisCurrent()).isTrue();
        assertThat(documents.toIndexedFile(record("1-0123456789ab")).analysisCurrent()).isFalse();
        assertThat(documents.toIndexedFile(record(null)).analysisCurrent())
                .as("written before fingerprints were stored").isFalse();
    }

    /** A file's record as an index stores it, with the given fingerprint or none. */
    private static Document record(String analysis) {
        Document doc = new Document();
        doc.add(new StoredField(ID, "0123456789abcdef"));
        doc.add(new StoredField(FILE, "corpus/plan.md"));
        doc.add(new StoredField(PATH, "/plans/corpus/plan.md"));
        doc.add(new StoredField(CONTENT_HASH, "ab"));
        doc.add(new StoredField(PAGES, 1));
        doc.add(new StoredField(ORDINAL, 3));
        if (analysis != null) {
            doc.add(new StoredField(ANALYSIS, analysis));
        }
        return doc;
    }
}
