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
 * Collectors over doc values: the distinct article ids of matching documents, and facet counts.
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

  /** Counts the values of sorted-set doc-values fields over the matching documents. */
  static CollectorManager<FacetCounter, Map<String, Map<String, Long>>> facets(List<String> fields) {
    return new CollectorManager<>() {
      @Override
      public FacetCounter newCollector() {
        return new FacetCounter(fields);
      }

      @Override
      public Map<String, Map<String, Long>> reduce(Collection<FacetCounter> collectors) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        for (String f : fields) {
          Map<String, Long> merged = new HashMap<>();
          for (FacetCounter c : collectors) {
            c.finishSegment();
            c.totals.get(f).forEach((k, v) -> merged.merge(k, v, Long::sum));
          }
          out.put(f, merged);
        }
        return out;
      }
    };
  }

  static final class FacetCounter extends SimpleCollector {
    private final List<String> fields;
    private final Map<String, Map<String, Long>> totals = new HashMap<>();
    private final SortedSetDocValues[] values;
    private final long[][] counts;

    FacetCounter(List<String> fields) {
      this.fields = List.copyOf(fields);
      this.values = new SortedSetDocValues[fields.size()];
      this.counts = new long[fields.size()][];
      for (String f : fields) {
        totals.put(f, new HashMap<>());
      }
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      finishSegment();
      for (int i = 0; i < fields.size(); i++) {
        values[i] = DocValues.getSortedSet(context.reader(), fields.get(i));
        long n = values[i].getValueCount();
        counts[i] = new long[(int) Math.min(n, Integer.MAX_VALUE - 8)];
      }
    }

    @Override
    public void collect(int doc) throws IOException {
      for (int i = 0; i < values.length; i++) {
        SortedSetDocValues v = values[i];
        if (v.advanceExact(doc)) {
          for (int k = 0; k < v.docValueCount(); k++) {
            counts[i][(int) v.nextOrd()]++;
          }
        }
      }
    }

    /** Folds the current segment's ordinal counts into the totals by label. */
    void finishSegment() {
      for (int i = 0; i < values.length; i++) {
        if (values[i] == null) {
          continue;
        }
        Map<String, Long> total = totals.get(fields.get(i));
        for (int ord = 0; ord < counts[i].length; ord++) {
          if (counts[i][ord] > 0) {
            try {
              total.merge(values[i].lookupOrd(ord).utf8ToString(), counts[i][ord], Long::sum);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          }
        }
        values[i] = null;
        counts[i] = null;
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  /** The {@code top} most frequent labels, ties by label. */
  static List<Map.Entry<String, Long>> top(Map<String, Long> counts, int top) {
    List<Map.Entry<String, Long>> list = new ArrayList<>(counts.entrySet());
    list.sort(
        Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed().thenComparing(Map.Entry::getKey));
    return list.subList(0, Math.min(top, list.size()));
  }
}
