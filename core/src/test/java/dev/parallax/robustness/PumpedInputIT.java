package dev.parallax.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.AnalyzedArticle;
import dev.parallax.article.Article;
import dev.parallax.internal.Worker;
import dev.parallax.text.NlpModels;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Adversarial "pumped" inputs (a short unit repeated to 10k, 100k and 1M characters) go through the
 * whole pipeline, every extractor included, on a thread with a 256 KB stack: no StackOverflowError,
 * no failed stage, and time that grows roughly linearly with the input (a 10× longer input may take
 * at most 30× longer, which catastrophic backtracking would exceed by orders of magnitude).
 */
class PumpedInputIT {

  static NlpModels models;

  @BeforeAll
  static void load() {
    models = NlpModels.english();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1,2,3 ", "Jan ", "\u00a0 1\u00a0000 ", "over 2 and \"said "})
  void pumpedInputRunsInLinearTimeWithoutStackOverflowOnASmallStack(String unit) throws Exception {
    long t10k = analyzeOnSmallStack(unit.repeat(10_000 / unit.length()));
    long t100k = analyzeOnSmallStack(unit.repeat(100_000 / unit.length()));
    long t1m = analyzeOnSmallStack(unit.repeat(1_000_000 / unit.length()));
    double floor = 50e6; // 50 ms: below that, timer noise dominates the ratio
    assertThat((double) t100k).as("100k vs 10k for %s", unit).isLessThan(30 * Math.max(t10k, floor));
    assertThat((double) t1m).as("1M vs 100k for %s", unit).isLessThan(30 * Math.max(t100k, floor));
  }

  private static long analyzeOnSmallStack(String text) throws Exception {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicReference<AnalyzedArticle> result = new AtomicReference<>();
    long[] nanos = new long[1];
    Thread t =
        new Thread(
            null,
            () -> {
              try {
                Worker w = new Worker(models, Worker.Stages.ALL);
                long start = System.nanoTime();
                result.set(w.analyze(Article.builder("pumped", text).published(LocalDate.of(2024, 1, 15)).build()));
                nanos[0] = System.nanoTime() - start;
              } catch (Throwable e) {
                failure.set(e);
              }
            },
            "small-stack",
            256 * 1024);
    t.start();
    t.join();
    assertThat(failure.get()).as("failure on %d chars", text.length()).isNull();
    assertThat(result.get().diagnostics()).noneMatch(d -> d.message().startsWith("stage failed"));
    return nanos[0];
  }
}
