package dev.parallax.internal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.entity.EntityMention;
import dev.parallax.entity.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityBlockingTest {

  @Test
  void givesAccentedPlainAndPartialSpellingsOfASurnameTheSameKey() {
    assertThat(EntityBlocking.key("Kilmar Ábrego García")).isEqualTo("s:garcia");
    assertThat(EntityBlocking.key("Abrego Garcia's")).isEqualTo("s:garcia");
    assertThat(EntityBlocking.key("GARCÍA")).isEqualTo("s:garcia");
  }

  @Test
  void foldsInnerPunctuationLikeTheResolver() {
    assertThat(EntityBlocking.key("COVID-19")).isEqualTo(EntityBlocking.key("Covid19")).isEqualTo("s:covid19");
    assertThat(EntityBlocking.key("U.S.")).isEqualTo("s:us");
    assertThat(EntityBlocking.key("—")).isEqualTo("s:x");
  }

  @Test
  void keysAnArticleLevelEntityByItsIdAndEveryMention() {
    EntityMention full =
        new EntityMention("a", "Immigration and Customs Enforcement", EntityType.ORGANIZATION,
            "organization:immigration-and-customs-enforcement", 0, 35, 0, "");
    EntityMention acronym =
        new EntityMention("a", "ICE", EntityType.ORGANIZATION, "organization:immigration-and-customs-enforcement",
            40, 43, 1, "");
    assertThat(EntityBlocking.keys("organization:immigration-and-customs-enforcement", List.of(full, acronym)))
        .containsExactly("s:enforcement", "s:ice");
  }
}
