package dev.parallax.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Accuracy floors for dates on the MEANTIME TIMEX3 gold (docs/accuracy.md, "Dates"). Skips itself
 * when the shared data is absent.
 */
class DateAccuracyIT {

  private static DateEval.Result result;

  @BeforeAll
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  static void evaluate() {
    Path shared = Path.of(System.getProperty("parallax.shared", "../shared"));
    assumeTrue(Files.isDirectory(DateEval.meantimeDir(shared)), "MEANTIME not found under " + shared);
    result = DateEval.evaluate(shared);
  }

  @Test
  void readsAllOneHundredTwentyMeantimeDocuments() {
    assertThat(result.documents()).isEqualTo(120);
    assertThat(result.gold()).isEqualTo(368);
  }

  @Test
  void detectsDatesWithPrecisionAboveFloor() {
    assertThat(result.precision()).as(result.summary()).isGreaterThanOrEqualTo(0.94);
  }

  @Test
  void detectsDatesWithRecallAboveFloor() {
    assertThat(result.recall()).as(result.summary()).isGreaterThanOrEqualTo(0.82);
  }

  @Test
  void detectsDatesWithF1AboveFloor() {
    assertThat(result.f1()).as(result.summary()).isGreaterThanOrEqualTo(0.88);
  }

  @Test
  void normalizesMatchedDatesWithValueAccuracyAboveFloor() {
    assertThat(result.valueAccuracy()).as(result.summary()).isGreaterThanOrEqualTo(0.87);
  }
}
