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
    assertThat(s.overall().f1()).isGreaterThan(0.62); // measured 0.652
    assertThat(s.byType().get("PERSON").f1()).isGreaterThan(0.61); // 0.649
    assertThat(s.byType().get("ORGANIZATION").f1()).isGreaterThan(0.58); // 0.622
    assertThat(s.byType().get("LOCATION").f1()).isGreaterThan(0.64); // 0.681
  }

  @Test
  void recognizerStaysAboveItsMeasuredF1OnHeldOutMeantimeDocuments() {
    assertThat(result.score("meantime-heldout/recognizer").overall().f1()).isGreaterThan(0.77); // measured 0.804
    NerEval.Score complete = result.score("meantime-heldout/recognizer/complete-sentences");
    assertThat(complete.overall().f1()).isGreaterThan(0.81); // measured 0.845
    assertThat(complete.overall().recall()).isGreaterThan(0.82); // 0.857
    assertThat(complete.byType().get("PERSON").f1()).isGreaterThan(0.79); // 0.833
    assertThat(complete.byType().get("ORGANIZATION").f1()).isGreaterThan(0.84); // 0.876
    assertThat(complete.byType().get("LOCATION").f1()).isGreaterThan(0.75); // 0.791
  }

  @Test
  void recognizerStaysAboveItsMeasuredF1OnHeldOutGumNewsDocuments() {
    assertThat(result.score("gum-heldout/news/recognizer").overall().f1()).isGreaterThan(0.62); // measured 0.656
  }

  @Test
  void rulesImproveOnTheModelAloneOnGum() {
    assertThat(result.score("gum-heldout/recognizer").overall().f1())
        .isGreaterThan(result.score("gum-heldout/model-only").overall().f1());
  }
}
