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
 * overlap between articles that share at least two blocking keys (top terms, entity ids). Stateless.
 */
final class Stories {
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
  record Group(List<Integer> members, List<double[]> duplicates, List<String> terms) {}

  private static final Set<String> STOP =
      Set.of(
          "the", "and", "for", "that", "with", "this", "from", "have", "has", "had", "was", "were", "are", "is", "be",
          "been", "its", "his", "her", "their", "they", "them", "which", "who", "whom", "will", "would", "could",
          "should", "said", "say", "says", "also", "more", "than", "other", "such", "into", "over", "after", "about",
          "not", "but", "all", "any", "some", "can", "may", "one", "two", "new", "year", "last", "while", "these",
          "those", "there", "what", "when", "where", "how", "being", "make", "take", "use");

  static List<Group> group(List<Doc> docs) {
    int n = docs.size();
    List<Map<String, Integer>> tf = new ArrayList<>(n);
    List<Set<String>> ents = new ArrayList<>(n);
    long[][] sigs = new long[n][];
    for (Doc d : docs) {
      tf.add(termFreq(d));
      ents.add(entities(d));
      sigs[d.index()] = minHash(d);
    }
    // 1. near-duplicates
    UnionFind dup = new UnionFind(n);
    double[] bestSim = new double[n];
    int rows = HASHES / BANDS;
    for (int b = 0; b < BANDS; b++) {
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < n; i++) {
        if (sigs[i] == null) {
          continue;
        }
        long h = 1469598103934665603L;
        for (int r = 0; r < rows; r++) {
          h = (h ^ sigs[i][b * rows + r]) * 1099511628211L;
        }
        buckets.computeIfAbsent(h, k -> new ArrayList<>()).add(i);
      }
      for (List<Integer> bucket : buckets.values()) {
        for (int x = 1; x < bucket.size() && x < 50; x++) {
          int i = bucket.get(0);
          int j = bucket.get(x);
          double sim = similarity(sigs[i], sigs[j]);
          if (sim >= DUPLICATE) {
            dup.union(i, j);
            bestSim[Math.max(i, j)] = Math.max(bestSim[Math.max(i, j)], sim);
          }
        }
      }
    }
    List<Integer> canon = new ArrayList<>();
    List<double[]> copies = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int r = dup.find(i);
      if (r == i) {
        canon.add(i);
      } else {
        copies.add(new double[] {i, r, sigs[i] == null || sigs[r] == null ? 1.0 : similarity(sigs[i], sigs[r])});
      }
    }
    // 2. TF-IDF over canonical articles
    Map<String, Integer> df = new HashMap<>();
    for (int i : canon) {
      for (String t : tf.get(i).keySet()) {
        df.merge(t, 1, Integer::sum);
      }
    }
    int m = canon.size();
    // entities named by many articles ("U.S.", "Reuters") say nothing about which story an article is in
    Map<String, Integer> edf = new HashMap<>();
    for (int i : canon) {
      for (String e : ents.get(i)) {
        edf.merge(e, 1, Integer::sum);
      }
    }
    int maxEntityDf = Math.max(5, m / 50);
    for (int i : canon) {
      Set<String> kept = new HashSet<>();
      for (String e : ents.get(i)) {
        if (edf.get(e) <= maxEntityDf) {
          kept.add(e);
        }
      }
      ents.set(i, kept);
    }
    List<Map<String, Double>> vec = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      vec.add(Map.of());
    }
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i : canon) {
      Map<String, Double> v = new HashMap<>();
      double norm = 0;
      for (Map.Entry<String, Integer> e : tf.get(i).entrySet()) {
        double w = (1 + Math.log(e.getValue())) * (1 + Math.log((m + 1.0) / (df.get(e.getKey()) + 1.0)));
        v.put(e.getKey(), w);
        norm += w * w;
      }
      double nn = Math.sqrt(norm);
      if (nn > 0) {
        v.replaceAll((k, w) -> w / nn);
      }
      vec.set(i, v);
      for (String key : blockingKeys(v, ents.get(i))) {
        postings.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    Map<Long, Integer> shared = new HashMap<>();
    for (List<Integer> p : postings.values()) {
      if (p.size() < 2 || p.size() > MAX_POSTING) {
        continue;
      }
      for (int x = 0; x < p.size(); x++) {
        for (int y = x + 1; y < p.size(); y++) {
          shared.merge(((long) p.get(x) << 32) | p.get(y), 1, Integer::sum);
        }
      }
    }
    UnionFind story = new UnionFind(n);
    List<double[]> scored = new ArrayList<>();
    for (Map.Entry<Long, Integer> e : shared.entrySet()) {
      if (e.getValue() < 2) {
        continue;
      }
      int i = (int) (e.getKey() >>> 32);
      int j = (int) (long) e.getKey();
      double cos = cosine(vec.get(i), vec.get(j));
      double jac = jaccard(ents.get(i), ents.get(j));
      boolean noEntities = ents.get(i).isEmpty() || ents.get(j).isEmpty();
      if ((noEntities && cos >= ALONE) || (cos >= LOW && jac >= MIN_ENTITY_JACCARD)) {
        scored.add(new double[] {cos, i, j});
      }
    }
    // strongest links first; two stories merge only if some entity is named by at least half the
    // articles of each (a core entity), so a chain of pairwise links cannot glue unrelated stories
    scored.sort(Comparator.comparingDouble((double[] x) -> -x[0]).thenComparingDouble(x -> x[1]).thenComparingDouble(x -> x[2]));
    Map<Integer, Map<String, Integer>> core = new HashMap<>();
    int[] size = new int[n];
    Arrays.fill(size, 1);
    for (double[] p : scored) {
      int ri = story.find((int) p[1]);
      int rj = story.find((int) p[2]);
      if (ri == rj) {
        continue;
      }
      Map<String, Integer> ei = core.getOrDefault(ri, counts(ents.get(ri)));
      Map<String, Integer> ej = core.getOrDefault(rj, counts(ents.get(rj)));
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
    Map<Integer, List<Integer>> members = new TreeMap<>();
    for (int i : canon) {
      members.computeIfAbsent(story.find(i), k -> new ArrayList<>()).add(i);
    }
    List<Group> out = new ArrayList<>();
    for (List<Integer> g : members.values()) {
      Set<Integer> in = new HashSet<>(g);
      List<double[]> gd = copies.stream().filter(c -> in.contains((int) c[1])).toList();
      out.add(new Group(g, gd, topTerms(g, vec)));
    }
    out.sort(
        Comparator.comparingInt((Group g) -> -(g.members().size() + g.duplicates().size()))
            .thenComparingInt(g -> g.members().get(0)));
    return out;
  }

  private static List<String> blockingKeys(Map<String, Double> v, Set<String> ents) {
    List<String> keys = new ArrayList<>();
    v.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(TOP_TERMS)
        .forEach(e -> keys.add("t:" + e.getKey()));
    ents.stream().sorted().limit(TOP_TERMS).forEach(e -> keys.add("e:" + e));
    return keys;
  }

  private static List<String> topTerms(List<Integer> g, List<Map<String, Double>> vec) {
    Map<String, Double> sum = new HashMap<>();
    for (int i : g) {
      vec.get(i).forEach((k, w) -> sum.merge(k, w, Double::sum));
    }
    return sum.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(10)
        .map(Map.Entry::getKey)
        .toList();
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

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    if (a.size() > b.size()) {
      return cosine(b, a);
    }
    double dot = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double w = b.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return dot;
  }

  private static Map<String, Integer> counts(Set<String> ents) {
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

  private static double norm(Map<String, Double> v) {
    double s = 0;
    for (double w : v.values()) {
      s += w * w;
    }
    return s == 0 ? 1 : Math.sqrt(s);
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int inter = 0;
    for (String x : a) {
      if (b.contains(x)) {
        inter++;
      }
    }
    return (double) inter / (a.size() + b.size() - inter);
  }
}
