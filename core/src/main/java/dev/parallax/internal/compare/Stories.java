package dev.parallax.internal.compare;

import dev.parallax.entity.EntityMention;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups articles into stories without comparing all pairs: near-duplicates by MinHash over word
 * 5-shingles with banded locality-sensitive hashing, then stories by TF-IDF cosine and entity
 * overlap between articles that share at least two blocking keys (top terms, entity ids).
 *
 * <p>The work is split into numbered steps, each either per article, per blocking key (LSH bucket
 * or posting list), per candidate pair or per story, or a small sequential step over pairs ("driver").
 * {@link #group} runs them in order on one machine; the Spark module runs the same steps as
 * aggregations keyed by the blocking keys and gets the same groups. Every sum runs in a fixed order
 * (sorted terms, members in corpus order), so the result does not depend on where a step ran.
 * Stateless and thread-safe.
 */
public final class Stories {
  private Stories() {}

  static final int HASHES = 64;
  static final int BANDS = 16;
  static final int SHINGLE = 5;
  /** Estimated shingle Jaccard above which two articles are copies of one another. */
  static final double DUPLICATE = 0.7;
  /** TF-IDF cosine above which two articles sharing an entity are about the same story. */
  static final double SAME_STORY = 0.3;
  /** Lower cosine that suffices when the two articles also share named entities (Jaccard ≥ 0.1). */
  static final double LOW = 0.15;
  /** Entity Jaccard (rare entities only) two articles need to be linked. */
  static final double MIN_ENTITY_JACCARD = 0.1;
  /** Cosine that links two articles when one of them names no entity. */
  static final double ALONE = 0.5;
  /** Blocking keys shared by more articles than this are too common to block on. */
  static final int MAX_POSTING = 60;
  static final int TOP_TERMS = 15;

  /** A story: canonical member indexes (corpus order), copies as {copy, original, similarity}, and top terms. */
  public record Group(List<Integer> members, List<double[]> duplicates, List<String> terms) implements java.io.Serializable {}

  private static final Set<String> STOP =
      Set.of(
          "the", "and", "for", "that", "with", "this", "from", "have", "has", "had", "was", "were", "are", "is", "be",
          "been", "its", "his", "her", "their", "they", "them", "which", "who", "whom", "will", "would", "could",
          "should", "said", "say", "says", "also", "more", "than", "other", "such", "into", "over", "after", "about",
          "not", "but", "all", "any", "some", "can", "may", "one", "two", "new", "year", "last", "while", "these",
          "those", "there", "what", "when", "where", "how", "being", "make", "take", "use");

  /**
   * What story grouping needs from one article, computed from that article alone: content-lemma
   * frequencies (sorted), entity ids (sorted) and a MinHash signature ({@code null} when the article
   * is shorter than one shingle). Immutable by convention (do not mutate the collections);
   * thread-safe. Serializable so distributed engines can ship it.
   */
  public record Features(int index, java.util.SortedMap<String, Integer> tf, List<String> entities, long[] signature)
      implements java.io.Serializable {}

  /** A TF-IDF vector with sorted terms, so every sum over it runs in one order. Immutable by convention; thread-safe. */
  public record Vec(String[] terms, double[] weights) implements java.io.Serializable {}

  /** An article prepared for pair scoring: its vector and the entities rare enough to count. Immutable by convention. */
  public record Prepared(int index, Vec vec, List<String> entities) implements java.io.Serializable {}

  /** Step 1 (per article). */
  public static Features features(int index, dev.parallax.AnalyzedArticle a) {
    Doc d = new Doc(index, a, "");
    return new Features(index, new TreeMap<>(termFreq(d)), entities(d).stream().sorted().toList(), minHash(d));
  }

  /**
   * Step 2 (per article): the bucket hash of each LSH band (index = band), empty without a signature.
   * Two articles share a bucket when they have the same hash in the same band.
   */
  public static long[] bandKeys(Features f) {
    if (f.signature() == null) {
      return new long[0];
    }
    int rows = HASHES / BANDS;
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long h = 1469598103934665603L;
      for (int r = 0; r < rows; r++) {
        h = (h ^ f.signature()[b * rows + r]) * 1099511628211L;
      }
      keys[b] = h;
    }
    return keys;
  }

  /**
   * Step 3 (per LSH bucket): near-duplicate pairs {i, j} in one bucket whose members are in
   * ascending index order; the first member is compared with at most 49 others.
   */
  public static List<int[]> duplicatePairs(List<Features> bucket) {
    List<int[]> out = new ArrayList<>();
    for (int x = 1; x < bucket.size() && x < 50; x++) {
      Features i = bucket.get(0);
      Features j = bucket.get(x);
      if (similarity(i.signature(), j.signature()) >= DUPLICATE) {
        out.add(new int[] {i.index(), j.index()});
      }
    }
    return out;
  }

  /** Step 4 (driver): the canonical article of each article (itself unless it is a copy). */
  public static int[] canonical(int n, List<int[]> duplicatePairs) {
    UnionFind dup = new UnionFind(n);
    for (int[] p : duplicatePairs) {
      dup.union(p[0], p[1]);
    }
    int[] root = new int[n];
    for (int i = 0; i < n; i++) {
      root[i] = dup.find(i);
    }
    return root;
  }

  /** How similar a copy is to its original (1 when either is too short to sign). */
  public static double copySimilarity(long[] copy, long[] original) {
    return copy == null || original == null ? 1.0 : similarity(copy, original);
  }

  /** Entities named by more canonical articles than this are too common to link stories. */
  public static int maxEntityDf(int canonicalArticles) {
    return Math.max(5, canonicalArticles / 50);
  }

  /**
   * Step 5 (per canonical article, with document frequencies of terms and entities over the {@code
   * m} canonical articles): the normalized TF-IDF vector and the rare entities.
   */
  public static Prepared prepare(Features f, Map<String, Integer> df, Map<String, Integer> edf, int m) {
    String[] terms = f.tf().keySet().toArray(new String[0]);
    double[] w = new double[terms.length];
    double norm = 0;
    for (int k = 0; k < terms.length; k++) {
      w[k] = (1 + Math.log(f.tf().get(terms[k]))) * (1 + Math.log((m + 1.0) / (df.get(terms[k]) + 1.0)));
      norm += w[k] * w[k];
    }
    double nn = Math.sqrt(norm);
    if (nn > 0) {
      for (int k = 0; k < w.length; k++) {
        w[k] = w[k] / nn;
      }
    }
    int max = maxEntityDf(m);
    List<String> kept = f.entities().stream().filter(e -> edf.get(e) <= max).toList();
    return new Prepared(f.index(), new Vec(terms, w), kept);
  }

  /** Step 6 (per canonical article): its blocking keys, top terms and entities. */
  public static List<String> blockingKeys(Prepared p) {
    return blockingKeys(p.vec(), p.entities());
  }

  /**
   * Step 7 (per blocking key): the candidate pairs {i, j} of one posting list in ascending index
   * order; none when the key is shared by one article or by more than {@link #MAX_POSTING}.
   */
  public static List<long[]> postingPairs(List<Integer> posting) {
    List<long[]> out = new ArrayList<>();
    if (posting.size() < 2 || posting.size() > MAX_POSTING) {
      return out;
    }
    for (int x = 0; x < posting.size(); x++) {
      for (int y = x + 1; y < posting.size(); y++) {
        out.add(new long[] {posting.get(x), posting.get(y)});
      }
    }
    return out;
  }

  /** Pairs must share at least this many blocking keys to be scored. */
  public static final int MIN_SHARED_KEYS = 2;

  /** Step 8 (per candidate pair): {cosine, i, j} when the pair is linked, else {@code null}. */
  public static double[] score(Prepared i, Prepared j) {
    double cos = cosine(i.vec(), j.vec());
    double jac = jaccard(i.entities(), j.entities());
    boolean noEntities = i.entities().isEmpty() || j.entities().isEmpty();
    if ((noEntities && cos >= ALONE) || (cos >= LOW && jac >= MIN_ENTITY_JACCARD)) {
      return new double[] {cos, i.index(), j.index()};
    }
    return null;
  }

  /**
   * Step 9 (driver): merges linked pairs, strongest first; two stories merge only if some entity is
   * named by at least half the articles of each (a core entity), so a chain of pairwise links cannot
   * glue unrelated stories. Returns the story root of every article ({@code -1} for copies).
   *
   * @param entities the rare entities of an article that appears in {@code scored}
   */
  public static int[] cluster(int[] canonical, List<double[]> scored, java.util.function.IntFunction<List<String>> entities) {
    int n = canonical.length;
    List<double[]> sorted = new ArrayList<>(scored);
    sorted.sort(Comparator.comparingDouble((double[] x) -> -x[0]).thenComparingDouble(x -> x[1]).thenComparingDouble(x -> x[2]));
    UnionFind story = new UnionFind(n);
    Map<Integer, Map<String, Integer>> core = new HashMap<>();
    int[] size = new int[n];
    Arrays.fill(size, 1);
    for (double[] p : sorted) {
      int ri = story.find((int) p[1]);
      int rj = story.find((int) p[2]);
      if (ri == rj) {
        continue;
      }
      Map<String, Integer> ei = core.containsKey(ri) ? core.get(ri) : counts(entities.apply(ri));
      Map<String, Integer> ej = core.containsKey(rj) ? core.get(rj) : counts(entities.apply(rj));
      if (!ei.isEmpty() && !ej.isEmpty() && !shareCore(ei, size[ri], ej, size[rj])) {
        continue;
      }
      Map<String, Integer> merged = new HashMap<>(ei);
      ej.forEach((k, c) -> merged.merge(k, c, Integer::sum));
      story.union(ri, rj);
      int r = story.find(ri);
      size[r] = size[ri] + size[rj];
      core.remove(ri);
      core.remove(rj);
      core.put(r, merged);
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = canonical[i] == i ? story.find(i) : -1;
    }
    return out;
  }

  /** Step 10 (per story): its ten heaviest terms, summing the members' vectors in member order. */
  public static List<String> topTerms(List<Vec> members) {
    Map<String, Double> sum = new HashMap<>();
    for (Vec v : members) {
      for (int k = 0; k < v.terms().length; k++) {
        sum.merge(v.terms()[k], v.weights()[k], Double::sum);
      }
    }
    return sum.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(10)
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * Step 11 (driver): the stories, largest first.
   *
   * @param story the story root of each article ({@link #cluster}), -1 for copies
   * @param copies {copy, original, similarity} for every copy
   * @param terms the top terms of each story root
   */
  public static List<Group> groups(int[] story, List<double[]> copies, Map<Integer, List<String>> terms) {
    Map<Integer, List<Integer>> members = new TreeMap<>();
    for (int i = 0; i < story.length; i++) {
      if (story[i] >= 0) {
        members.computeIfAbsent(story[i], k -> new ArrayList<>()).add(i);
      }
    }
    Map<Integer, List<double[]>> copiesByOriginal = new HashMap<>();
    for (double[] c : copies) {
      copiesByOriginal.computeIfAbsent((int) c[1], k -> new ArrayList<>()).add(c);
    }
    List<Group> out = new ArrayList<>();
    for (Map.Entry<Integer, List<Integer>> e : members.entrySet()) {
      List<double[]> gd = new ArrayList<>();
      for (int m : e.getValue()) {
        gd.addAll(copiesByOriginal.getOrDefault(m, List.of()));
      }
      gd.sort(Comparator.comparingDouble((double[] c) -> c[0]));
      out.add(new Group(e.getValue(), gd, terms.getOrDefault(e.getKey(), List.of())));
    }
    out.sort(
        Comparator.comparingInt((Group g) -> -(g.members().size() + g.duplicates().size()))
            .thenComparingInt(g -> g.members().get(0)));
    return out;
  }

  /** All steps on one machine, in order. */
  static List<Group> group(List<Doc> docs) {
    int n = docs.size();
    List<Features> fs = new ArrayList<>(n);
    for (Doc d : docs) {
      fs.add(features(d.index(), d.a()));
    }
    // 1. near-duplicates
    List<Map<Long, List<Features>>> buckets = new ArrayList<>();
    for (int b = 0; b < BANDS; b++) {
      buckets.add(new HashMap<>());
    }
    for (Features f : fs) {
      long[] keys = bandKeys(f);
      for (int b = 0; b < keys.length; b++) {
        buckets.get(b).computeIfAbsent(keys[b], x -> new ArrayList<>()).add(f);
      }
    }
    List<int[]> dups = new ArrayList<>();
    for (Map<Long, List<Features>> band : buckets) {
      for (List<Features> bucket : band.values()) {
        dups.addAll(duplicatePairs(bucket));
      }
    }
    int[] root = canonical(n, dups);
    List<double[]> copies = new ArrayList<>();
    List<Features> canon = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (root[i] == i) {
        canon.add(fs.get(i));
      } else {
        copies.add(new double[] {i, root[i], copySimilarity(fs.get(i).signature(), fs.get(root[i]).signature())});
      }
    }
    // 2. TF-IDF and rare entities over canonical articles
    Map<String, Integer> df = new HashMap<>();
    Map<String, Integer> edf = new HashMap<>();
    for (Features f : canon) {
      f.tf().keySet().forEach(t -> df.merge(t, 1, Integer::sum));
      f.entities().forEach(e -> edf.merge(e, 1, Integer::sum));
    }
    int m = canon.size();
    Map<Integer, Prepared> prepared = new HashMap<>();
    Map<String, List<Integer>> postings = new HashMap<>();
    for (Features f : canon) {
      Prepared p = prepare(f, df, edf, m);
      prepared.put(f.index(), p);
      for (String key : blockingKeys(p)) {
        postings.computeIfAbsent(key, k -> new ArrayList<>()).add(f.index());
      }
    }
    // 3. candidate pairs sharing at least two keys, scored
    Map<Long, Integer> shared = new HashMap<>();
    for (List<Integer> p : postings.values()) {
      for (long[] pair : postingPairs(p)) {
        shared.merge((pair[0] << 32) | pair[1], 1, Integer::sum);
      }
    }
    List<double[]> scored = new ArrayList<>();
    for (Map.Entry<Long, Integer> e : shared.entrySet()) {
      if (e.getValue() >= MIN_SHARED_KEYS) {
        double[] s = score(prepared.get((int) (e.getKey() >>> 32)), prepared.get((int) (long) e.getKey()));
        if (s != null) {
          scored.add(s);
        }
      }
    }
    // 4. stories
    int[] story = cluster(root, scored, i -> prepared.get(i).entities());
    Map<Integer, List<Vec>> vecs = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      if (story[i] >= 0) {
        vecs.computeIfAbsent(story[i], k -> new ArrayList<>()).add(prepared.get(i).vec());
      }
    }
    Map<Integer, List<String>> terms = new HashMap<>();
    vecs.forEach((r, vs) -> terms.put(r, topTerms(vs)));
    return groups(story, copies, terms);
  }

  private static List<String> blockingKeys(Vec v, List<String> ents) {
    List<String> keys = new ArrayList<>();
    Integer[] order = new Integer[v.terms().length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(order, Comparator.comparingDouble((Integer k) -> -v.weights()[k]).thenComparing(k -> v.terms()[k]));
    for (int k = 0; k < Math.min(TOP_TERMS, order.length); k++) {
      keys.add("t:" + v.terms()[order[k]]);
    }
    ents.stream().sorted().limit(TOP_TERMS).forEach(e -> keys.add("e:" + e));
    return keys;
  }

  private static Map<String, Integer> termFreq(Doc d) {
    Map<String, Integer> tf = new HashMap<>();
    for (Sentence s : d.sentences()) {
      if (s.boilerplate()) {
        continue;
      }
      for (Token t : d.a().text().tokensOf(s)) {
        String tag = t.tag();
        if (!(tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("VERB") || tag.equals("ADJ"))) {
          continue;
        }
        String l = t.lemma().toLowerCase(Locale.ROOT);
        if (l.length() < 3 || STOP.contains(l) || !Character.isLetter(l.charAt(0))) {
          continue;
        }
        tf.merge(l, 1, Integer::sum);
      }
    }
    return tf;
  }

  /** Canonical entity ids; without entity mentions, the lower-cased proper nouns. */
  private static Set<String> entities(Doc d) {
    Set<String> out = new HashSet<>();
    for (EntityMention m : d.a().entities()) {
      out.add(m.entity());
    }
    if (out.isEmpty()) {
      for (Token t : d.a().text().tokens()) {
        if (t.isProperNoun() && t.text().length() > 2 && !t.text().toUpperCase(Locale.ROOT).equals(t.text())) {
          out.add(t.text().toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  private static long[] minHash(Doc d) {
    List<String> words = new ArrayList<>();
    for (Token t : d.a().text().tokens()) {
      if (Character.isLetterOrDigit(t.text().charAt(0))) {
        words.add(t.text().toLowerCase(Locale.ROOT));
      }
    }
    if (words.size() < SHINGLE) {
      return null;
    }
    long[] sig = new long[HASHES];
    Arrays.fill(sig, Long.MAX_VALUE);
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      long h = 1125899906842597L;
      for (int k = 0; k < SHINGLE; k++) {
        h = 31 * h + words.get(i + k).hashCode();
      }
      for (int s = 0; s < HASHES; s++) {
        long x = mix(h + 0x9E3779B97F4A7C15L * (s + 1));
        if (x < sig[s]) {
          sig[s] = x;
        }
      }
    }
    return sig;
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }

  private static double cosine(Vec a, Vec b) {
    double dot = 0;
    int x = 0;
    int y = 0;
    while (x < a.terms().length && y < b.terms().length) {
      int c = a.terms()[x].compareTo(b.terms()[y]);
      if (c == 0) {
        dot += a.weights()[x++] * b.weights()[y++];
      } else if (c < 0) {
        x++;
      } else {
        y++;
      }
    }
    return dot;
  }

  private static Map<String, Integer> counts(List<String> ents) {
    Map<String, Integer> m = new HashMap<>();
    for (String e : ents) {
      m.put(e, 1);
    }
    return m;
  }

  /** True when one entity is named by at least half the articles of each side. */
  private static boolean shareCore(Map<String, Integer> a, int sizeA, Map<String, Integer> b, int sizeB) {
    for (Map.Entry<String, Integer> e : a.entrySet()) {
      Integer cb = b.get(e.getKey());
      if (cb != null && 2 * e.getValue() >= sizeA && 2 * cb >= sizeB) {
        return true;
      }
    }
    return false;
  }

  private static double jaccard(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int inter = 0;
    Set<String> bs = new HashSet<>(b);
    for (String x : a) {
      if (bs.contains(x)) {
        inter++;
      }
    }
    return (double) inter / (a.size() + b.size() - inter);
  }
}
