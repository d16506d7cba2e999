package dev.parallax.spark.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.parallax.AnalyzedArticle;
import dev.parallax.Parallax;
import dev.parallax.article.Article;
import dev.parallax.article.Corpus;
import dev.parallax.entity.Entity;
import dev.parallax.entity.EntityMention;
import dev.parallax.internal.entity.EntityBlocking;
import dev.parallax.internal.entity.EntityResolver;
import dev.parallax.internal.load.ArticleSources;
import dev.parallax.json.AnalysisJson;
import dev.parallax.json.ParallaxJson;
import dev.parallax.quote.Quote;
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
 *   <li>entity resolution as {@link EntityResolver#resolve} does it, sharded: the corpus-level
 *       sweep dictionary (first mention of each folded name) is built with a {@code reduceByKey}
 *       and broadcast, each article is swept on its own; article-level entities are joined into
 *       components by their {@link EntityBlocking} keys (union-find on the driver over the distinct
 *       key pairs); each component is linked by {@link EntityResolver#link} on its own, and the
 *       results are merged back into the articles, quote speakers re-linked;
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

  /** The part of one article that falls in one resolution block: mention indices and the encoded {@link Mentions}. */
  record Part(Order order, String id, int[] mentions, byte[] bytes) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** A mention that enters the sweep dictionary, with where it was. */
  record Known(Order order, int index, byte[] mention) implements Serializable, Comparable<Known> {
    private static final long serialVersionUID = 1L;

    @Override
    public int compareTo(Known o) {
      int c = order.compareTo(o.order);
      return c != 0 ? c : Integer.compare(index, o.index);
    }
  }

  /** Mentions, as one record for {@link RecordCodec}. Immutable and thread-safe. */
  public record Mentions(List<EntityMention> list) {}

  /**
   * A block's linking of one article's part: the mentions with canonical ids, and local to canonical
   * ids. Immutable and thread-safe.
   */
  public record Linked(List<EntityMention> mentions, Map<String, String> ids) {}

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

    // 3a. The resolver's corpus-level sweep: the first mention of each folded name, in input order.
    Map<String, byte[]> firsts =
        analyzed
            .flatMapToPair(
                a -> {
                  List<Tuple2<String, Known>> out = new ArrayList<>();
                  List<EntityMention> ms = decode(a._2()).entities();
                  for (int i = 0; i < ms.size(); i++) {
                    EntityMention m = ms.get(i);
                    int index = i;
                    EntityResolver.sweepKey(m)
                        .ifPresent(k -> out.add(new Tuple2<>(k, new Known(a._2().order(), index, RecordCodec.encode(m)))));
                  }
                  return out.iterator();
                })
            .reduceByKey((x, y) -> x.compareTo(y) <= 0 ? x : y, partitions)
            .mapValues(Known::mention)
            .collectAsMap();
    Broadcast<HashMap<String, byte[]>> known = jsc.broadcast(new HashMap<>(firsts));
    JavaPairRDD<String, Analyzed> swept =
        analyzed
            .mapPartitionsToPair(
                it -> {
                  Map<String, EntityMention> dict = new HashMap<>();
                  known.value().forEach((k, v) -> dict.put(k, RecordCodec.decode(v, EntityMention.class)));
                  List<Tuple2<String, Analyzed>> out = new ArrayList<>();
                  while (it.hasNext()) {
                    Tuple2<String, Analyzed> t = it.next();
                    AnalyzedArticle a = decode(t._2());
                    List<EntityMention> ms = EntityResolver.sweep(a, dict);
                    AnalyzedArticle s2 = ms.equals(a.entities()) ? a : a.withEntities(ms, a.quotes());
                    out.add(new Tuple2<>(t._1(), new Analyzed(t._2().order(), RecordCodec.encode(s2))));
                  }
                  return out.iterator();
                },
                true)
            .persist(StorageLevel.MEMORY_AND_DISK());

    // 3b. Components of shared blocking keys, over article-level entities.
    List<Tuple2<String, String>> edges =
        swept
            .values()
            .flatMap(
                a -> {
                  List<Tuple2<String, String>> out = new ArrayList<>();
                  for (Map.Entry<String, List<EntityMention>> node : nodes(decode(a).entities()).entrySet()) {
                    List<String> keys = new ArrayList<>(EntityBlocking.keys(node.getKey(), node.getValue()));
                    for (String k : keys) {
                      out.add(new Tuple2<>(keys.get(0), k));
                    }
                  }
                  return out.iterator();
                })
            .distinct(partitions)
            .collect();
    Broadcast<Map<String, String>> components = jsc.broadcast(components(edges));

    // 3c. Each component linked on its own by core's resolver.
    JavaRDD<Block> blocks =
        swept
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
        swept
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
        articles, entities, problems, blocks.map(Block::mentions), List.of(loaded, analyzed.rdd().toJavaRDD(), swept.rdd().toJavaRDD(), blocks));
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

  /** An article's mentions grouped by local entity id, in order of first appearance. */
  static Map<String, List<EntityMention>> nodes(List<EntityMention> ms) {
    Map<String, List<EntityMention>> out = new java.util.LinkedHashMap<>();
    for (EntityMention m : ms) {
      out.computeIfAbsent(m.entity(), k -> new ArrayList<>()).add(m);
    }
    return out;
  }

  /** One part per block the article's entities fall in: those mentions, in article order. */
  private static List<Tuple2<String, Part>> parts(Analyzed a, Map<String, String> components) {
    AnalyzedArticle art = decode(a);
    List<EntityMention> ms = art.entities();
    Map<String, String> blockOf = new HashMap<>();
    for (Map.Entry<String, List<EntityMention>> node : nodes(ms).entrySet()) {
      String key = EntityBlocking.keys(node.getKey(), node.getValue()).iterator().next();
      String block = components.get(key);
      if (block == null) {
        throw new IllegalStateException("blocking key without a component: " + key);
      }
      blockOf.put(node.getKey(), block);
    }
    Map<String, List<Integer>> byBlock = new TreeMap<>();
    for (int i = 0; i < ms.size(); i++) {
      byBlock.computeIfAbsent(blockOf.get(ms.get(i).entity()), b -> new ArrayList<>()).add(i);
    }
    List<Tuple2<String, Part>> out = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> e : byBlock.entrySet()) {
      int[] idx = e.getValue().stream().mapToInt(Integer::intValue).toArray();
      List<EntityMention> sub = new ArrayList<>();
      for (int i : idx) {
        sub.add(ms.get(i));
      }
      out.add(new Tuple2<>(e.getKey(), new Part(a.order(), art.id(), idx, RecordCodec.encode(new Mentions(sub)))));
    }
    return out;
  }

  /** Core's resolver on one block, articles in input order. */
  private static Block resolveBlock(Iterable<Part> parts) {
    List<Part> ps = new ArrayList<>();
    parts.forEach(ps::add);
    ps.sort(Comparator.comparing(Part::order));
    List<List<EntityMention>> in = new ArrayList<>();
    int mentions = 0;
    for (Part p : ps) {
      in.add(RecordCodec.decode(p.bytes(), Mentions.class).list());
      mentions += p.mentions().length;
    }
    EntityResolver.Linked r = EntityResolver.link(in);
    List<Part> out = new ArrayList<>();
    for (int i = 0; i < ps.size(); i++) {
      Part p = ps.get(i);
      Linked l = new Linked(r.mentions().get(i), r.idByLocal().get(i));
      out.add(new Part(p.order(), p.id(), p.mentions(), RecordCodec.encode(l)));
    }
    List<String> entities = new ArrayList<>();
    for (Entity e : r.entities()) {
      entities.add(json(e));
    }
    return new Block(out, entities, mentions);
  }

  /** The article with each block's linked mentions put back and its quote speakers re-linked, as {@code EntityResolver.resolve} does. */
  private static AnalyzedArticle merge(AnalyzedArticle swept, Iterable<Part> parts) {
    List<EntityMention> mentions = new ArrayList<>(swept.entities());
    Map<String, String> ids = new HashMap<>();
    boolean any = false;
    for (Part p : parts) {
      Linked l = RecordCodec.decode(p.bytes(), Linked.class);
      if (l.mentions().size() != p.mentions().length) {
        throw new IllegalStateException("resolver changed the number of mentions of " + p.id());
      }
      for (int j = 0; j < p.mentions().length; j++) {
        mentions.set(p.mentions()[j], l.mentions().get(j));
      }
      ids.putAll(l.ids());
      any = true;
    }
    if (!any) {
      return swept;
    }
    List<Quote> quotes = new ArrayList<>();
    for (Quote q : swept.quotes()) {
      String mapped = ids.get(q.speakerEntity());
      quotes.add(mapped == null ? q : q.withSpeakerEntity(mapped));
    }
    return swept.withEntities(mentions, quotes);
  }
}
