package dev.parallax.index.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class NameTokensTest {

  /** Every term of the names field with its positions, as "term@pos,pos". */
  private static List<String> postings(List<String> names, boolean replayed) throws IOException {
    Analyzer analyzer = Analyzers.perField();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
        IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      Document d = new Document();
      if (replayed) {
        NameTokens tokens = new NameTokens(analyzer);
        tokens.addTo(new Document(), names); // fills the cache, as an earlier mention would
        tokens.addTo(d, names);
      } else {
        for (String n : names) {
          d.add(new Field(Fields.NAMES, n, Documents.FILTER_TEXT));
        }
      }
      w.addDocument(d);
      w.commit();
      try (DirectoryReader r = DirectoryReader.open(dir)) {
        LeafReader leaf = r.leaves().get(0).reader();
        Terms terms = leaf.terms(Fields.NAMES);
        List<String> out = new ArrayList<>();
        TermsEnum te = terms.iterator();
        for (BytesRef t; (t = te.next()) != null; ) {
          PostingsEnum pe = te.postings(null, PostingsEnum.POSITIONS);
          while (pe.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
            StringBuilder sb = new StringBuilder(t.utf8ToString()).append('@');
            for (int i = 0; i < pe.freq(); i++) {
              sb.append(i > 0 ? "," : "").append(pe.nextPosition());
            }
            out.add(sb.toString());
          }
        }
        return out;
      }
    }
  }

  @Test
  void replayedNamesIndexLikeOneFieldValuePerName() throws IOException {
    List<String> names = List.of("Åsa Lindqvist", "", "Lindqvist's office", "U.S. Federal Reserve", "asa lindqvist");
    List<String> plain = postings(names, false);
    assertThat(postings(names, true)).isEqualTo(plain);
    assertThat(plain).containsExactly("asa@0,407", "federal@305", "lindqvist@1,202,408", "office@203", "reserve@306", "u.s@304");
  }
}
