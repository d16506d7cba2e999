package dev.parallax.report.internal;

import dev.parallax.AnalyzedArticle;
import dev.parallax.CorpusAnalysis;
import dev.parallax.entity.Entity;
import dev.parallax.entity.EntityMention;
import dev.parallax.figure.Figure;
import dev.parallax.quote.Quote;
import dev.parallax.report.ClaimSpan;
import dev.parallax.report.ClaimGroup;
import dev.parallax.report.Shares;
import dev.parallax.report.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Report sections derived from a {@link CorpusAnalysis} alone, for when no comparison or framing
 * result is given. Stateless and thread-safe.
 */
public final class Derive {
  private Derive() {}

  /** The label of an article's column: its outlet, or its id when the outlet is unknown. */
  public static String outlet(AnalyzedArticle a) {
    return a.article().outletOrId();
  }

  /** Key that groups comparable figures: what is counted, in which unit. */
  public static String figureTopic(Figure f) {
    String what = !f.countsLemma().isEmpty() ? f.countsLemma() : f.counts().toLowerCase(Locale.ROOT).strip();
    if (what.isEmpty()) {
      return "";
    }
    return what + (f.unit().isEmpty() ? "" : " (" + f.unit() + ")");
  }

  /**
   * Provisional figure alignment: figures with the same counted thing and unit in two or more
   * articles form a group, a CONFLICT when their intervals do not all overlap.
   */
  public static List<ClaimGroup> figureGroups(CorpusAnalysis analysis) {
    Map<String, List<Figure>> byTopic = new LinkedHashMap<>();
    Map<String, AnalyzedArticle> byId = new HashMap<>();
    for (AnalyzedArticle a : analysis.articles()) {
      byId.put(a.id(), a);
      for (Figure f : a.figures()) {
        String topic = figureTopic(f);
        if (!topic.isEmpty() && !f.isComposite()) {
          byTopic.computeIfAbsent(topic, k -> new ArrayList<>()).add(f);
        }
      }
      for (Figure f : a.figures()) {
        if (f.isComposite() && !figureTopic(f).isEmpty()) {
          byTopic.computeIfAbsent(figureTopic(f), k -> new ArrayList<>()).add(f);
        }
      }
    }
    List<ClaimGroup> out = new ArrayList<>();
    for (Map.Entry<String, List<Figure>> topic : byTopic.entrySet()) {
      for (List<Figure> figs : byMagnitude(topic.getValue())) {
        group(topic.getKey(), figs).ifPresent(out::add);
      }
    }
    out.sort(Comparator.comparingInt((ClaimGroup g) -> rank(g.verdict())).thenComparing(g -> -g.claims().size()));
    return out;
  }

  /**
   * Splits figures about one thing into clusters of similar size (sorted by value, a new cluster
   * where a value is more than three times the previous): "10 people" and "84,000 people" are
   * about different things, "over 200" and "238" are not.
   */
  static List<List<Figure>> byMagnitude(List<Figure> figures) {
    List<Figure> sorted = new ArrayList<>(figures);
    sorted.sort(Comparator.comparingDouble(Figure::value));
    List<List<Figure>> out = new ArrayList<>();
    List<Figure> cur = new ArrayList<>();
    double prev = Double.NaN;
    for (Figure f : sorted) {
      double v = Math.abs(f.value());
      if (!cur.isEmpty() && v > 3 * Math.max(prev, 1e-9)) {
        out.add(cur);
        cur = new ArrayList<>();
      }
      cur.add(f);
      prev = v;
    }
    if (!cur.isEmpty()) {
      out.add(cur);
    }
    return out;
  }

  private static java.util.Optional<ClaimGroup> group(String topic, List<Figure> figs) {
    {
      Set<String> articles = new LinkedHashSet<>();
      figs.forEach(f -> articles.add(f.article()));
      if (articles.size() < 2) {
        return java.util.Optional.empty();
      }
      double maxLower = figs.stream().mapToDouble(Figure::lower).max().orElse(0);
      double minUpper = figs.stream().mapToDouble(Figure::upper).min().orElse(0);
      boolean overlap = maxLower <= minUpper;
      boolean same = figs.stream().allMatch(f -> f.lower() == figs.get(0).lower() && f.upper() == figs.get(0).upper());
      String verdict = same ? "AGREE" : overlap ? "COMPATIBLE" : "CONFLICT";
      String explanation =
          articles.size()
              + " articles give figures about \u201C"
              + topic
              + "\u201D; "
              + (same ? "they state the same interval." : overlap ? "their intervals overlap." : "their intervals do not overlap.");
      List<ClaimSpan> claims = new ArrayList<>();
      figs.stream()
          .sorted(Comparator.comparing(Figure::article).thenComparingInt(Figure::start))
          .forEach(f -> claims.add(new ClaimSpan(f.article(), f.start(), f.end(), f.text(), Fmt.interval(f) + unitSuffix(f))));
      return java.util.Optional.of(new ClaimGroup("FIGURE", verdict, explanation, claims));
    }
  }

  private static String unitSuffix(Figure f) {
    String what = f.unit().isEmpty() ? f.counts() : f.unit();
    return what.isEmpty() ? "" : " " + what;
  }

  private static int rank(String verdict) {
    return switch (verdict) {
      case "CONFLICT" -> 0;
      case "DIFFERENT_SCOPE" -> 1;
      case "COMPATIBLE" -> 2;
      default -> 3;
    };
  }

  /** Share of voice: quoted words per speaker per outlet, top speakers overall and "other". */
  public static Shares shareOfVoice(CorpusAnalysis analysis, int topSpeakers) {
    Map<String, Double> overall = new HashMap<>();
    Map<String, Map<String, Double>> perArticle = new LinkedHashMap<>();
    for (AnalyzedArticle a : analysis.articles()) {
      Map<String, Double> m = new HashMap<>();
      for (Quote q : a.quotes()) {
        String who = speaker(analysis, q);
        double words = q.text().isBlank() ? 0 : q.text().strip().split("\\s+").length;
        m.merge(who, words, Double::sum);
        overall.merge(who, words, Double::sum);
      }
      perArticle.put(outlet(a), m);
    }
    return topShares("Share of voice", "quoted words", overall, perArticle, topSpeakers);
  }

  /**
   * A shares chart of the {@code top} keys by overall total, one row per outlet, the rest summed as
   * "other speakers".
   */
  static <N extends Number> Shares topShares(
      String title, String unit, Map<String, N> overall, Map<String, Map<String, Double>> perOutlet, int top) {
    List<String> keys =
        overall.entrySet().stream()
            .sorted(
                java.util.Comparator.<Map.Entry<String, N>>comparingDouble(e -> -e.getValue().doubleValue())
                    .thenComparing(Map.Entry::getKey))
            .limit(top)
            .map(Map.Entry::getKey)
            .toList();
    List<Shares.Row> rows = new ArrayList<>();
    for (Map.Entry<String, Map<String, Double>> e : perOutlet.entrySet()) {
      Map<String, Double> values = new LinkedHashMap<>();
      for (String k : keys) {
        values.put(k, e.getValue().getOrDefault(k, 0.0));
      }
      double other =
          e.getValue().entrySet().stream().filter(x -> !keys.contains(x.getKey())).mapToDouble(Map.Entry::getValue).sum();
      if (other > 0) {
        values.put("other speakers", other);
      }
      rows.add(new Shares.Row(e.getKey(), values));
    }
    return new Shares(title, unit, rows);
  }

  private static String speaker(CorpusAnalysis analysis, Quote q) {
    if (!q.speakerEntity().isEmpty()) {
      return analysis.entity(q.speakerEntity()).map(Entity::name).orElse(q.speakerEntity());
    }
    return q.speaker().isEmpty() ? "(unattributed)" : q.speaker();
  }

  /**
   * How each outlet names each entity mentioned by two or more articles: the surface forms and
   * roles used, per outlet.
   */
  public static Table labels(CorpusAnalysis analysis, int maxEntities) {
    List<AnalyzedArticle> arts = analysis.articles();
    List<String> header = new ArrayList<>();
    header.add("entity");
    arts.forEach(a -> header.add(outlet(a)));
    List<Entity> shared =
        analysis.entities().stream()
            .filter(e -> e.articles().size() >= 2)
            .sorted(Comparator.comparingInt((Entity e) -> -e.articles().size()).thenComparing(Entity::id))
            .limit(maxEntities)
            .toList();
    List<List<String>> rows = new ArrayList<>();
    for (Entity e : shared) {
      List<String> row = new ArrayList<>();
      row.add(e.name() + " (" + e.type().name().toLowerCase(Locale.ROOT) + ")");
      for (AnalyzedArticle a : arts) {
        Map<String, Integer> forms = new LinkedHashMap<>();
        for (EntityMention m : a.entities()) {
          if (m.entity().equals(e.id())) {
            String form = m.role().isEmpty() ? m.text() : m.text() + " [" + m.role() + "]";
            forms.merge(form, 1, Integer::sum);
          }
        }
        StringBuilder cell = new StringBuilder();
        forms.forEach((f, n) -> cell.append(cell.length() == 0 ? "" : "; ").append(f).append(n > 1 ? " \u00D7" + n : ""));
        row.add(cell.length() == 0 ? "\u2014" : cell.toString());
      }
      rows.add(row);
    }
    return new Table("How each outlet names the people and organisations it shares with others", header, rows);
  }
}
