package dev.parallax.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.Parallax;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Date floors on 12 Reuters-21578 articles annotated by hand before the extractor was run on them
 * (src/test/resources/eval/reuters-dates-heldout.tsv; docs/accuracy.md, "Dates"). Skips itself
 * when the shared data is absent.
 */
class DateHeldOutIT {

  private static DateEval.Result result;

  @BeforeAll
  static void evaluate() {
    Path shared = Path.of(System.getProperty("parallax.shared", "../shared"));
    assumeTrue(Files.isRegularFile(shared.resolve("data").resolve("reuters21578.jsonl")),
        "Reuters-21578 not found under " + shared);
    result = DateEval.evaluateReutersHeldOut(shared,
        Parallax.builder().entities(false).figures(false).quotes(false).build());
  }

  @Test
  void readsAllSeventyHeldOutExpressions() {
    assertThat(result.documents()).isEqualTo(12);
    assertThat(result.gold()).isEqualTo(70);
  }

  @Test
  void detectsHeldOutReutersDatesWithPrecisionAboveFloor() {
    assertThat(result.precision()).as(result.summary() + "\n" + result.errors()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void detectsHeldOutReutersDatesWithRecallAboveFloor() {
    assertThat(result.recall()).as(result.summary() + "\n" + result.errors()).isGreaterThanOrEqualTo(0.93);
  }

  @Test
  void normalizesHeldOutReutersDatesWithValueAccuracyAboveFloor() {
    assertThat(result.valueAccuracy()).as(result.summary() + "\n" + result.errors()).isGreaterThanOrEqualTo(0.88);
  }
}
