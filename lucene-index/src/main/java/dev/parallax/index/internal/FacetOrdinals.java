package dev.parallax.index.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Facet counting over sorted-set doc values with global ordinals: an {@link OrdinalMap} per field
 * is built once per point-in-time reader and cached until that reader closes, so a query counts
 * into an int array and looks up only the labels of the top values.
 *
 * <p>Thread-safe: the cache is concurrent, and each search gets its own collectors.
 */
final class FacetOrdinals {

  private final Map<IndexReader.CacheKey, Map<String, OrdinalMap>> cache = new ConcurrentHashMap<>();

  /** The ordinal maps of {@code fields} for this reader. */
  private Map<String, OrdinalMap> maps(IndexReader reader, List<String> fields) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    if (helper == null) {
      return build(reader, null, fields);
    }
    IndexReader.CacheKey key = helper.getKey();
    Map<String, OrdinalMap> maps = cache.get(key);
    if (maps == null) {
      maps = build(reader, key, fields);
      if (cache.putIfAbsent(key, maps) == null) {
        helper.addClosedListener(cache::remove);
      }
    }
    return maps;
  }

  private static Map<String, OrdinalMap> build(IndexReader reader, IndexReader.CacheKey key, List<String> fields)
      throws IOException {
    Map<String, OrdinalMap> maps = new ConcurrentHashMap<>();
    List<LeafReaderContext> leaves = reader.leaves();
    for (String f : fields) {
      SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
      for (LeafReaderContext leaf : leaves) {
        values[leaf.ord] = DocValues.getSortedSet(leaf.reader(), f);
      }
      maps.put(f, OrdinalMap.build(key, values, PackedInts.DEFAULT));
    }
    return maps;
  }

  /** Counts every field's values over the matching documents; each result is the top {@code top} (label, count), most frequent first. */
  CollectorManager<Counter, Map<String, List<Map.Entry<String, Long>>>> counter(IndexReader reader, List<String> fields, int top)
      throws IOException {
    Map<String, OrdinalMap> maps = maps(reader, fields);
    return new CollectorManager<>() {
      @Override
      public Counter newCollector() {
        return new Counter(fields, maps);
      }

      @Override
      public Map<String, List<Map.Entry<String, Long>>> reduce(Collection<Counter> collectors) throws IOException {
        Map<String, List<Map.Entry<String, Long>>> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
          String f = fields.get(i);
          OrdinalMap map = maps.get(f);
          int[] total = new int[(int) map.getValueCount()];
          for (Counter c : collectors) {
            int[] counts = c.counts[i];
            for (int o = 0; o < total.length; o++) {
              total[o] += counts[o];
            }
          }
          out.put(f, top(reader, f, map, total, top));
        }
        return out;
      }
    };
  }

  private static List<Map.Entry<String, Long>> top(IndexReader reader, String field, OrdinalMap map, int[] counts, int top)
      throws IOException {
    // Min-heap on (count, then label order reversed by global ordinal): global ordinals follow label order.
    PriorityQueue<int[]> heap =
        new PriorityQueue<>(top + 1, (a, b) -> a[1] != b[1] ? Integer.compare(a[1], b[1]) : Integer.compare(b[0], a[0]));
    for (int o = 0; o < counts.length; o++) {
      if (counts[o] == 0) {
        continue;
      }
      if (heap.size() < top) {
        heap.add(new int[] {o, counts[o]});
      } else {
        int[] min = heap.peek();
        if (counts[o] > min[1] || (counts[o] == min[1] && o < min[0])) {
          heap.poll();
          heap.add(new int[] {o, counts[o]});
        }
      }
    }
    List<int[]> best = new ArrayList<>(heap);
    best.sort((a, b) -> a[1] != b[1] ? Integer.compare(b[1], a[1]) : Integer.compare(a[0], b[0]));
    List<Map.Entry<String, Long>> out = new ArrayList<>(best.size());
    for (int[] e : best) {
      int segment = map.getFirstSegmentNumber(e[0]);
      long segOrd = map.getFirstSegmentOrd(e[0]);
      SortedSetDocValues dv = DocValues.getSortedSet(reader.leaves().get(segment).reader(), field);
      out.add(Map.entry(dv.lookupOrd(segOrd).utf8ToString(), (long) e[1]));
    }
    return out;
  }

  /** Counts global ordinals of the matching documents. Not thread-safe; one per search slice. */
  static final class Counter extends SimpleCollector {
    private final List<String> fields;
    private final OrdinalMap[] maps;
    final int[][] counts;
    private final SortedSetDocValues[] values;
    private final LongValues[] globals;

    Counter(List<String> fields, Map<String, OrdinalMap> maps) {
      this.fields = fields;
      this.maps = new OrdinalMap[fields.size()];
      this.counts = new int[fields.size()][];
      for (int i = 0; i < fields.size(); i++) {
        this.maps[i] = maps.get(fields.get(i));
        this.counts[i] = new int[(int) this.maps[i].getValueCount()];
      }
      this.values = new SortedSetDocValues[fields.size()];
      this.globals = new LongValues[fields.size()];
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      for (int i = 0; i < fields.size(); i++) {
        values[i] = DocValues.getSortedSet(context.reader(), fields.get(i));
        globals[i] = maps[i].getGlobalOrds(context.ord);
      }
    }

    @Override
    public void collect(int doc) throws IOException {
      for (int i = 0; i < values.length; i++) {
        SortedSetDocValues v = values[i];
        if (v.advanceExact(doc)) {
          LongValues g = globals[i];
          int[] c = counts[i];
          for (int k = v.docValueCount(); k > 0; k--) {
            c[(int) g.get(v.nextOrd())]++;
          }
        }
      }
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
