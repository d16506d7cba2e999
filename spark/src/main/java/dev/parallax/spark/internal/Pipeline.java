package dev.parallax.spark.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.parallax.AnalyzedArticle;
import dev.parallax.Parallax;
import dev.parallax.article.Article;
import dev.parallax.article.Corpus;
import dev.parallax.entity.Entity;
import dev.parallax.entity.EntityMention;
import dev.parallax.figure.Figure;
import dev.parallax.internal.entity.EntityBlocking;
import dev.parallax.internal.entity.EntityResolver;
import dev.parallax.internal.load.ArticleSources;
import dev.parallax.json.AnalysisJson;
import dev.parallax.json.ParallaxJson;
import dev.parallax.quote.Quote;
import dev.parallax.time.DateMention;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The stages of the Spark job, each calling the same core code as the single-machine path:
 *
 * <ol>
 *   <li>load ({@link Inputs}) and drop repeated ids, first in input order wins, as {@code Corpus}
 *       does;
 *   <li>analyze each partition with the executor's {@link Parallax} ({@link ExecutorParallax});
 *   <li>entity resolution by blocking: every mention's {@link EntityBlocking} keys are joined into
 *       components (union-find on the driver over the distinct key pairs), each component is
 *       resolved by core's {@link EntityResolver} on its own, and the results are merged back into
 *       the articles;
 *   <li>articles, entities and problems, each sorted like the single-machine output.
 * </ol>
 *
 * <p>Stateless and thread-safe; the returned RDDs are lazy.
 */
public final class Pipeline {
  private Pipeline() {}

  /**
   * The job's results as lazy RDDs.
   *
   * <p>Immutable and thread-safe.
   *
   * @param articles one analysed article per record, keyed by input order: the JSON line and the
   *     encoded {@link AnalyzedArticle}
   * @param entities canonical entities as JSON lines, sorted by id
   * @param problems loading problems as JSON lines, in input order
   * @param blocks entity-resolution blocks: the mention count of each component
   * @param cached the intermediate RDDs this run persisted, to unpersist when done
   */
  public record Result(
      JavaPairRDD<Order, Tuple2<String, byte[]>> articles,
      JavaRDD<String> entities,
      JavaRDD<String> problems,
      JavaRDD<Integer> blocks,
      List<JavaRDD<?>> cached) {

    /** Drops the cached intermediate results from the executors. */
    public void release() {
      cached.forEach(r -> r.unpersist(false));
    }
  }

  /** An analysed article with its place in the input. */
  record Analyzed(Order order, byte[] bytes) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The part of one article that falls in one resolution block. */
  record Part(Order order, String id, int[] mentions, byte[] bytes) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A block's resolution of its parts, and the entities it found. */
  record Block(List<Part> parts, List<String> entities, int mentions) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Runs every stage over the inputs, with {@code partitions} partitions keyed by article id. */
  public static Result run(JavaSparkContext jsc, List<String> inputs, int partitions) {
    HashPartitioner byId = new HashPartitioner(partitions);
    JavaRDD<Loaded> loaded = Inputs.load(jsc, inputs).persist(StorageLevel.MEMORY_AND_DISK());

    // 1. One article per id: the first in input order; later ones become problems, as in Corpus.
    JavaPairRDD<String, Iterable<Loaded>> sameId =
        loaded.filter(l -> !l.problem()).mapToPair(l -> new Tuple2<>(l.id(), l)).groupByKey(byId);
    JavaPairRDD<String, Loaded> winners =
        sameId.mapValues(
            ls -> {
              Loaded first = null;
              for (Loaded l : ls) {
                if (first == null || l.order().compareTo(first.order()) < 0) {
                  first = l;
                }
              }
              return first;
            });
    JavaRDD<Loaded> duplicates =
        sameId.flatMap(
            g -> {
              List<Loaded> ls = new ArrayList<>();
              g._2().forEach(ls::add);
              if (ls.size() < 2) {
                return List.<Loaded>of().iterator();
              }
              ls.sort(Comparator.comparing(Loaded::order));
              Loaded first = ls.get(0);
              List<Loaded> out = new ArrayList<>();
              for (Loaded l : ls.subList(1, ls.size())) {
                out.add(
                    Loaded.problem(
                        l.order(), ArticleSources.duplicateId(g._1(), l.source(), l.line(), first.where())));
              }
              return out.iterator();
            });
    JavaRDD<String> problems =
        loaded
            .filter(Loaded::problem)
            .union(duplicates)
            .mapToPair(l -> new Tuple2<>(l.order(), l))
            .sortByKey(true, partitions)
            .values()
            .map(l -> json(l.diagnostic()));

    // 2. Analysis, with the models loaded once per executor.
    JavaPairRDD<String, Analyzed> analyzed =
        winners
            .mapPartitionsToPair(Pipeline::analyzePartition, true)
            .persist(StorageLevel.MEMORY_AND_DISK());

    // 3. Entity resolution by blocks.
    List<Tuple2<String, String>> edges =
        analyzed
            .values()
            .flatMap(
                a -> {
                  List<Tuple2<String, String>> out = new ArrayList<>();
                  for (EntityMention m : decode(a).entities()) {
                    List<String> keys = new ArrayList<>(EntityBlocking.keys(m));
                    for (String k : keys) {
                      out.add(new Tuple2<>(keys.get(0), k));
                    }
                  }
                  return out.iterator();
                })
            .distinct(partitions)
            .collect();
    Broadcast<Map<String, String>> components = jsc.broadcast(components(edges));
    JavaRDD<Block> blocks =
        analyzed
            .flatMapToPair(a -> parts(a._2(), components.value()).iterator())
            .groupByKey(partitions)
            .map(g -> resolveBlock(g._2()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, Part> resolvedParts =
        blocks.flatMapToPair(
            b -> b.parts().stream().map(p -> new Tuple2<>(p.id(), p)).iterator());
    JavaRDD<String> entities =
        blocks
            .flatMap(b -> b.entities().iterator())
            .mapToPair(e -> new Tuple2<>(ParallaxJson.mapper().readTree(e).get("id").asText(), e))
            .sortByKey(true, partitions)
            .values();

    // 4. Merge the blocks' results back into each article.
    JavaPairRDD<Order, Tuple2<String, byte[]>> articles =
        analyzed
            .cogroup(resolvedParts, byId)
            .mapToPair(
                g -> {
                  Analyzed a = g._2()._1().iterator().next();
                  AnalyzedArticle merged = merge(decode(a), g._2()._2());
                  return new Tuple2<>(
                      a.order(), new Tuple2<>(AnalysisJson.articleLine(merged), RecordCodec.encode(merged)));
                })
            .sortByKey(true, partitions);
    return new Result(
        articles, entities, problems, blocks.map(Block::mentions), List.of(loaded, analyzed.rdd().toJavaRDD(), blocks));
  }

  private static AnalyzedArticle decode(Analyzed a) {
    return RecordCodec.decode(a.bytes(), AnalyzedArticle.class);
  }

  private static String json(Object o) {
    try {
      return ParallaxJson.mapper().writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final int CHUNK = 64;

  private static Iterator<Tuple2<String, Analyzed>> analyzePartition(Iterator<Tuple2<String, Loaded>> it) {
    Parallax parallax = ExecutorParallax.get();
    return new Iterator<>() {
      final ArrayList<Tuple2<String, Analyzed>> buffer = new ArrayList<>();
      int next;

      @Override
      public boolean hasNext() {
        if (next < buffer.size()) {
          return true;
        }
        buffer.clear();
        next = 0;
        List<Article> chunk = new ArrayList<>();
        List<Order> orders = new ArrayList<>();
        while (it.hasNext() && chunk.size() < CHUNK) {
          Loaded l = it.next()._2();
          chunk.add(l.article());
          orders.add(l.order());
        }
        if (chunk.isEmpty()) {
          return false;
        }
        int[] i = {0};
        parallax.analyzeEach(
            Corpus.of(chunk),
            a -> buffer.add(new Tuple2<>(a.id(), new Analyzed(orders.get(i[0]++), RecordCodec.encode(a)))),
            d -> {
              throw new IllegalStateException("unexpected problem in an in-memory chunk: " + d);
            });
        return true;
      }

      @Override
      public Tuple2<String, Analyzed> next() {
        if (!hasNext()) {
          throw new java.util.NoSuchElementException();
        }
        return buffer.get(next++);
      }
    };
  }

  /** Union-find over blocking keys: each key mapped to its component's smallest key. */
  static Map<String, String> components(List<Tuple2<String, String>> edges) {
    Map<String, String> parent = new HashMap<>();
    for (Tuple2<String, String> e : edges) {
      union(parent, e._1(), e._2());
    }
    Map<String, String> out = new HashMap<>();
    for (String k : parent.keySet()) {
      out.put(k, find(parent, k));
    }
    return out;
  }

  private static String find(Map<String, String> parent, String k) {
    parent.putIfAbsent(k, k);
    String root = k;
    while (!parent.get(root).equals(root)) {
      root = parent.get(root);
    }
    String c = k;
    while (!c.equals(root)) {
      String n = parent.get(c);
      parent.put(c, root);
      c = n;
    }
    return root;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      // The smaller key becomes the root, so component names do not depend on edge order.
      if (ra.compareTo(rb) < 0) {
        parent.put(rb, ra);
      } else {
        parent.put(ra, rb);
      }
    }
  }

  /** One part per block the article's mentions fall in: the article with only those mentions. */
  private static List<Tuple2<String, Part>> parts(Analyzed a, Map<String, String> components) {
    AnalyzedArticle art = decode(a);
    Map<String, List<Integer>> byBlock = new TreeMap<>();
    List<EntityMention> ms = art.entities();
    for (int i = 0; i < ms.size(); i++) {
      String key = EntityBlocking.keys(ms.get(i)).iterator().next();
      String block = components.get(key);
      if (block == null) {
        throw new IllegalStateException("blocking key without a component: " + key);
      }
      byBlock.computeIfAbsent(block, b -> new ArrayList<>()).add(i);
    }
    List<Tuple2<String, Part>> out = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> e : byBlock.entrySet()) {
      int[] idx = e.getValue().stream().mapToInt(Integer::intValue).toArray();
      List<EntityMention> sub = new ArrayList<>();
      for (int i : idx) {
        sub.add(ms.get(i));
      }
      AnalyzedArticle restricted =
          new AnalyzedArticle(
              art.article(), art.text(), sub, art.figures(), art.dates(), art.quotes(), art.diagnostics());
      out.add(new Tuple2<>(e.getKey(), new Part(a.order(), art.id(), idx, RecordCodec.encode(restricted))));
    }
    return out;
  }

  /** Core's resolver on one block, articles in input order. */
  private static Block resolveBlock(Iterable<Part> parts) {
    List<Part> ps = new ArrayList<>();
    parts.forEach(ps::add);
    ps.sort(Comparator.comparing(Part::order));
    List<AnalyzedArticle> in = new ArrayList<>();
    int mentions = 0;
    for (Part p : ps) {
      in.add(RecordCodec.decode(p.bytes(), AnalyzedArticle.class));
      mentions += p.mentions().length;
    }
    EntityResolver.Resolution r = EntityResolver.resolve(in);
    if (r.articles().size() != ps.size()) {
      throw new IllegalStateException("resolver returned " + r.articles().size() + " articles for " + ps.size());
    }
    List<Part> out = new ArrayList<>();
    for (int i = 0; i < ps.size(); i++) {
      Part p = ps.get(i);
      out.add(new Part(p.order(), p.id(), p.mentions(), RecordCodec.encode(r.articles().get(i))));
    }
    List<String> entities = new ArrayList<>();
    for (Entity e : r.entities()) {
      entities.add(json(e));
    }
    return new Block(out, entities, mentions);
  }

  /** The article with each block's resolved mentions put back, and whatever else a block changed. */
  private static AnalyzedArticle merge(AnalyzedArticle original, Iterable<Part> parts) {
    List<EntityMention> mentions = new ArrayList<>(original.entities());
    List<Quote> quotes = new ArrayList<>(original.quotes());
    List<Figure> figures = new ArrayList<>(original.figures());
    List<DateMention> dates = new ArrayList<>(original.dates());
    boolean changed = false;
    for (Part p : parts) {
      AnalyzedArticle r = RecordCodec.decode(p.bytes(), AnalyzedArticle.class);
      if (r.entities().size() != p.mentions().length) {
        throw new IllegalStateException(
            "resolver changed the number of mentions of " + p.id() + " (blocking contract broken)");
      }
      for (int j = 0; j < p.mentions().length; j++) {
        mentions.set(p.mentions()[j], r.entities().get(j));
      }
      changed |= overlay(quotes, original.quotes(), r.quotes());
      changed |= overlay(figures, original.figures(), r.figures());
      changed |= overlay(dates, original.dates(), r.dates());
      changed = true;
    }
    if (!changed) {
      return original;
    }
    return new AnalyzedArticle(
        original.article(), original.text(), mentions, figures, dates, quotes, original.diagnostics());
  }

  /** Copies into {@code target} every element a block changed. */
  private static <T> boolean overlay(List<T> target, List<T> original, List<T> resolved) {
    if (resolved.size() != original.size()) {
      throw new IllegalStateException("resolver changed the number of items (blocking contract broken)");
    }
    boolean changed = false;
    for (int i = 0; i < original.size(); i++) {
      if (!resolved.get(i).equals(original.get(i))) {
        target.set(i, resolved.get(i));
        changed = true;
      }
    }
    return changed;
  }

}
