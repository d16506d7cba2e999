package dev.parallax.internal.compare;

import dev.parallax.AnalyzedArticle;
import dev.parallax.compare.Claim;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.Disagreement;
import dev.parallax.compare.Omission;
import dev.parallax.compare.Story;
import dev.parallax.compare.Voice;
import dev.parallax.entity.EntityMention;
import dev.parallax.framing.FramingReport;
import dev.parallax.time.DateMention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Runs a comparison: stories first, then figures, roles, quotes and coverage within each story. Stateless. */
public final class Engine {
  private Engine() {}

  /** Most rows per fact kind and story in the omissions table. */
  static final int MAX_ROWS = 12;

  public static Comparison compare(List<AnalyzedArticle> articles, FramingReport framing) {
    List<Doc> docs = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      docs.add(new Doc(docs.size(), a, a.article().outletOrId()));
    }
    List<Stories.Group> groups = Stories.group(docs);
    List<Story> stories = new ArrayList<>();
    List<Disagreement> disagreements = new ArrayList<>();
    List<Omission> coverage = new ArrayList<>();
    List<Voice> voices = new ArrayList<>();
    int n = 0;
    for (Stories.Group g : groups) {
      String id = "story-" + (++n);
      List<Doc> members = g.members().stream().map(docs::get).toList();
      List<Story.Duplicate> dups = new ArrayList<>();
      for (double[] c : g.duplicates()) {
        dups.add(new Story.Duplicate(docs.get((int) c[0]).id(), docs.get((int) c[1]).id(), Math.round(c[2] * 100) / 100.0));
      }
      stories.add(new Story(id, members.stream().map(Doc::id).toList(), members.stream().map(Doc::outlet).toList(), dups,
          g.terms()));
      if (members.size() < 2) {
        continue;
      }
      Map<String, String> names = entityNames(members);
      List<Figures.Group> figureGroups = Figures.align(Figures.items(members));
      disagreements.addAll(Figures.compare(id, figureGroups));
      disagreements.addAll(Figures.differentScope(id, figureGroups));
      disagreements.addAll(Roles.compare(id, members, names));
      List<Quotes.Item> quoteItems = Quotes.items(members);
      disagreements.addAll(Quotes.compare(id, quoteItems));
      disagreements.addAll(Quotes.about(id, quoteItems, names));
      voices.addAll(Quotes.voices(id, quoteItems));
      coverage.addAll(coverage(id, members, figureGroups, quoteItems, names));
    }
    disagreements.sort(
        Comparator.comparing(Disagreement::verdict)
            .thenComparing(Disagreement::kind)
            .thenComparing(Disagreement::story)
            .thenComparing(d -> d.claims().isEmpty() ? "" : d.claims().get(0).article())
            .thenComparingInt(d -> d.claims().isEmpty() ? 0 : d.claims().get(0).start())
            .thenComparing(Disagreement::about));
    return new Comparison(stories, disagreements, coverage, voices, framing);
  }

  /** Display name per entity id: the most frequent mention text, longest on ties. */
  private static Map<String, String> entityNames(List<Doc> docs) {
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    for (Doc d : docs) {
      for (EntityMention m : d.a().entities()) {
        counts.computeIfAbsent(m.entity(), k -> new TreeMap<>()).merge(m.text(), 1, Integer::sum);
      }
    }
    Map<String, String> out = new HashMap<>();
    counts.forEach((id, c) -> out.put(id, c.entrySet().stream()
        .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getKey().split("\\s+").length >= 2 ? 1 : 0)
            .thenComparingInt(Map.Entry::getValue).thenComparingInt(e -> e.getKey().length()))
        .map(Map.Entry::getKey).orElse(id)));
    return out;
  }

  private static List<Omission> coverage(
      String story, List<Doc> docs, List<Figures.Group> figureGroups, List<Quotes.Item> quotes, Map<String, String> names) {
    List<String> all = docs.stream().map(Doc::outlet).distinct().toList();
    int total = all.size();
    List<Omission> out = new ArrayList<>();
    // figures: groups not reported by everyone; single-outlet figures only when salient
    List<Omission> figs = new ArrayList<>();
    for (Figures.Group g : figureGroups) {
      long k = g.outlets();
      if (k >= total || (k == 1 && !Figures.salientAlone(g))) {
        continue;
      }
      Map<String, Claim> first = new LinkedHashMap<>();
      for (Figures.Item it : g.items()) {
        first.putIfAbsent(it.outlet(), Figures.claim(it));
      }
      Figures.Item rep = g.items().get(0);
      String fact = "'" + rep.f().text() + "'" + (rep.predicate().isEmpty() ? "" : " (" + rep.predicate() + ")");
      figs.add(row(story, Omission.Kind.FIGURE, fact, first, all));
    }
    out.addAll(rank(figs));
    // entities mentioned by at least two outlets but not all
    Map<String, Map<String, Claim>> ents = new TreeMap<>();
    Map<String, Integer> mentions = new HashMap<>();
    for (Doc d : docs) {
      for (EntityMention m : d.a().entities()) {
        if (d.boilerplate(m.sentence())) {
          continue;
        }
        ents.computeIfAbsent(m.entity(), x -> new LinkedHashMap<>())
            .putIfAbsent(d.outlet(), d.claim(m.start(), m.end(), m.sentence(), m.type().toString()));
        mentions.merge(m.entity(), 1, Integer::sum);
      }
    }
    List<Omission> er = new ArrayList<>();
    ents.forEach((id, by) -> {
      if (by.size() >= 2 && by.size() < total) {
        er.add(row(story, Omission.Kind.ENTITY, names.getOrDefault(id, id), by, all));
      }
    });
    out.addAll(rank(er));
    // quoted speakers: quoted somewhere, named (or quoted) in at least two outlets, not quoted by all
    Map<String, Map<String, Claim>> byKey = new TreeMap<>();
    Map<String, String> speakerName = new HashMap<>();
    for (Quotes.Item it : quotes) {
      if (!it.key().isEmpty()) {
        byKey.computeIfAbsent(it.key(), x -> new LinkedHashMap<>()).putIfAbsent(it.doc().outlet(), Quotes.claim(it));
        speakerName.putIfAbsent(it.key(), it.q().speaker());
      }
    }
    List<Omission> qr = new ArrayList<>();
    byKey.forEach((key, by) -> {
      int named = ents.containsKey(key) ? ents.get(key).size() : by.size();
      if (by.size() < total && named >= 2) {
        qr.add(row(story, Omission.Kind.QUOTE, "quotes from " + names.getOrDefault(key, speakerName.get(key)), by, all));
      }
    });
    out.addAll(rank(qr));
    // resolved dates mentioned by at least two outlets but not all
    Map<String, Map<String, Claim>> dates = new TreeMap<>();
    for (Doc d : docs) {
      for (DateMention dm : d.a().dates()) {
        if (dm.type() == DateMention.Type.DATE && !d.boilerplate(dm.sentence()) && !dm.value().startsWith("X")) {
          dates.computeIfAbsent(dm.value(), x -> new LinkedHashMap<>())
              .putIfAbsent(d.outlet(), d.claim(dm.start(), dm.end(), dm.sentence(), dm.value()));
        }
      }
    }
    List<Omission> dr = new ArrayList<>();
    dates.forEach((v, by) -> {
      if (by.size() >= 2 && by.size() < total) {
        dr.add(row(story, Omission.Kind.DATE, v, by, all));
      }
    });
    out.addAll(rank(dr));
    return out;
  }

  private static Omission row(String story, Omission.Kind kind, String fact, Map<String, Claim> by, List<String> all) {
    Set<String> reported = new LinkedHashSet<>(by.keySet());
    List<String> omitted = all.stream().filter(o -> !reported.contains(o)).toList();
    List<Claim> evidence = new ArrayList<>(by.values());
    evidence.sort(Figures.CLAIM_ORDER);
    return new Omission(story, kind, fact, reported.stream().sorted().toList(), omitted, evidence);
  }

  private static List<Omission> rank(List<Omission> rows) {
    return rows.stream()
        .sorted(Comparator.comparingInt((Omission o) -> -o.reportedBy().size())
            .thenComparing(o -> o.evidence().isEmpty() ? "" : o.evidence().get(0).article())
            .thenComparingInt(o -> o.evidence().isEmpty() ? 0 : o.evidence().get(0).start())
            .thenComparing(Omission::fact))
        .limit(MAX_ROWS)
        .toList();
  }
}
