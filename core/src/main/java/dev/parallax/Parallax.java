package dev.parallax;

import dev.parallax.article.Article;
import dev.parallax.article.Corpus;
import dev.parallax.article.Diagnostic;
import dev.parallax.internal.Worker;
import dev.parallax.internal.entity.EntityResolver;
import dev.parallax.text.NlpModels;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The front door: an analyzer that turns articles into sentences, entities, figures, dates and
 * quotes, and a corpus into canonical entities resolved across articles.
 *
 * <pre>{@code
 * Parallax parallax = Parallax.builder().build();        // loads the English models once
 * CorpusAnalysis analysis = parallax.analyze(Corpus.bundled());
 * }</pre>
 *
 * <p>Immutable and thread-safe: share one instance; it creates per-thread taggers internally.
 */
public final class Parallax {

  private final NlpModels models;
  private final Worker.Stages stages;
  private final int threads;

  private Parallax(Builder b) {
    this.models = b.models != null ? b.models : NlpModels.english();
    this.stages = new Worker.Stages(b.entities, b.figures, b.dates, b.quotes);
    this.threads = b.threads;
  }

  /** Starts configuring an analyzer; every stage is on and one thread is used by default. */
  public static Builder builder() {
    return new Builder();
  }

  /** The models this analyzer uses. */
  public NlpModels models() {
    return models;
  }

  /**
   * Analyzes one article on its own. Entity ids are canonical within the article; use {@link
   * #analyze(Corpus)} to resolve entities across articles.
   */
  public AnalyzedArticle analyze(Article article) {
    Objects.requireNonNull(article, "article");
    return new Worker(models, stages).analyze(article);
  }

  /** Analyzes every article of a corpus and resolves entities across them. */
  public CorpusAnalysis analyze(Corpus corpus) {
    Objects.requireNonNull(corpus, "corpus");
    List<AnalyzedArticle> out = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    analyzeEach(corpus, out::add, diagnostics::add);
    return resolve(out, diagnostics);
  }

  /** Analyzes articles already in memory and resolves entities across them. */
  public CorpusAnalysis analyze(List<Article> articles) {
    return analyze(Corpus.of(articles));
  }

  /** Resolves entities across already analysed articles. */
  public CorpusAnalysis resolve(List<AnalyzedArticle> analyzed, List<Diagnostic> diagnostics) {
    EntityResolver.Resolution r = EntityResolver.resolve(analyzed);
    return new CorpusAnalysis(r.articles(), r.entities(), diagnostics);
  }

  /**
   * Streams a corpus through analysis without holding it in memory: each article is passed to
   * {@code sink} in corpus order as soon as it is done, on the calling thread. No cross-article
   * resolution happens here. Loading problems go to {@code problems}.
   */
  public void analyzeEach(Corpus corpus, Consumer<AnalyzedArticle> sink, Consumer<Diagnostic> problems) {
    Objects.requireNonNull(sink, "sink");
    Objects.requireNonNull(problems, "problems");
    try (Stream<Article> s = corpus.stream(problems)) {
      Iterator<Article> it = s.iterator();
      if (threads <= 1) {
        Worker worker = new Worker(models, stages);
        while (it.hasNext()) {
          sink.accept(worker.analyze(it.next()));
        }
        return;
      }
      runParallel(it, sink);
    }
  }

  private void runParallel(Iterator<Article> it, Consumer<AnalyzedArticle> sink) {
    AtomicInteger n = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "parallax-analyze-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    ThreadLocal<Worker> workers = ThreadLocal.withInitial(() -> new Worker(models, stages));
    ArrayDeque<Future<AnalyzedArticle>> window = new ArrayDeque<>();
    int max = threads * 8;
    try {
      while (it.hasNext() || !window.isEmpty()) {
        while (it.hasNext() && window.size() < max) {
          Article a = it.next();
          window.add(pool.submit(() -> workers.get().analyze(a)));
        }
        sink.accept(window.poll().get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("analysis interrupted", e);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) {
        throw re;
      }
      if (c instanceof Error er) {
        throw er;
      }
      throw new IllegalStateException(c);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Configures a {@link Parallax}. Validates each setting at once.
   *
   * <p>Not thread-safe; use one per thread.
   */
  public static final class Builder {
    private NlpModels models;
    private boolean entities = true;
    private boolean figures = true;
    private boolean dates = true;
    private boolean quotes = true;
    private int threads = 1;

    private Builder() {}

    /** Uses already loaded models (share one {@link NlpModels} across analyzers). */
    public Builder models(NlpModels models) {
      this.models = Objects.requireNonNull(models, "models");
      return this;
    }

    /** Number of analysis threads for corpora (default 1). */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1: " + threads);
      }
      this.threads = threads;
      return this;
    }

    /** Turns named-entity recognition on or off (default on). */
    public Builder entities(boolean on) {
      this.entities = on;
      return this;
    }

    /** Turns figure extraction on or off (default on). */
    public Builder figures(boolean on) {
      this.figures = on;
      return this;
    }

    /** Turns date extraction on or off (default on). */
    public Builder dates(boolean on) {
      this.dates = on;
      return this;
    }

    /** Turns quote extraction on or off (default on). */
    public Builder quotes(boolean on) {
      this.quotes = on;
      return this;
    }

    /** Builds the analyzer, loading the English models if none were given. */
    public Parallax build() {
      return new Parallax(this);
    }
  }
}
