package dev.parallax.examples;

import dev.parallax.AnalyzedArticle;
import dev.parallax.CorpusAnalysis;
import dev.parallax.Parallax;
import dev.parallax.article.Corpus;
import dev.parallax.figure.Figure;
import java.util.Locale;

/**
 * Lists every figure about a topic across all outlets, with its interval and the sentence it comes
 * from, so each number can be checked in context.
 *
 * <pre>
 * java -cp examples/target/parallax.jar dev.parallax.examples.FiguresAboutATopic deport [bundled|PATH]
 * </pre>
 *
 * <p>Not thread-safe; a program with one {@code main}.
 */
public final class FiguresAboutATopic {
  private FiguresAboutATopic() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: FiguresAboutATopic TOPIC [bundled|CORPUS-PATH]");
      System.exit(2);
    }
    String topic = args[0].toLowerCase(Locale.ROOT);
    String corpus = args.length > 1 ? args[1] : "bundled";

    // 1. Analyse the corpus. The builder loads the English models once; the analyzer is thread-safe.
    CorpusAnalysis analysis = Parallax.builder().build().analyze(Corpus.open(corpus));

    // 2. Walk every figure of every article and keep those whose counted thing, verb or sentence
    //    mentions the topic. Each figure carries its exact text, interval and character offsets.
    int found = 0;
    for (AnalyzedArticle article : analysis.articles()) {
      for (Figure f : article.figures()) {
        String sentence = sentenceOf(article, f).toLowerCase(Locale.ROOT);
        boolean about =
            f.counts().toLowerCase(Locale.ROOT).contains(topic)
                || f.predicate().contains(topic)
                || sentence.contains(topic);
        if (!about) {
          continue;
        }
        found++;
        // 3. Print outlet, the figure as written, its interval (open ends are infinite) and context.
        System.out.printf(
            "%-24s %-28s %-22s %s%n      \u2026 %s%n",
            article.article().outletOrId(),
            "\"" + f.text() + "\"",
            interval(f),
            f.counts(),
            sentenceOf(article, f).strip().replaceAll("\\s+", " "));
      }
    }
    System.out.printf("%d figure(s) about \"%s\" in %d article(s)%n", found, topic, analysis.articles().size());
  }

  /** The sentence a figure sits in, from the article's sentence spans. */
  static String sentenceOf(AnalyzedArticle article, Figure f) {
    if (f.sentence() >= 0 && f.sentence() < article.text().sentences().size()) {
      return article.text().textOf(article.text().sentences().get(f.sentence()));
    }
    return f.text();
  }

  /** "[238, 238]", "(200, ∞)" and so on. */
  static String interval(Figure f) {
    return (f.lowerInclusive() ? "[" : "(") + number(f.lower()) + ", " + number(f.upper()) + (f.upperInclusive() ? "]" : ")");
  }

  private static String number(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "\u221E" : "-\u221E";
    }
    return v == Math.rint(v) ? String.format(Locale.ROOT, "%,d", (long) v) : String.valueOf(v);
  }
}
