package dev.parallax.compare;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.parallax.AnalyzedArticle;
import dev.parallax.CorpusAnalysis;
import dev.parallax.framing.Framing;
import dev.parallax.framing.FramingReport;
import dev.parallax.internal.compare.Engine;
import dev.parallax.internal.compare.Reports;
import java.util.List;
import java.util.Objects;

/**
 * The front door of comparison: {@code Comparison.of(analysis)} groups articles into stories,
 * aligns the claims different outlets make about the same thing (figures, time anchors, roles,
 * quotes) and reports verdicts, omissions and share of voice, each with its evidence.
 *
 * <pre>{@code
 * Comparison c = Comparison.of(Parallax.builder().build().analyze(Corpus.bundled()));
 * c.disagreements().forEach(d -> System.out.println(d.verdict() + " " + d.about()));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param stories article groups, largest first
 * @param disagreements aligned claim groups, conflicts first (agreements are listed too)
 * @param coverage the omissions table: facts some outlets of a story report and others do not
 * @param quotes share of voice: who is quoted in which outlet, and what
 * @param framing how each outlet frames the articles ({@link Framing#of(CorpusAnalysis)})
 */
@JsonPropertyOrder({"stories", "disagreements", "coverage", "quotes", "framing"})
public record Comparison(
    List<Story> stories,
    List<Disagreement> disagreements,
    List<Omission> coverage,
    List<Voice> quotes,
    FramingReport framing) {

  public Comparison {
    stories = List.copyOf(stories);
    disagreements = List.copyOf(disagreements);
    coverage = List.copyOf(coverage);
    quotes = List.copyOf(quotes);
    Objects.requireNonNull(framing, "framing");
  }

  /** Compares analysed articles (entity ids should be resolved across them, as {@code Parallax.analyze(corpus)} does). */
  public static Comparison of(List<AnalyzedArticle> articles) {
    Objects.requireNonNull(articles, "articles");
    return Engine.compare(articles, Framing.of(articles));
  }

  /** Compares the articles of a corpus analysis. */
  public static Comparison of(CorpusAnalysis analysis) {
    Objects.requireNonNull(analysis, "analysis");
    return Engine.compare(analysis.articles(), Framing.of(analysis));
  }

  /** The disagreements of one kind, in report order. */
  public List<Disagreement> disagreements(Disagreement.Kind kind) {
    return disagreements.stream().filter(d -> d.kind() == kind).toList();
  }

  /** The JSON contract of {@code docs/json.md} ({@code ## compare}), pretty-printed. */
  public String toJson() {
    return Reports.json(this);
  }

  /** A readable plain-text report. */
  public String toText() {
    return Reports.text(this);
  }

  /** A Markdown report; untrusted text is escaped so it cannot break tables or make links. */
  public String toMarkdown() {
    return Reports.markdown(this);
  }
}
