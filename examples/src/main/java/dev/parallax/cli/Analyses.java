package dev.parallax.cli;

import dev.parallax.AnalyzedArticle;
import dev.parallax.CorpusAnalysis;
import dev.parallax.Parallax;
import dev.parallax.article.Corpus;
import dev.parallax.article.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/** Runs the analysis a command needs, with progress and diagnostics on stderr. Stateless. */
final class Analyses {
  private Analyses() {}

  static CorpusAnalysis run(CommonOptions common, String label) {
    Corpus corpus = common.openCorpus();
    Parallax parallax = Parallax.builder().threads(common.threads()).build();
    List<AnalyzedArticle> articles = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    try (Progress progress = new Progress(label)) {
      parallax.analyzeEach(
          corpus,
          a -> {
            articles.add(a);
            progress.step();
          },
          diagnostics::add);
    }
    for (Diagnostic d : diagnostics) {
      System.err.println("parallax: " + Sanitize.line(d.toString()));
    }
    return parallax.resolve(articles, diagnostics);
  }
}
