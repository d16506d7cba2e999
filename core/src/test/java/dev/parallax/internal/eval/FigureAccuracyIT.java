package dev.parallax.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.SharedData;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    SharedData.require("data/reuters21578.jsonl");
    SharedData.require("data/meantime_en");
    Path shared = SharedData.root();
    result = FigureEval.evaluate(shared);
    String report = "reuters dev      " + result.reutersDev() + "\nreuters held-out " + result.reutersHeldOut()
        + "\nreuters test     " + result.reutersTest()
        + "\nmeantime         " + result.meantime() + "\n";
    try {
      Files.createDirectories(Path.of("target"));
      Files.writeString(Path.of("target/figure-accuracy.txt"), report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void keepsFigureValueF1OnHeldOutReutersSentences() {
    FigureEval.Scores s = result.reutersHeldOut();
    assertThat(s.sentences()).isEqualTo(151);
    assertThat(s.f1()).as(s.toString()).isGreaterThanOrEqualTo(0.97);
    assertThat(s.qualifierAccuracy()).as(s.toString()).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void keepsFigureValueF1OnFinalReutersTestSentences() {
    FigureEval.Scores s = result.reutersTest();
    assertThat(s.sentences()).isEqualTo(121);
    assertThat(s.f1()).as(s.toString()).isGreaterThanOrEqualTo(0.97);
    assertThat(s.qualifierAccuracy()).as(s.toString()).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void keepsFigureValueF1OnDevelopmentReutersSentences() {
    FigureEval.Scores s = result.reutersDev();
    assertThat(s.sentences()).isEqualTo(330);
    assertThat(s.f1()).as(s.toString()).isGreaterThanOrEqualTo(0.97);
    assertThat(s.qualifierAccuracy()).as(s.toString()).isGreaterThanOrEqualTo(0.97);
  }

  @Test
  void findsMeantimeValueMarkables() {
    FigureEval.Scores s = result.meantime();
    assertThat(s.gold()).isEqualTo(418);
    assertThat(s.recall()).as(s.toString()).isGreaterThanOrEqualTo(0.91);
  }
}
