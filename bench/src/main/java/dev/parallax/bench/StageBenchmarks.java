package dev.parallax.bench;

import dev.parallax.AnalyzedArticle;
import dev.parallax.article.Article;
import dev.parallax.article.Corpus;
import dev.parallax.entity.EntityMention;
import dev.parallax.figure.Figure;
import dev.parallax.internal.Worker;
import dev.parallax.internal.entity.EntityRecognizer;
import dev.parallax.internal.figure.FigureExtractor;
import dev.parallax.internal.nlp.TextPipeline;
import dev.parallax.internal.time.DateExtractor;
import dev.parallax.text.AnnotatedText;
import dev.parallax.text.NlpModels;
import dev.parallax.time.DateMention;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH micro-benchmarks of each stage on the bundled articles: time per pass over the five articles
 * (about 7,400 tokens). Run: {@code java -jar bench/target/benchmarks.jar}. Each benchmark thread
 * owns its taggers (state is per thread), as the library does.
 *
 * <p>Not thread-safe; JMH creates one state per thread.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmarks {

  List<Article> articles;
  List<AnnotatedText> annotated;
  TextPipeline pipeline;
  EntityRecognizer recognizer;
  FigureExtractor figures;
  DateExtractor dates;
  Worker worker;

  @Setup(Level.Trial)
  public void setUp() {
    NlpModels models = NlpModels.english();
    articles = Corpus.bundled().load().articles();
    pipeline = new TextPipeline(models);
    annotated = articles.stream().map(a -> pipeline.annotate(a.text())).toList();
    recognizer = new EntityRecognizer(models);
    figures = new FigureExtractor();
    dates = new DateExtractor();
    worker = new Worker(models, Worker.Stages.ALL);
  }

  /** Sentences, tokens, POS tags, lemmas and boilerplate marks. */
  @Benchmark
  public int text() {
    int n = 0;
    for (Article a : articles) {
      n += pipeline.annotate(a.text()).tokens().size();
    }
    return n;
  }

  /** Named-entity recognition on already annotated text. */
  @Benchmark
  public int entities() {
    int n = 0;
    for (int i = 0; i < articles.size(); i++) {
      n += recognizer.recognize(articles.get(i), annotated.get(i)).size();
    }
    return n;
  }

  /** Figure extraction on already annotated text. */
  @Benchmark
  public int figures() {
    int n = 0;
    for (int i = 0; i < articles.size(); i++) {
      List<Figure> f = figures.extract(articles.get(i), annotated.get(i), List.<EntityMention>of());
      n += f.size();
    }
    return n;
  }

  /** Date extraction and normalization on already annotated text. */
  @Benchmark
  public int dates() {
    int n = 0;
    for (int i = 0; i < articles.size(); i++) {
      List<DateMention> d = dates.extract(articles.get(i), annotated.get(i));
      n += d.size();
    }
    return n;
  }

  /** Every stage of one article after another, as {@code Parallax.analyze(Article)} runs them. */
  @Benchmark
  public int endToEnd() {
    int n = 0;
    for (Article a : articles) {
      AnalyzedArticle r = worker.analyze(a);
      n += r.figures().size() + r.dates().size() + r.entities().size();
    }
    return n;
  }
}
