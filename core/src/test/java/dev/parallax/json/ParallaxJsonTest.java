package dev.parallax.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParallaxJsonTest {

  @Test
  void bidiOverridesAndControlCharactersAreEscapedButRoundTrip() throws Exception {
    String evil = "safe\u202Etxt.exe\u0000\u2028end";
    String json = ParallaxJson.mapper().writeValueAsString(Map.of("t", evil));
    assertThat(json).isEqualTo("{\"t\":\"safe\\u202Etxt.exe\\u0000\\u2028end\"}");
    assertThat(ParallaxJson.mapper().readTree(json).get("t").asText()).isEqualTo(evil);
  }

  @Test
  void duplicateKeysAreRejected() {
    assertThatThrownBy(() -> ParallaxJson.mapper().readTree("{\"a\":1,\"a\":2}"))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("Duplicate field 'a'");
  }

  @Test
  void trailingGarbageIsRejected() {
    assertThatThrownBy(() -> ParallaxJson.mapper().readTree("{\"a\":1} {\"b\":2}"))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("Trailing token");
  }

  @Test
  void deepNestingIsRejectedByTheExplicitConstraint() {
    String deep = "[".repeat(ParallaxJson.MAX_NESTING_DEPTH + 1) + "]".repeat(ParallaxJson.MAX_NESTING_DEPTH + 1);
    assertThatThrownBy(() -> ParallaxJson.mapper().readTree(deep)).isInstanceOf(StreamConstraintsException.class);
  }

  @Test
  void overlongNumbersAreRejected() {
    String n = "{\"n\":" + "9".repeat(ParallaxJson.MAX_NUMBER_LENGTH + 1) + "}";
    assertThatThrownBy(() -> ParallaxJson.mapper().readTree(n)).isInstanceOf(StreamConstraintsException.class);
  }

  @Test
  void polymorphicTypingIsNotEnabled() {
    assertThat(ParallaxJson.mapper().getPolymorphicTypeValidator().getClass().getSimpleName())
        .isEqualTo("LaissezFaireSubTypeValidator");
    assertThat(ParallaxJson.mapper().getDeserializationConfig().getDefaultTyper(null)).isNull();
  }
}
