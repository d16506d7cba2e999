package dev.parallax.internal;

import dev.parallax.AnalyzedArticle;
import dev.parallax.article.Article;
import dev.parallax.article.Diagnostic;
import dev.parallax.entity.EntityMention;
import dev.parallax.figure.Figure;
import dev.parallax.internal.entity.EntityRecognizer;
import dev.parallax.internal.figure.FigureExtractor;
import dev.parallax.internal.nlp.TextPipeline;
import dev.parallax.internal.quote.QuoteExtractor;
import dev.parallax.internal.time.DateExtractor;
import dev.parallax.quote.Quote;
import dev.parallax.text.AnnotatedText;
import dev.parallax.text.NlpModels;
import dev.parallax.time.DateMention;
import java.util.ArrayList;
import java.util.List;

/**
 * One thread's set of taggers and extractors, built from shared models.
 *
 * <p>Not thread-safe; use one per thread.
 */
public final class Worker {

  /** Which stages run. */
  public record Stages(boolean entities, boolean figures, boolean dates, boolean quotes) {
    public static final Stages ALL = new Stages(true, true, true, true);
  }

  private final TextPipeline pipeline;
  private final EntityRecognizer entities;
  private final FigureExtractor figures = new FigureExtractor();
  private final DateExtractor dates = new DateExtractor();
  private final QuoteExtractor quotes = new QuoteExtractor();
  private final Stages stages;
  private final long[] nanos = new long[Stage.values().length];
  private long articles;
  private long tokens;

  /** The timed stages, in pipeline order. */
  public enum Stage {
    TEXT,
    ENTITIES,
    FIGURES,
    DATES,
    QUOTES
  }

  public Worker(NlpModels models, Stages stages) {
    this.pipeline = new TextPipeline(models);
    this.entities = stages.entities() ? new EntityRecognizer(models) : null;
    this.stages = stages;
  }

  /** Annotates one article; never throws on messy text (problems become diagnostics). */
  public AnalyzedArticle analyze(Article article) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    long t0 = System.nanoTime();
    AnnotatedText text = pipeline.annotate(article.text());
    long t1 = System.nanoTime();
    nanos[Stage.TEXT.ordinal()] += t1 - t0;
    articles++;
    tokens += text.tokens().size();
    List<EntityMention> ents = List.of();
    List<Figure> figs = List.of();
    List<DateMention> ds = List.of();
    List<Quote> qs = List.of();
    if (stages.entities()) {
      ents = timed(Stage.ENTITIES, () -> guard("entities", article, diagnostics, () -> entities.recognize(article, text)));
    }
    if (stages.figures()) {
      List<EntityMention> e = ents;
      figs = timed(Stage.FIGURES, () -> guard("figures", article, diagnostics, () -> figures.extract(article, text, e)));
    }
    if (stages.dates()) {
      ds = timed(Stage.DATES, () -> guard("dates", article, diagnostics, () -> dates.extract(article, text)));
    }
    if (stages.quotes()) {
      List<EntityMention> e2 = ents;
      qs = timed(Stage.QUOTES, () -> guard("quotes", article, diagnostics, () -> quotes.extract(article, text, e2)));
    }
    if (article.published().isEmpty() && stages.dates()) {
      diagnostics.add(
          Diagnostic.warning(article.id(), 0, "published", "no publication date: relative dates left unresolved"));
    }
    return new AnalyzedArticle(article, text, ents, figs, ds, qs, diagnostics);
  }

  /** Only sentences, tokens and POS tags (the baseline pipeline). */
  public AnnotatedText annotate(String text) {
    return pipeline.annotate(text);
  }

  /** Nanoseconds spent in one stage by this worker so far. */
  public long nanos(Stage stage) {
    return nanos[stage.ordinal()];
  }

  /** Articles analysed by this worker so far. */
  public long articles() {
    return articles;
  }

  /** Tokens analysed by this worker so far. */
  public long tokens() {
    return tokens;
  }

  private <T> List<T> timed(Stage stage, java.util.function.Supplier<List<T>> body) {
    long t = System.nanoTime();
    try {
      return body.get();
    } finally {
      nanos[stage.ordinal()] += System.nanoTime() - t;
    }
  }

  private interface StageBody<T> {
    List<T> run();
  }

  private static <T> List<T> guard(String stage, Article a, List<Diagnostic> diagnostics, StageBody<T> s) {
    try {
      return s.run();
    } catch (RuntimeException | StackOverflowError | LinkageError e) {
      // A defect in one stage must not lose the article; it is reported as data.
      diagnostics.add(Diagnostic.error(a.id(), 0, stage, "stage failed: " + e));
      return List.of();
    }
  }
}
