package dev.parallax.internal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void foldsAccentsCaseHyphensPeriodsAndPossessives() {
    assertThat(Names.fold("José Martínez")).isEqualTo(Names.fold("Jose Martinez")).isEqualTo("jose martinez");
    assertThat(Names.fold("Nato")).isEqualTo(Names.fold("NATO"));
    assertThat(Names.fold("COVID-19")).isEqualTo(Names.fold("COVID19")).isEqualTo("covid19");
    assertThat(Names.fold("U.S.")).isEqualTo("us");
    assertThat(Names.fold("Merkel’s")).isEqualTo(Names.fold("Merkel's")).isEqualTo("merkel");
    assertThat(Names.fold("Bukele’s administration")).isEqualTo("bukele administration");
  }

  @Test
  void slugsTheFoldedWords() {
    assertThat(Names.slug("Kilmar Ábrego García")).isEqualTo("kilmar-abrego-garcia");
  }

  @Test
  void treatsOnlyTrailingWordRunsAsSurnameSuffixes() {
    List<String> full = List.of("maria", "lopez", "diaz");
    assertThat(Names.isSuffix(List.of("lopez", "diaz"), full)).isTrue();
    assertThat(Names.isSuffix(List.of("diaz"), full)).isTrue();
    assertThat(Names.isSuffix(List.of("lopez"), full)).isFalse();
    assertThat(Names.isSuffix(full, full)).isFalse();
  }

  @Test
  void linksAPartialNameOnlyToAFullNameThatContainsItsFirstAndLastWords() {
    assertThat(EntityResolver.partOf(List.of("maria", "diaz"), List.of("maria", "lopez", "diaz"))).isTrue();
    assertThat(EntityResolver.partOf(List.of("ana", "lee"), List.of("tom", "lee"))).isFalse();
  }
}
