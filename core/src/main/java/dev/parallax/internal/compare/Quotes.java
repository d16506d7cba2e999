package dev.parallax.internal.compare;

import dev.parallax.compare.Claim;
import dev.parallax.compare.Disagreement;
import dev.parallax.compare.Disagreement.Kind;
import dev.parallax.compare.Disagreement.Verdict;
import dev.parallax.compare.Voice;
import dev.parallax.quote.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Share of voice per speaker, the same quote worded differently across outlets, and similar words
 * attributed to different speakers. Quote pairs are only compared when they share a content word
 * of five or more letters (blocking). Stateless.
 */
final class Quotes {
  private Quotes() {}

  /** A quote with its speaker key. */
  record Item(Doc doc, Quote q, String key, Set<String> words) {}

  private static final Set<String> STOP =
      Set.of(
          "the", "and", "that", "this", "with", "from", "have", "has", "had", "was", "were", "are", "for", "not",
          "but", "they", "their", "them", "its", "his", "her", "him", "she", "who", "will", "would", "could",
          "should", "been", "being", "there", "these", "those", "into", "about", "than", "then", "what", "which",
          "when", "also", "more", "over", "said", "says", "very", "just", "our", "you", "your", "all", "any");

  static List<Item> items(List<Doc> docs) {
    List<Item> raw = new ArrayList<>();
    Map<String, String> surnameToEntity = new HashMap<>();
    for (Doc d : docs) {
      for (Quote q : d.a().quotes()) {
        if (d.boilerplate(q.sentence())) {
          continue;
        }
        if (!q.speakerEntity().isEmpty() && !surname(q.speaker()).isEmpty()) {
          surnameToEntity.putIfAbsent(surname(q.speaker()), q.speakerEntity());
        }
        raw.add(new Item(d, q, "", words(q.text())));
      }
    }
    List<Item> out = new ArrayList<>();
    for (Item it : raw) {
      Quote q = it.q();
      String key;
      if (!q.speakerEntity().isEmpty()) {
        key = q.speakerEntity();
      } else if (q.speaker().isEmpty()) {
        key = "";
      } else {
        String sn = surname(q.speaker());
        key = sn.isEmpty() ? normal(q.speaker()) : surnameToEntity.getOrDefault(sn, sn);
      }
      out.add(new Item(it.doc(), q, key, it.words()));
    }
    return out;
  }

  /** The last capitalized word of a speaker phrase ("Jane Doe" → "doe"), "" when none. */
  static String surname(String speaker) {
    String[] ws = speaker.strip().split("\\s+");
    String last = ws[ws.length - 1].replaceAll("[’']s$", "");
    if (last.isEmpty() || !Character.isUpperCase(last.charAt(0)) || last.endsWith(".")) {
      return "";
    }
    return last.toLowerCase(Locale.ROOT);
  }

  private static String normal(String speaker) {
    return speaker.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("^(the|a|an) ", "").strip();
  }

  static Set<String> words(String text) {
    Set<String> out = new TreeSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() >= 3 && !STOP.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  static List<Voice> voices(String story, List<Item> items) {
    Map<String, List<Item>> byKey = new TreeMap<>();
    for (Item it : items) {
      if (!it.key().isEmpty()) {
        byKey.computeIfAbsent(it.key(), k -> new ArrayList<>()).add(it);
      }
    }
    List<Voice> out = new ArrayList<>();
    for (Map.Entry<String, List<Item>> e : byKey.entrySet()) {
      List<Item> l = e.getValue();
      Map<String, Integer> names = new TreeMap<>();
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (Item it : l) {
        names.merge(it.q().speaker(), 1, Integer::sum);
        counts.merge(it.doc().outlet(), 1, Integer::sum);
      }
      String name = names.entrySet().stream()
          .max(Comparator.comparingInt((Map.Entry<String, Integer> x) -> x.getValue())
              .thenComparing(x -> -x.getKey().length()))
          .map(Map.Entry::getKey).orElse(e.getKey());
      List<Voice.OutletCount> by = counts.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .map(x -> new Voice.OutletCount(x.getKey(), x.getValue()))
          .toList();
      List<Claim> claims = l.stream().map(Quotes::claim).sorted(Figures.CLAIM_ORDER).toList();
      String entity = l.stream().map(i -> i.q().speakerEntity()).filter(s -> !s.isEmpty()).findFirst().orElse("");
      out.add(new Voice(story, name, entity, l.size(), by, claims));
    }
    out.sort(Comparator.comparingInt((Voice v) -> -v.byOutlet().size()).thenComparingInt(v -> -v.total())
        .thenComparing(Voice::speaker));
    return out;
  }

  static Claim claim(Item it) {
    Quote q = it.q();
    String speaker = q.speaker().isEmpty() ? "unattributed" : q.speaker();
    return it.doc().claim(q.start(), q.end(), q.sentence(), q.kind() + " " + q.cue() + " — " + speaker);
  }

  /** Quote pairs from different outlets with similar words: QUOTE (same speaker) or ATTRIBUTION (different). */
  static List<Disagreement> compare(String story, List<Item> items) {
    Map<String, List<Integer>> index = new TreeMap<>();
    for (int i = 0; i < items.size(); i++) {
      for (String w : items.get(i).words()) {
        if (w.length() >= 5) {
          index.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
        }
      }
    }
    Set<Long> seen = new TreeSet<>();
    UnionFind uf = new UnionFind(items.size());
    for (List<Integer> p : index.values()) {
      if (p.size() > 100) {
        continue;
      }
      for (int x = 0; x < p.size(); x++) {
        for (int y = x + 1; y < p.size(); y++) {
          int a = p.get(x);
          int b = p.get(y);
          if (!seen.add(((long) a << 32) | b)) {
            continue;
          }
          Item ia = items.get(a);
          Item ib = items.get(b);
          if (!ia.doc().outlet().equals(ib.doc().outlet()) && similar(ia.words(), ib.words())) {
            uf.union(a, b);
          }
        }
      }
    }
    Map<Integer, List<Item>> groups = new TreeMap<>();
    for (int i = 0; i < items.size(); i++) {
      groups.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(items.get(i));
    }
    List<Disagreement> out = new ArrayList<>();
    for (List<Item> g : groups.values()) {
      Set<String> outlets = new LinkedHashSet<>();
      Set<String> speakers = new LinkedHashSet<>();
      Map<String, String> speakerNames = new LinkedHashMap<>();
      for (Item it : g) {
        outlets.add(it.doc().outlet());
        if (!it.key().isEmpty()) {
          speakers.add(it.key());
          speakerNames.putIfAbsent(it.key(), it.q().speaker());
        }
      }
      if (outlets.size() < 2 || speakers.isEmpty()) {
        continue;
      }
      List<Claim> claims = g.stream().map(Quotes::claim).sorted(Figures.CLAIM_ORDER).toList();
      String first = "'" + g.get(0).q().text() + "'";
      if (speakers.size() == 1) {
        String who = speakerNames.values().iterator().next();
        Set<String> texts = new LinkedHashSet<>();
        g.forEach(i -> texts.add(i.q().text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").strip()));
        boolean sameWords = texts.size() == 1;
        List<String> versions = new ArrayList<>();
        for (Item it : g) {
          versions.add("'" + it.q().text() + "' (" + it.doc().outlet() + ")");
        }
        String ex = sameWords
            ? String.join(", ", outlets) + " quote " + who + " with the same words."
            : "The same statement by " + who + " is worded differently: " + String.join(" vs ", versions) + ".";
        out.add(new Disagreement(Kind.QUOTE, who + ": " + first, sameWords ? Verdict.AGREE : Verdict.COMPATIBLE, ex,
            story, claims));
      } else {
        List<String> parts = new ArrayList<>();
        for (Item it : g) {
          parts.add(it.doc().outlet() + " attributes '" + it.q().text() + "' to "
              + (it.q().speaker().isEmpty() ? "no one" : it.q().speaker()));
        }
        out.add(new Disagreement(Kind.ATTRIBUTION, first, Verdict.CONFLICT,
            "Similar words are attributed to different speakers: " + String.join("; ", parts) + ".", story, claims));
      }
    }
    return out;
  }

  /** Content-word containment of at least 0.6 and Jaccard of at least 0.3 (or a one- or two-word quote inside the other). */
  static boolean similar(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    int inter = 0;
    for (String w : a) {
      if (b.contains(w)) {
        inter++;
      }
    }
    int min = Math.min(a.size(), b.size());
    double containment = (double) inter / min;
    double jaccard = (double) inter / (a.size() + b.size() - inter);
    return containment >= 0.6 && (jaccard >= 0.3 || (min <= 2 && containment == 1.0));
  }

  /** Most statements listed in one "statements about" group. */
  static final int MAX_ABOUT_CLAIMS = 12;

  /**
   * Who says what about a person: statements from at least two outlets and two sources whose
   * sentence names the person (or refers to them with he/him/his right after a sentence naming
   * them). The person is never their own source here.
   */
  static List<Disagreement> about(String story, List<Item> items, Map<String, String> names) {
    Map<String, List<Item>> bySubject = new TreeMap<>();
    for (Item it : items) {
      if (it.key().isEmpty()) {
        continue;
      }
      for (String subject : subjects(it)) {
        if (!subject.equals(it.key()) && !subject.equals(it.q().speakerEntity())) {
          bySubject.computeIfAbsent(subject, k -> new ArrayList<>()).add(it);
        }
      }
    }
    List<Disagreement> out = new ArrayList<>();
    for (Map.Entry<String, List<Item>> e : bySubject.entrySet()) {
      List<Item> l = e.getValue();
      Map<String, Map<String, String>> sourcesByOutlet = new TreeMap<>();
      Set<String> keys = new TreeSet<>();
      for (Item it : l) {
        sourcesByOutlet.computeIfAbsent(it.doc().outlet(), k -> new LinkedHashMap<>()).putIfAbsent(it.key(), it.q().speaker());
        keys.add(it.key());
      }
      if (sourcesByOutlet.size() < 2 || keys.size() < 2 || l.size() < 3) {
        continue;
      }
      String name = names.getOrDefault(e.getKey(), e.getKey());
      List<String> parts = new ArrayList<>();
      sourcesByOutlet.forEach((o, sp) -> parts.add(o + ": " + String.join(", ", sp.values())));
      List<Claim> claims = l.stream().map(Quotes::claim).sorted(Figures.CLAIM_ORDER).limit(MAX_ABOUT_CLAIMS).toList();
      out.add(new Disagreement(Kind.ATTRIBUTION, "statements about " + name, Verdict.COMPATIBLE,
          "Outlets attribute what is said about " + name + " to different sources: " + String.join("; ", parts) + ".",
          story, claims));
    }
    return out;
  }

  /** Person entities a statement is about: named in its sentence, or just before a he/him/his. */
  private static Set<String> subjects(Item it) {
    Set<String> out = new TreeSet<>();
    int s = it.q().sentence();
    boolean pronoun = false;
    String sentence = " " + it.doc().sentence(s).toLowerCase(Locale.ROOT) + " ";
    for (String p : new String[] {" he ", " him ", " his ", " she ", " her "}) {
      pronoun |= sentence.contains(p);
    }
    dev.parallax.entity.EntityMention lastBefore = null;
    for (dev.parallax.entity.EntityMention m : it.doc().a().entities()) {
      if (m.type() != dev.parallax.entity.EntityType.PERSON) {
        continue;
      }
      if (m.sentence() == s) {
        out.add(m.entity());
      } else if (m.sentence() == s - 1) {
        lastBefore = m;
      }
    }
    if (pronoun && out.isEmpty() && lastBefore != null) {
      out.add(lastBefore.entity());
    }
    return out;
  }

  /** Speakers (keys) quoted per outlet, for coverage. */
  static Map<String, Set<String>> quotedBy(List<Item> items) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (Item it : items) {
      if (!it.key().isEmpty()) {
        out.computeIfAbsent(it.key(), k -> new TreeSet<>()).add(it.doc().outlet());
      }
    }
    return out;
  }
}
