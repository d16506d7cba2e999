package dev.parallax.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cross-document coreference floors on MEANTIME and ECB+ gold name mentions (see docs/accuracy.md). */
class CorefIT {

  @Test
  void resolverBeatsTheExactStringBaselineAndStaysAboveItsMeasuredBCubedF1() {
    CorefEval.Result r = CorefEval.evaluate(SharedData.require("meantime_en"));
    assertThat(r.resolver().mentions()).isGreaterThan(500);
    assertThat(r.resolver().f1()).isGreaterThan(0.80);
    assertThat(r.resolver().f1()).isGreaterThan(r.exactStringBaseline().f1());
    assertThat(r.resolver().precision()).isGreaterThan(0.95);
  }

  @Test
  void resolverBeatsTheExactStringBaselineOnEcbPlusNameMentions() {
    CorefEval.Result r = CorefEval.evaluateEcbPlus(SharedData.require("ecbplus"));
    assertThat(r.resolver().mentions()).isGreaterThan(2000);
    assertThat(r.resolver().f1()).isGreaterThan(0.82);
    assertThat(r.resolver().f1()).isGreaterThan(r.exactStringBaseline().f1() + 0.1);
    assertThat(r.resolver().precision()).isGreaterThan(0.95);
  }

  @Test
  void endToEndOnPredictedMentionsFindsMostGoldNamesAndKeepsTheirClusters() {
    CorefEval.Predicted p = CorefEval.evaluatePredicted(
        SharedData.require("meantime_en"),
        dev.parallax.Parallax.builder().figures(false).dates(false).quotes(false).build());
    assertThat(p.gold()).isGreaterThan(500);
    assertThat(p.detectionRecall()).isGreaterThan(0.91); // measured 0.942
    assertThat(p.bcubed().precision()).isGreaterThan(0.95);
    assertThat(p.bcubed().f1()).isGreaterThan(0.81); // measured 0.843
  }
}
