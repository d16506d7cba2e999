package dev.parallax.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BCubedTest {

  @Test
  void scoresAPerfectClusteringAsOne() {
    CorefEval.BCubed b = CorefEval.bcubed(List.of("a", "a", "b"), List.of("x", "x", "y"));
    assertThat(b.f1()).isEqualTo(1.0);
  }

  @Test
  void penalizesASplitClusterInRecallOnly() {
    CorefEval.BCubed b = CorefEval.bcubed(List.of("a", "a"), List.of("x", "y"));
    assertThat(b.precision()).isEqualTo(1.0);
    assertThat(b.recall()).isCloseTo(0.5, within(1e-9));
  }
}
