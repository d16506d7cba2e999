package dev.parallax.examples;

import dev.parallax.AnalyzedArticle;
import dev.parallax.CorpusAnalysis;
import dev.parallax.Parallax;
import dev.parallax.article.Corpus;
import dev.parallax.figure.Figure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares how the outlets of a corpus report the same numbers: for each thing counted by two or
 * more articles, every outlet's figure side by side, and whether their intervals can all be true at
 * once.
 *
 * <pre>
 * java -cp examples/target/parallax.jar dev.parallax.examples.CompareBundledStories [bundled|PATH]
 * </pre>
 *
 * <p>Not thread-safe; a program with one {@code main}.
 */
public final class CompareBundledStories {
  private CompareBundledStories() {}

  public static void main(String[] args) {
    CorpusAnalysis analysis = Parallax.builder().build().analyze(Corpus.open(args.length > 0 ? args[0] : "bundled"));

    // 1. Group figures by what they count (the head lemma: "immigrant", "gang member") and unit.
    Map<String, List<Figure>> byThing = new TreeMap<>();
    Map<String, String> outletOf = new TreeMap<>();
    for (AnalyzedArticle a : analysis.articles()) {
      outletOf.put(a.id(), a.article().outletOrId());
      for (Figure f : a.figures()) {
        if (!f.countsLemma().isEmpty()) {
          byThing.computeIfAbsent(f.countsLemma() + (f.unit().isEmpty() ? "" : " " + f.unit()), k -> new ArrayList<>()).add(f);
        }
      }
    }

    // 2. For each thing counted in two or more articles, print the figures side by side. Figures are
    //    intervals, so "more than 200" (200, ∞) and "238" [238, 238] are compatible; "150" is not.
    int compared = 0;
    for (Map.Entry<String, List<Figure>> e : byThing.entrySet()) {
      List<Figure> figures = e.getValue();
      long articles = figures.stream().map(Figure::article).distinct().count();
      if (articles < 2) {
        continue;
      }
      compared++;
      double highestLower = figures.stream().mapToDouble(Figure::lower).max().orElseThrow();
      double lowestUpper = figures.stream().mapToDouble(Figure::upper).min().orElseThrow();
      String verdict = highestLower <= lowestUpper ? "compatible" : "CONFLICT";
      System.out.printf("== %s: %d figures in %d articles: %s%n", e.getKey(), figures.size(), articles, verdict);
      for (Figure f : figures) {
        System.out.printf(
            "   %-24s %-30s %-22s [%d..%d]%n",
            outletOf.get(f.article()),
            "\"" + f.text() + "\"",
            FiguresAboutATopic.interval(f),
            f.start(),
            f.end());
      }
    }
    System.out.printf("%d thing(s) counted by two or more of %d articles%n", compared, analysis.articles().size());
  }
}
