package org.sakuin.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

class AnyMatchTest {

    @Test
    void findsALiveMatchAndNeitherAnAbsentNorADeletedOne() throws IOException {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (String word : new String[] {"kept", "deleted"}) {
                Document doc = new Document();
                doc.add(new StringField("w", word, Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            writer.deleteDocuments(new Term("w", "deleted"));
            writer.commit();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                assertThat(AnyMatch.in(searcher, new TermQuery(new Term("w", "kept")))).isTrue();
                assertThat(AnyMatch.in(searcher, new TermQuery(new Term("w", "deleted")))).isFalse();
                assertThat(AnyMatch.in(searcher, new TermQuery(new Term("w", "absent")))).isFalse();
            }
        }
    }
}
