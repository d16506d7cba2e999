package dev.parallax.cli;

import dev.parallax.AnalyzedArticle;
import dev.parallax.CorpusAnalysis;
import dev.parallax.entity.Entity;
import dev.parallax.entity.EntityMention;
import dev.parallax.figure.Figure;
import dev.parallax.text.Sentence;
import dev.parallax.time.DateMention;
import java.io.PrintWriter;

/** Plain-text rendering of an analysis. Stateless. */
final class TextReport {
  private TextReport() {}

  static void analysis(CorpusAnalysis analysis, PrintWriter w) {
    for (AnalyzedArticle a : analysis.articles()) {
      long boiler = a.text().sentences().stream().filter(Sentence::boilerplate).count();
      w.printf("== %s%s%n", a.id(), a.article().title().map(t -> "  \"" + t + "\"").orElse(""));
      w.printf(
          "   outlet: %s   published: %s   sentences: %d (%d boilerplate)   tokens: %d%n",
          a.article().outlet().orElse("unknown"),
          a.article().published().map(Object::toString).orElse("unknown"),
          a.text().sentences().size(),
          boiler,
          a.text().tokens().size());
      if (!a.figures().isEmpty()) {
        w.println("   figures:");
        for (Figure f : a.figures()) {
          w.printf(
              "     %-28s %-11s [%s, %s] %s %s%n",
              "\"" + Sanitize.line(f.text()) + "\"",
              f.qualifier(),
              bound(f.lower()),
              bound(f.upper()),
              f.unit().isEmpty() ? "" : f.unit(),
              Sanitize.line(f.counts()));
        }
      }
      if (!a.dates().isEmpty()) {
        w.println("   dates:");
        for (DateMention d : a.dates()) {
          w.printf("     %-28s %-14s %s%n", "\"" + Sanitize.line(d.text()) + "\"", d.value(), d.anchor());
        }
      }
      if (!a.entities().isEmpty()) {
        w.println("   entities:");
        for (EntityMention m : a.entities()) {
          w.printf(
              "     %-28s %-12s %s%s%n",
              "\"" + Sanitize.line(m.text()) + "\"",
              m.type(),
              m.entity(),
              m.role().isEmpty() ? "" : "  (" + Sanitize.line(m.role()) + ")");
        }
      }
      w.println();
    }
    if (!analysis.entities().isEmpty()) {
      w.println("== entities across articles");
      for (Entity e : analysis.entities()) {
        w.printf("   %-40s %-12s %d article(s)  aliases: %s%n", e.id(), e.type(), e.articles().size(), e.aliases());
      }
    }
  }

  private static String bound(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "∞" : "-∞";
    }
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
