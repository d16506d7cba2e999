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
    List<StoryPart> parts = new ArrayList<>();
    int n = 0;
    for (Stories.Group g : groups) {
      Story story = story(++n, g, i -> docs.get(i).id(), i -> docs.get(i).outlet());
      stories.add(story);
      if (g.members().size() >= 2) {
        parts.add(storyPart(story.id(), g.members(), g.members().stream().map(i -> docs.get(i).a()).toList()));
      }
    }
    return assemble(stories, parts, framing);
  }

  /**
   * What one story contributes to a comparison. Immutable and thread-safe.
   *
   * @param disagreements typed disagreements between the story's outlets
   * @param coverage facts some outlets report and others omit
   * @param voices who is quoted by which outlet
   */
  public record StoryPart(List<Disagreement> disagreements, List<Omission> coverage, List<Voice> voices) {
    public StoryPart {
      disagreements = List.copyOf(disagreements);
      coverage = List.copyOf(coverage);
      voices = List.copyOf(voices);
    }
  }

  /** The {@code number}-th story ("story-N") of a group, with article ids and outlets looked up by corpus index. */
  public static Story story(int number, Stories.Group g, java.util.function.IntFunction<String> id,
      java.util.function.IntFunction<String> outlet) {
    List<Story.Duplicate> dups = new ArrayList<>();
    for (double[] c : g.duplicates()) {
      dups.add(new Story.Duplicate(id.apply((int) c[0]), id.apply((int) c[1]), Math.round(c[2] * 100) / 100.0));
    }
    return new Story("story-" + number, g.members().stream().map(id::apply).toList(),
        g.members().stream().map(outlet::apply).toList(), dups, g.terms());
  }

  /**
   * Compares the articles of one story (two or more): figures, roles, quotes and coverage.
   *
   * @param indexes the members' positions in the corpus, ascending
   * @param members the members' analyses, in the same order
   */
  public static StoryPart storyPart(String id, List<Integer> indexes, List<AnalyzedArticle> members) {
    List<Doc> docs = new ArrayList<>();
    for (int k = 0; k < members.size(); k++) {
      AnalyzedArticle a = members.get(k);
      docs.add(new Doc(indexes.get(k), a, a.article().outletOrId()));
    }
    List<Disagreement> disagreements = new ArrayList<>();
    Map<String, String> names = entityNames(docs);
    List<Figures.Group> figureGroups = Figures.align(Figures.items(docs));
    disagreements.addAll(Figures.compare(id, figureGroups));
    disagreements.addAll(Figures.differentScope(id, figureGroups));
    disagreements.addAll(Roles.compare(id, docs, names));
    List<Quotes.Item> quoteItems = Quotes.items(docs);
    disagreements.addAll(Quotes.compare(id, quoteItems));
    disagreements.addAll(Quotes.about(id, quoteItems, names));
    List<Voice> voices = Quotes.voices(id, quoteItems);
    List<Omission> coverage = coverage(id, docs, figureGroups, quoteItems, names);
    return new StoryPart(disagreements, coverage, voices);
  }

  /** Puts stories and their parts (in story order) together; disagreements are sorted by verdict, kind, story and position. */
  public static Comparison assemble(List<Story> stories, List<StoryPart> parts, FramingReport framing) {
    List<Disagreement> disagreements = new ArrayList<>();
    List<Omission> coverage = new ArrayList<>();
    List<Voice> voices = new ArrayList<>();
    for (StoryPart p : parts) {
      disagreements.addAll(p.disagreements());
      coverage.addAll(p.coverage());
      voices.addAll(p.voices());
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
