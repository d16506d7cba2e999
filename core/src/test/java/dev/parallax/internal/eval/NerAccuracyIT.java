package dev.parallax.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.text.NlpModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Entity-level F1 floors on held-out GUM and MEANTIME documents (see docs/accuracy.md). */
class NerAccuracyIT {

  private static NerEval.Result result;

  @BeforeAll
  static void evaluate() {
    result = NerEval.evaluate(SharedData.require("gum-ccby", "meantime_en"), NlpModels.english());
    System.out.print(NerEval.table(result));
  }

  @Test
  void recognizerStaysAboveItsMeasuredF1OnHeldOutGumDocuments() {
    NerEval.Score s = result.score("gum-heldout/recognizer");
    assertThat(s.overall().f1()).isGreaterThan(0.57); // measured 0.607
    assertThat(s.byType().get("PERSON").f1()).isGreaterThan(0.56);
    assertThat(s.byType().get("ORGANIZATION").f1()).isGreaterThan(0.50);
    assertThat(s.byType().get("LOCATION").f1()).isGreaterThan(0.62);
  }

  @Test
  void recognizerStaysAboveItsMeasuredF1OnHeldOutMeantimeDocuments() {
    assertThat(result.score("meantime-heldout/recognizer").overall().f1()).isGreaterThan(0.36); // measured 0.393
    NerEval.Score complete = result.score("meantime-heldout/recognizer/complete-sentences");
    assertThat(complete.overall().f1()).isGreaterThan(0.71); // measured 0.747
    assertThat(complete.overall().recall()).isGreaterThan(0.78);
  }

  @Test
  void recognizerStaysAboveItsMeasuredF1OnHeldOutGumNewsDocuments() {
    assertThat(result.score("gum-heldout/news/recognizer").overall().f1()).isGreaterThan(0.54); // measured 0.585
  }

  @Test
  void rulesImproveOnTheModelAloneOnGum() {
    assertThat(result.score("gum-heldout/recognizer").overall().f1())
        .isGreaterThan(result.score("gum-heldout/model-only").overall().f1());
  }
}
