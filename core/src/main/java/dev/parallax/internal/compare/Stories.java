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
  /** TF-IDF cosine above which two articles are about the same story. */
  static final double SAME_STORY = 0.2;
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
    List<Map<String, Double>> vec = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      vec.add(Map.of());
    }
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i : canon) {
      Map<String, Double> v = new HashMap<>();
      double norm = 0;
      for (Map.Entry<String, Integer> e : tf.get(i).entrySet()) {
        double w = (1 + Math.log(e.getValue())) * Math.log(1 + (double) m / df.get(e.getKey()));
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
    List<Long> pairs = new ArrayList<>(shared.keySet());
    pairs.sort(null);
    for (long key : pairs) {
      if (shared.get(key) < 2) {
        continue;
      }
      int i = (int) (key >>> 32);
      int j = (int) key;
      double cos = cosine(vec.get(i), vec.get(j));
      double jac = jaccard(ents.get(i), ents.get(j));
      if (cos >= SAME_STORY || (jac >= 0.3 && cos >= SAME_STORY / 2)) {
        story.union(i, j);
      }
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
        if (t.isProperNoun() && t.text().length() > 2) {
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
