package dev.parallax.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * Collects the distinct article ids of matching documents from doc values.
 *
 * <p>Each collector is not thread-safe; the managers create one per slice.
 */
final class Collectors {
  private Collectors() {}

  /** Collects the distinct {@link Fields#ARTICLE} values of matching documents, sorted. */
  static CollectorManager<ArticleIds, Set<String>> articleIds() {
    return new CollectorManager<>() {
      @Override
      public ArticleIds newCollector() {
        return new ArticleIds();
      }

      @Override
      public Set<String> reduce(Collection<ArticleIds> collectors) {
        Set<String> all = new TreeSet<>();
        collectors.forEach(c -> all.addAll(c.ids));
        return all;
      }
    };
  }

  static final class ArticleIds extends SimpleCollector {
    final Set<String> ids = new TreeSet<>();
    private SortedDocValues values;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      values = DocValues.getSorted(context.reader(), Fields.ARTICLE);
    }

    @Override
    public void collect(int doc) throws IOException {
      if (values.advanceExact(doc)) {
        ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

}
