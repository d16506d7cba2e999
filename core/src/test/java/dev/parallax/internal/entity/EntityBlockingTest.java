package dev.parallax.internal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityBlockingTest {

  @Test
  void givesAccentedAndPlainSpellingsOfASurnameTheSameKey() {
    assertThat(EntityBlocking.keys("Kilmar Ábrego García")).containsExactly("a:kag", "s:garcia");
    assertThat(EntityBlocking.keys("Abrego Garcia")).containsExactly("a:ag", "s:garcia");
    assertThat(EntityBlocking.keys("García")).containsExactly("s:garcia");
  }

  @Test
  void givesAnAcronymAndItsSpelledOutNameTheSameKey() {
    assertThat(EntityBlocking.keys("ICE")).containsExactly("a:ice", "s:ice");
    assertThat(EntityBlocking.keys("Immigration and Customs Enforcement")).containsExactly("a:ice", "s:enforcement");
    assertThat(EntityBlocking.keys("U.S.")).containsExactly("a:us");
  }

  @Test
  void dropsHonorificsAndPossessivesFromTheSurnameKey() {
    assertThat(EntityBlocking.keys("Mr. Bukele's")).contains("s:bukele");
    assertThat(EntityBlocking.keys("Dr")).containsExactly("t:dr");
  }
}
