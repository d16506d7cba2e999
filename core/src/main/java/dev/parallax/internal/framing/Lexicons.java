package dev.parallax.internal.framing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The framing lexicons under {@code dev/parallax/lexicon/}: stance markers, loaded language, policy-frame
 * cues, referent classes and AFINN-165. Parsed from the classpath; small (about 60 KB).
 *
 * <p>Immutable and thread-safe once built.
 */
public final class Lexicons {

  static final String BASE = "dev/parallax/lexicon/";

  /** One lexicon term: its category, its words and the valence used for tone. */
  record Entry(String category, List<String> words, int valence) {}

  /** A term found in a sentence: words [start, end) of the sentence's word list. */
  record Match(Entry entry, int start, int end) {}

  /** A head rule: the head lemma and, when not empty, the modifiers of which one must be present. */
  record HeadRule(String head, Set<String> needs) {}

  /** A referent class from referents.tsv. */
  record RefClass(
      String id,
      String kind,
      String name,
      List<HeadRule> heads,
      List<List<String>> predicates,
      List<List<String>> verbs,
      boolean reassignable,
      String pp) {}

  /** A lexicon of (possibly multi-word) terms, matched longest first on word or lemma. */
  static final class Terms {
    private final Map<String, List<Entry>> byFirst = new HashMap<>();
    private final List<Entry> all = new ArrayList<>();

    void add(Entry e) {
      all.add(e);
      byFirst.computeIfAbsent(e.words().get(0), k -> new ArrayList<>()).add(e);
    }

    List<Entry> entries() {
      return all;
    }

    /**
     * The longest term starting at word {@code i} whose words all pass {@code ok}; among equally long
     * terms, one matched on surface forms wins over one matched on lemmas, then file order.
     */
    Match longest(List<Word> ws, int i, java.util.function.BiPredicate<Entry, Word> ok) {
      Word w = ws.get(i);
      List<Entry> cands = new ArrayList<>();
      List<Entry> a = byFirst.get(w.lower());
      if (a != null) {
        cands.addAll(a);
      }
      List<Entry> b = byFirst.get(w.lemma());
      if (b != null && !w.lemma().equals(w.lower())) {
        cands.addAll(b);
      }
      Match best = null;
      int bestScore = -1;
      for (Entry e : cands) {
        int n = e.words().size();
        if (i + n > ws.size()) {
          continue;
        }
        boolean surface = true;
        boolean match = true;
        for (int k = 0; k < n; k++) {
          Word x = ws.get(i + k);
          String t = e.words().get(k);
          if (!ok.test(e, x)) {
            match = false;
            break;
          }
          if (x.lower().equals(t)) {
            continue;
          }
          if (x.lemma().equals(t)) {
            surface = false;
            continue;
          }
          match = false;
          break;
        }
        if (!match) {
          continue;
        }
        int score = n * 2 + (surface ? 1 : 0);
        if (score > bestScore) {
          bestScore = score;
          best = new Match(e, i, i + n);
        }
      }
      return best;
    }
  }

  final Terms stance = new Terms();
  final Terms loaded = new Terms();
  final Terms frames = new Terms();
  final Map<String, Integer> afinn = new HashMap<>();
  final List<RefClass> classes = new ArrayList<>();
  final Set<String> generic = new LinkedHashSet<>();
  final Set<String> titles = new LinkedHashSet<>();
  final Set<String> quantity = new LinkedHashSet<>();
  final Set<String> dropmod = new LinkedHashSet<>();
  final Set<String> relational = new LinkedHashSet<>();
  final List<List<String>> related = new ArrayList<>();

  private Lexicons() {}

  /** Loads every lexicon from the classpath. */
  public static Lexicons load() {
    Lexicons lx = new Lexicons();
    for (String[] f : read("stance.tsv")) {
      lx.stance.add(new Entry(f[0], words(f[1]), 0));
    }
    for (String[] f : read("loaded.tsv")) {
      int valence =
          f.length > 2
              ? Integer.parseInt(f[2].strip())
              : switch (f[0]) {
                case "EVALUATIVE_POSITIVE" -> 1;
                case "INTENSIFIER" -> 0;
                default -> -1;
              };
      lx.loaded.add(new Entry(f[0], words(f[1]), valence));
    }
    for (String[] f : read("frames.tsv")) {
      lx.frames.add(new Entry(f[0], words(f[1]), 0));
    }
    for (String[] f : read("afinn-165.tsv")) {
      lx.afinn.put(f[0], Integer.parseInt(f[1].strip()));
    }
    Map<String, Map<String, String>> cls = new LinkedHashMap<>();
    for (String[] f : read("referents.tsv")) {
      if (f[0].startsWith("@")) {
        List<String> vals = list(f[1]);
        switch (f[0]) {
          case "@generic" -> lx.generic.addAll(vals);
          case "@title" -> lx.titles.addAll(vals);
          case "@quantity" -> lx.quantity.addAll(vals);
          case "@dropmod" -> lx.dropmod.addAll(vals);
          case "@relational" -> lx.relational.addAll(vals);
          case "@related" -> vals.forEach(v -> lx.related.add(words(v)));
          default -> throw new IllegalStateException("unknown list in referents.tsv: " + f[0]);
        }
        continue;
      }
      cls.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], f.length > 2 ? f[2] : "");
    }
    for (Map.Entry<String, Map<String, String>> c : cls.entrySet()) {
      Map<String, String> m = c.getValue();
      List<HeadRule> heads = new ArrayList<>();
      for (String h : list(m.getOrDefault("head", ""))) {
        int colon = h.indexOf(':');
        if (colon < 0) {
          heads.add(new HeadRule(h, Set.of()));
        } else {
          heads.add(new HeadRule(h.substring(0, colon), Set.copyOf(Arrays.asList(h.substring(colon + 1).split("\\|")))));
        }
      }
      List<List<String>> preds = new ArrayList<>();
      list(m.getOrDefault("predicate", "")).forEach(p -> preds.add(words(p)));
      List<List<String>> verbs = new ArrayList<>();
      list(m.getOrDefault("verb", "")).forEach(p -> verbs.add(words(p)));
      lx.classes.add(
          new RefClass(
              c.getKey(),
              m.getOrDefault("kind", "PEOPLE"),
              m.getOrDefault("name", c.getKey()),
              heads,
              preds,
              verbs,
              Boolean.parseBoolean(m.getOrDefault("reassignable", "false")),
              m.getOrDefault("pp", "")));
    }
    return lx;
  }

  private static List<String> words(String s) {
    return List.of(s.strip().toLowerCase(Locale.ROOT).split(" +"));
  }

  private static List<String> list(String s) {
    List<String> out = new ArrayList<>();
    for (String p : s.split(",")) {
      String t = p.strip().toLowerCase(Locale.ROOT);
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static List<String[]> read(String name) {
    InputStream in = Lexicons.class.getClassLoader().getResourceAsStream(BASE + name);
    if (in == null) {
      throw new IllegalStateException("lexicon missing from the classpath: " + BASE + name);
    }
    List<String[]> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length < 2) {
          throw new IllegalStateException("bad lexicon line in " + name + ": " + line);
        }
        out.add(f);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read lexicon " + name, e);
    }
    return out;
  }
}
