package dev.parallax.spark.internal;

import dev.parallax.AnalyzedArticle;
import dev.parallax.CorpusAnalysis;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.Story;
import dev.parallax.entity.Entity;
import dev.parallax.framing.Framing;
import dev.parallax.framing.FramingReport;
import dev.parallax.internal.compare.Engine;
import dev.parallax.internal.compare.Stories;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * {@code Comparison.of(analysis)} as Spark aggregations: core's story-grouping steps ({@link
 * Stories}) and per-story comparison ({@link Engine#storyPart}) run on the executors, keyed by
 * their blocking keys; only the small sequential steps run on the driver.
 *
 * <ol>
 *   <li>Per article: story features (lemma counts, entity ids, MinHash signature).
 *   <li>Per LSH bucket, keyed by (band, bucket hash): near-duplicate pairs. Driver: union-find over
 *       those pairs gives each copy its original.
 *   <li>Term and entity document frequencies over the originals: {@code reduceByKey}, broadcast.
 *   <li>Per original: TF-IDF vector, rare entities, blocking keys. Per blocking key (posting list):
 *       candidate pairs; pairs sharing two keys are counted with {@code reduceByKey}; each is scored
 *       after two joins with the prepared articles.
 *   <li>Driver: the linked pairs are merged strongest first (a sequential, order-dependent step over
 *       the few linked pairs, with the entity sets of their articles only).
 *   <li>Per story: top terms (the members' vectors grouped by story) and, for stories of two or more
 *       articles, the comparison of figures, roles, quotes and coverage (the members grouped by story).
 *   <li>Driver: framing over all articles ({@code Framing.of}, one corpus-wide report) and assembly.
 * </ol>
 *
 * <p>Every sum in these steps runs in a fixed order, so the result equals the single-machine one.
 * Stateless and thread-safe.
 */
public final class Comparisons {
  private Comparisons() {}

  /** An article's position in the corpus, its id and outlet label. */
  record Meta(int index, String id, String outlet) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Compares the articles (encoded {@link AnalyzedArticle}s, keyed and sorted by input order) with
   * the corpus's canonical entities.
   */
  public static Comparison compare(
      JavaSparkContext jsc, JavaPairRDD<Order, byte[]> encoded, List<Entity> entities, int partitions) {
    // dense corpus positions, as Comparison.of numbers its articles
    JavaPairRDD<Integer, byte[]> articles =
        encoded
            .sortByKey(true, partitions)
            .values()
            .zipWithIndex()
            .mapToPair(t -> new Tuple2<>((int) (long) t._2(), t._1()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    List<Meta> metas =
        articles
            .map(t -> {
              AnalyzedArticle a = decode(t._2());
              return new Meta(t._1(), a.id(), a.article().outletOrId());
            })
            .collect();
    int n = metas.size();
    Meta[] meta = new Meta[n];
    metas.forEach(m -> meta[m.index()] = m);

    // 1. features per article
    JavaPairRDD<Integer, Stories.Features> features =
        articles.mapToPair(t -> new Tuple2<>(t._1(), Stories.features(t._1(), decode(t._2()))))
            .persist(StorageLevel.MEMORY_AND_DISK());

    // 2. near-duplicates per LSH bucket
    List<int[]> duplicatePairs =
        features
            .values()
            .flatMapToPair(f -> {
              List<Tuple2<String, Stories.Features>> out = new ArrayList<>();
              long[] keys = Stories.bandKeys(f);
              for (int b = 0; b < keys.length; b++) {
                out.add(new Tuple2<>(b + ":" + keys[b], new Stories.Features(f.index(), null, null, f.signature())));
              }
              return out.iterator();
            })
            .groupByKey(partitions)
            .flatMap(g -> {
              List<Stories.Features> bucket = new ArrayList<>();
              g._2().forEach(bucket::add);
              bucket.sort(Comparator.comparingInt(Stories.Features::index));
              return Stories.duplicatePairs(bucket).iterator();
            })
            .collect();
    int[] canonical = Stories.canonical(n, duplicatePairs);
    Set<Integer> copyIndexes = new HashSet<>();
    Set<Integer> originalsOfCopies = new HashSet<>();
    for (int i = 0; i < n; i++) {
      if (canonical[i] != i) {
        copyIndexes.add(i);
        originalsOfCopies.add(canonical[i]);
      }
    }
    Broadcast<int[]> canon = jsc.broadcast(canonical);
    List<double[]> copies = copies(features, copyIndexes, originalsOfCopies, canonical);

    // 3. document frequencies over the originals
    JavaPairRDD<Integer, Stories.Features> originals = features.filter(t -> canon.value()[t._1()] == t._1());
    int m = (int) originals.count();
    Map<String, Integer> df = new HashMap<>(
        originals.values().flatMapToPair(f -> f.tf().keySet().stream().map(k -> new Tuple2<>(k, 1)).iterator())
            .reduceByKey(Integer::sum, partitions).collectAsMap());
    Map<String, Integer> edf = new HashMap<>(
        originals.values().flatMapToPair(f -> f.entities().stream().map(k -> new Tuple2<>(k, 1)).iterator())
            .reduceByKey(Integer::sum, partitions).collectAsMap());
    Broadcast<Map<String, Integer>> dfB = jsc.broadcast(df);
    Broadcast<Map<String, Integer>> edfB = jsc.broadcast(edf);

    // 4. prepared originals, candidate pairs per blocking key, scored pairs
    JavaPairRDD<Integer, Stories.Prepared> prepared =
        originals.mapValues(f -> Stories.prepare(f, dfB.value(), edfB.value(), m)).persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<Long, Long> candidates =
        prepared
            .values()
            .flatMapToPair(p -> Stories.blockingKeys(p).stream().map(k -> new Tuple2<>(k, p.index())).iterator())
            .groupByKey(partitions)
            .flatMapToPair(g -> {
              List<Integer> posting = new ArrayList<>();
              g._2().forEach(posting::add);
              posting.sort(Integer::compare);
              return Stories.postingPairs(posting).stream().map(p -> new Tuple2<>((p[0] << 32) | p[1], 1)).iterator();
            })
            .reduceByKey(Integer::sum, partitions)
            .filter(t -> t._2() >= Stories.MIN_SHARED_KEYS)
            .mapToPair(t -> new Tuple2<>(t._1() >>> 32, t._1() & 0xffffffffL));
    List<double[]> scored =
        candidates
            .mapToPair(t -> new Tuple2<>((int) (long) t._1(), (int) (long) t._2()))
            .join(prepared, partitions)
            .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
            .join(prepared, partitions)
            .flatMap(t -> {
              double[] s = Stories.score(t._2()._1(), t._2()._2());
              return (s == null ? List.<double[]>of() : List.of(s)).iterator();
            })
            .collect();

    // 5. stories on the driver, with the entity sets of the linked articles only
    Set<Integer> linked = new HashSet<>();
    for (double[] s : scored) {
      linked.add((int) s[1]);
      linked.add((int) s[2]);
    }
    Broadcast<Set<Integer>> linkedB = jsc.broadcast(linked);
    Map<Integer, List<String>> linkedEntities = new HashMap<>(
        prepared.filter(t -> linkedB.value().contains(t._1())).mapValues(p -> new ArrayList<>(p.entities()))
            .mapValues(l -> (List<String>) l).collectAsMap());
    int[] story = Stories.cluster(canonical, scored, i -> linkedEntities.getOrDefault(i, List.of()));
    Broadcast<int[]> storyB = jsc.broadcast(story);

    // 6a. top terms per story
    Map<Integer, List<String>> terms = new HashMap<>(
        prepared
            .mapToPair(t -> new Tuple2<>(storyB.value()[t._1()], new Tuple2<>(t._1(), t._2().vec())))
            .groupByKey(partitions)
            .mapValues(vs -> {
              List<Tuple2<Integer, Stories.Vec>> l = new ArrayList<>();
              vs.forEach(l::add);
              l.sort(Comparator.comparingInt(Tuple2::_1));
              return Stories.topTerms(l.stream().map(Tuple2::_2).toList());
            })
            .collectAsMap());
    List<Stories.Group> groups = Stories.groups(story, copies, terms);
    List<Story> stories = new ArrayList<>();
    Map<Integer, String> storyOfMember = new HashMap<>();
    for (int k = 0; k < groups.size(); k++) {
      Story s = Engine.story(k + 1, groups.get(k), i -> meta[i].id(), i -> meta[i].outlet());
      stories.add(s);
      if (groups.get(k).members().size() >= 2) {
        for (int i : groups.get(k).members()) {
          storyOfMember.put(i, s.id());
        }
      }
    }

    // 6b. per-story comparison, members grouped by story
    Broadcast<Map<Integer, String>> storyOfB = jsc.broadcast(storyOfMember);
    Map<String, byte[]> parts = new TreeMap<>(
        articles
            .filter(t -> storyOfB.value().containsKey(t._1()))
            .mapToPair(t -> new Tuple2<>(storyOfB.value().get(t._1()), new Tuple2<>(t._1(), t._2())))
            .groupByKey(partitions)
            .mapToPair(g -> {
              List<Tuple2<Integer, byte[]>> l = new ArrayList<>();
              g._2().forEach(l::add);
              l.sort(Comparator.comparingInt(Tuple2::_1));
              Engine.StoryPart part = Engine.storyPart(
                  g._1(), l.stream().map(Tuple2::_1).toList(), l.stream().map(t -> decode(t._2())).toList());
              return new Tuple2<>(g._1(), RecordCodec.encode(part));
            })
            .collectAsMap());
    List<Engine.StoryPart> ordered = new ArrayList<>();
    for (Story s : stories) {
      byte[] p = parts.get(s.id());
      if (p != null) {
        ordered.add(RecordCodec.decode(p, Engine.StoryPart.class));
      }
    }

    // 7. framing over the whole corpus, on the driver
    List<AnalyzedArticle> all = new ArrayList<>(n);
    articles.sortByKey(true, partitions).values().toLocalIterator().forEachRemaining(b -> all.add(decode(b)));
    FramingReport framing = Framing.of(new CorpusAnalysis(all, entities, List.of()));
    List.of(articles, features, prepared).forEach(r -> r.unpersist(false));
    return Engine.assemble(stories, ordered, framing);
  }

  /** {copy, original, similarity} for every copy; only the copies' and originals' signatures travel. */
  private static List<double[]> copies(
      JavaPairRDD<Integer, Stories.Features> features, Set<Integer> copyIndexes, Set<Integer> originals, int[] canonical) {
    if (copyIndexes.isEmpty()) {
      return List.of();
    }
    Set<Integer> wanted = new HashSet<>(copyIndexes);
    wanted.addAll(originals);
    Map<Integer, long[]> sigs = new HashMap<>(
        features.filter(t -> wanted.contains(t._1())).mapValues(f -> f.signature() == null ? new long[0] : f.signature())
            .collectAsMap());
    List<double[]> out = new ArrayList<>();
    for (int i : new java.util.TreeSet<>(copyIndexes)) {
      long[] a = sigs.get(i);
      long[] b = sigs.get(canonical[i]);
      out.add(new double[] {i, canonical[i], Stories.copySimilarity(a.length == 0 ? null : a, b.length == 0 ? null : b)});
    }
    return out;
  }

  private static AnalyzedArticle decode(byte[] b) {
    return RecordCodec.decode(b, AnalyzedArticle.class);
  }
}
