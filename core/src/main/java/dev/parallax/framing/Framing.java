package dev.parallax.framing;

import dev.parallax.AnalyzedArticle;
import dev.parallax.CorpusAnalysis;
import dev.parallax.internal.framing.FramingAnalyzer;
import java.util.List;
import java.util.Objects;

/**
 * The front door to framing analysis: how outlets frame the same story, side by side, with evidence.
 *
 * <pre>{@code
 * CorpusAnalysis analysis = Parallax.builder().build().analyze(Corpus.bundled());
 * FramingReport report = Framing.of(analysis);
 * System.out.println(report.toText());
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Framing {

  private Framing() {}

  /**
   * Analyses framing across analysed articles; articles from the same outlet are pooled, and an article
   * with no known outlet is its own outlet, labelled with its id.
   */
  public static FramingReport of(List<AnalyzedArticle> articles) {
    Objects.requireNonNull(articles, "articles");
    return FramingAnalyzer.analyze(List.copyOf(articles), List.of());
  }

  /** Analyses framing across a corpus analysis, naming entity referents by their canonical entities. */
  public static FramingReport of(CorpusAnalysis analysis) {
    Objects.requireNonNull(analysis, "analysis");
    return FramingAnalyzer.analyze(analysis.articles(), analysis.entities());
  }
}
