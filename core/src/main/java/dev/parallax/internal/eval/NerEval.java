package dev.parallax.internal.eval;

import dev.parallax.AnalyzedArticle;
import dev.parallax.Parallax;
import dev.parallax.article.Article;
import dev.parallax.entity.EntityMention;
import dev.parallax.entity.EntityType;
import dev.parallax.internal.entity.train.GoldCorpora;
import dev.parallax.internal.entity.train.GoldCorpora.GoldDoc;
import dev.parallax.internal.entity.train.GoldCorpora.GoldSentence;
import dev.parallax.internal.entity.train.GoldCorpora.GoldSpan;
import dev.parallax.text.NlpModels;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;

/**
 * Entity-level exact-match precision, recall and F1 for PERSON, ORGANIZATION and LOCATION on the
 * held-out documents of the shared data (GUM dev+test CC BY documents; every fourth MEANTIME
 * document), for the full recognizer (rules + model, run on the re-assembled text) and for the
 * name-finder model alone (on gold tokens). FACILITY predictions count as LOCATION (both corpora
 * annotate buildings as places); GROUP predictions are ignored.
 *
 * <p>Stateless and thread-safe.
 */
public final class NerEval {
  private NerEval() {}

  /** Counts for one type. Immutable and thread-safe. */
  public record Counts(int tp, int fp, int fn) {
    public double precision() {
      return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public Counts plus(Counts o) {
      return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }
  }

  /** Scores of one system on one test set: per type and overall ("ALL"). Immutable and thread-safe. */
  public record Score(String name, int documents, Map<String, Counts> byType) {
    public Score {
      byType = Map.copyOf(byType);
    }

    public Counts overall() {
      return byType.get("ALL");
    }
  }

  /** All scores. Immutable and thread-safe. */
  public record Result(List<Score> scores) {
    public Result {
      scores = List.copyOf(scores);
    }

    /** The score with this name. */
    public Score score(String name) {
      return scores.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
  }

  static final List<String> TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION");

  /** Evaluates on {@code shared/data}. */
  public static Result evaluate(Path shared, NlpModels models) {
    try {
      Path data = shared.resolve("data");
      Set<String> held = GoldCorpora.gumHeldOut(data.resolve("gum-ccby"));
      List<GoldDoc> gum = GoldCorpora.readGum(data.resolve("gum-ccby")).stream().filter(d -> held.contains(d.id())).toList();
      List<GoldDoc> mt = GoldCorpora.readMeantime(data.resolve("meantime_en")).stream()
          .filter(d -> d.corpus().endsWith("/heldout")).toList();
      Parallax px = Parallax.builder().models(models).figures(false).dates(false).quotes(false).build();
      List<Score> out = new ArrayList<>();
      out.add(system("gum-heldout/recognizer", gum, px, false));
      out.add(system("gum-heldout/news/recognizer", gum.stream().filter(d -> d.id().contains("_news_")).toList(), px, false));
      out.add(model("gum-heldout/model-only", gum, models));
      out.add(system("meantime-heldout/recognizer", mt, px, false));
      out.add(system("meantime-heldout/recognizer/complete-sentences", mt, px, true));
      out.add(system("meantime-heldout/recognizer/corpus", mt, px, false, true));
      out.add(system("gum-heldout/recognizer/corpus", gum, px, false, true));
      out.add(model("meantime-heldout/model-only", mt, models));
      return new Result(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One document's text (a line per gold sentence), gold keys, scored sentence ranges and unscored spans. */
  private record Prepared(GoldDoc doc, String text, Set<String> gold, List<int[]> scoredRanges, List<int[]> unscored) {}

  private static Prepared prepare(GoldDoc d, boolean completeOnly) {
    StringBuilder text = new StringBuilder();
    Set<String> gold = new HashSet<>();
    List<int[]> scoredRanges = new ArrayList<>();
    List<int[]> unscored = new ArrayList<>();
    for (GoldSentence s : d.sentences()) {
      int n = s.tokens().size();
      int[] st = new int[n];
      int[] en = new int[n];
      String line = GoldCorpora.detokenize(s, st, en);
      int base = text.length();
      text.append(line).append('\n');
      boolean scored = completeOnly ? s.complete() : s.annotated();
      if (!scored) {
        continue; // an unannotated sentence cannot judge a prediction
      }
      scoredRanges.add(new int[] {base, base + line.length()});
      for (GoldSpan g : s.names()) {
        gold.add((base + st[g.start()]) + ":" + (base + en[g.end() - 1]) + ":" + g.type());
      }
      for (GoldSpan g : s.unscored()) {
        unscored.add(new int[] {base + st[g.start()], base + en[g.end() - 1]});
      }
    }
    return new Prepared(d, text.toString(), gold, scoredRanges, unscored);
  }

  static Score system(String name, List<GoldDoc> docs, Parallax px, boolean completeOnly) {
    return system(name, docs, px, completeOnly, false);
  }

  /**
   * Scores the recognizer; with {@code corpus}, the documents are analysed as one corpus and the
   * mentions are scored after cross-document resolution, which gives every mention of one canonical
   * entity the type voted over all its mentions.
   */
  static Score system(String name, List<GoldDoc> docs, Parallax px, boolean completeOnly, boolean corpus) {
    List<Prepared> prepared = docs.stream().map(d -> prepare(d, completeOnly)).toList();
    Map<String, AnalyzedArticle> analyzed = new HashMap<>();
    if (corpus) {
      px.analyze(prepared.stream().map(p -> Article.of(p.doc().id(), p.text())).toList()).articles()
          .forEach(a -> analyzed.put(a.id(), a));
    }
    Map<String, int[]> c = new LinkedHashMap<>();
    for (Prepared p : prepared) {
      GoldDoc d = p.doc();
      String text = p.text();
      Set<String> gold = p.gold();
      List<int[]> scoredRanges = p.scoredRanges();
      List<int[]> unscored = p.unscored();
      AnalyzedArticle a = corpus ? analyzed.get(d.id()) : px.analyze(Article.of(d.id(), text));
      Set<String> pred = new HashSet<>();
      for (EntityMention m : a.entities()) {
        EntityType t = m.type() == EntityType.FACILITY ? EntityType.LOCATION : m.type();
        if (t == EntityType.GROUP) {
          continue;
        }
        if (scoredRanges.stream().noneMatch(r -> m.start() >= r[0] && m.end() <= r[1])) {
          continue;
        }
        String key = m.start() + ":" + m.end() + ":" + t.name();
        if (!gold.contains(key) && unscored.stream().anyMatch(r -> m.start() >= r[0] && m.end() <= r[1])) {
          continue; // inside a name of a kind not scored ("Acme" in the product "Acme 700"): neither right nor wrong
        }
        pred.add(key);
      }
      count(c, gold, pred);
      if (Boolean.getBoolean("parallax.eval.verbose")) {
        gold.stream().filter(g -> !pred.contains(g)).forEach(g -> System.err.println(name + " FN " + d.id() + " " + show(text, g)));
        pred.stream().filter(g -> !gold.contains(g)).forEach(g -> System.err.println(name + " FP " + d.id() + " " + show(text, g)));
      }
    }
    return score(name, docs.size(), c);
  }

  private static String show(String t, String key) {
    String[] p = key.split(":");
    int a = Integer.parseInt(p[0]);
    int b = Integer.parseInt(p[1]);
    String left = t.substring(Math.max(0, a - 50), a).replace('\n', ' ');
    String right = t.substring(b, Math.min(t.length(), b + 50)).replace('\n', ' ');
    return p[2] + " [" + t.substring(a, b) + "]\t" + left + "[[" + t.substring(a, b) + "]]" + right;
  }

  static Score model(String name, List<GoldDoc> docs, NlpModels models) {
    Map<String, int[]> c = new LinkedHashMap<>();
    if (models.nameFinderModel().isEmpty()) {
      return score(name, docs.size(), c);
    }
    NameFinderME finder = new NameFinderME(models.nameFinderModel().get());
    for (GoldDoc d : docs) {
      Set<String> gold = new HashSet<>();
      Set<String> pred = new HashSet<>();
      int si = 0;
      for (GoldSentence s : d.sentences()) {
        if (!s.annotated()) {
          si++;
          continue;
        }
        for (GoldSpan g : s.names()) {
          gold.add(si + ":" + g.start() + ":" + g.end() + ":" + g.type());
        }
        for (Span sp : finder.find(s.tokens().toArray(String[]::new))) {
          String key = si + ":" + sp.getStart() + ":" + sp.getEnd() + ":" + sp.getType();
          if (!gold.contains(key) && s.unscored().stream().anyMatch(u -> sp.getStart() >= u.start() && sp.getEnd() <= u.end())) {
            continue;
          }
          pred.add(key);
        }
        si++;
      }
      finder.clearAdaptiveData();
      count(c, gold, pred);
    }
    return score(name, docs.size(), c);
  }

  private static void count(Map<String, int[]> c, Set<String> gold, Set<String> pred) {
    for (String g : gold) {
      int[] x = c.computeIfAbsent(type(g), k -> new int[3]);
      if (pred.contains(g)) {
        x[0]++;
      } else {
        x[2]++;
      }
    }
    for (String p : pred) {
      if (!gold.contains(p)) {
        c.computeIfAbsent(type(p), k -> new int[3])[1]++;
      }
    }
  }

  private static String type(String key) {
    return key.substring(key.lastIndexOf(':') + 1);
  }

  private static Score score(String name, int docs, Map<String, int[]> c) {
    Map<String, Counts> by = new LinkedHashMap<>();
    Counts all = new Counts(0, 0, 0);
    for (String t : TYPES) {
      int[] x = c.getOrDefault(t, new int[3]);
      Counts k = new Counts(x[0], x[1], x[2]);
      by.put(t, k);
      all = all.plus(k);
    }
    by.put("ALL", all);
    return new Score(name, docs, by);
  }

  /** Formats a result as a Markdown table. */
  public static String table(Result r) {
    StringBuilder sb = new StringBuilder("| test set / system | docs | PER F1 | ORG F1 | LOC F1 | overall P | overall R | overall F1 |\n");
    sb.append("|---|---|---|---|---|---|---|---|\n");
    for (Score s : r.scores()) {
      sb.append(String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", s.name(), s.documents(),
          s.byType().get("PERSON").f1(), s.byType().get("ORGANIZATION").f1(), s.byType().get("LOCATION").f1(),
          s.overall().precision(), s.overall().recall(), s.overall().f1()));
    }
    return sb.toString();
  }

  /**
   * Prints the scores as a Markdown table.
   *
   * @param args the shared directory (holding {@code data/})
   */
  public static void main(String[] args) {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    Result r = evaluate(shared, NlpModels.english());
    System.out.print(table(r)); // a command-line tool: the table is its output
  }
}
