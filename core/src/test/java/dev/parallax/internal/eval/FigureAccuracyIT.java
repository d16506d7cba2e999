package dev.parallax.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Accuracy floors for figures, slightly below the numbers in docs/accuracy.md. Skips itself when
 * the shared data directory is absent.
 */
class FigureAccuracyIT {

  private static FigureEval.Result result;

  @BeforeAll
  static void evaluate() {
    Path shared = Path.of(System.getProperty("parallax.shared", "../shared"));
    assumeTrue(Files.isRegularFile(shared.resolve("data/reuters21578.jsonl")), "no shared data at " + shared);
    assumeTrue(Files.isDirectory(shared.resolve("data/meantime_en")), "no MEANTIME at " + shared);
    result = FigureEval.evaluate(shared);
  }

  @Test
  void keepsFigureValueF1OnHeldOutReutersSentences() {
    FigureEval.Scores s = result.reutersHeldOut();
    assertThat(s.sentences()).isEqualTo(151);
    assertThat(s.f1()).as(s.toString()).isGreaterThanOrEqualTo(0.94);
    assertThat(s.qualifierAccuracy()).as(s.toString()).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void keepsFigureValueF1OnDevelopmentReutersSentences() {
    FigureEval.Scores s = result.reutersDev();
    assertThat(s.sentences()).isEqualTo(330);
    assertThat(s.f1()).as(s.toString()).isGreaterThanOrEqualTo(0.96);
    assertThat(s.qualifierAccuracy()).as(s.toString()).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void findsMeantimeValueMarkables() {
    FigureEval.Scores s = result.meantime();
    assertThat(s.gold()).isEqualTo(418);
    assertThat(s.recall()).as(s.toString()).isGreaterThanOrEqualTo(0.90);
  }
}
