package dev.parallax.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.CorpusAnalysis;
import dev.parallax.Parallax;
import dev.parallax.article.Corpus;
import dev.parallax.text.NlpModels;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled five-article sample: the referents named in several outlets resolve to one entity each. */
class BundledCorpusEntitiesTest {

  private static CorpusAnalysis analysis;

  @BeforeAll
  static void analyze() {
    Parallax parallax = Parallax.builder().models(NlpModels.english()).figures(false).dates(false).quotes(false).build();
    analysis = parallax.analyze(Corpus.bundled());
  }

  private static List<EntityMention> mentions() {
    return analysis.articles().stream().flatMap(a -> a.entities().stream()).toList();
  }

  private static Set<String> idsOf(String text) {
    return mentions().stream().filter(m -> m.text().equals(text)).map(EntityMention::entity).collect(Collectors.toSet());
  }

  private static Entity entityOf(String text) {
    Set<String> ids = idsOf(text);
    assertThat(ids).as("entities of \"%s\"", text).hasSize(1);
    return analysis.entity(ids.iterator().next()).orElseThrow();
  }

  private static String article(String prefix) {
    return analysis.articles().stream().map(a -> a.id()).filter(id -> id.startsWith(prefix)).findFirst().orElseThrow();
  }

  @Test
  void resolvesTheDeportedManUnderEverySpellingToOnePersonInTheFourArticlesThatNameHim() {
    Entity e = entityOf("Kilmar Ábrego García");
    assertThat(e.type()).isEqualTo(EntityType.PERSON);
    for (String form : List.of("Kilmar Abrego Garcia", "Abrego Garcia", "García")) {
      assertThat(idsOf(form)).as(form).containsExactly(e.id());
    }
    assertThat(e.articles()).containsExactly(article("000"), article("002"), article("003"), article("004"));
  }

  @Test
  void resolvesBothPresidentsWithTheirSurnamesAndTitles() {
    Entity bukele = entityOf("Nayib Bukele");
    assertThat(idsOf("Bukele")).containsExactly(bukele.id());
    assertThat(mentions()).anyMatch(m -> m.entity().equals(bukele.id()) && m.role().equals("President"));
    Entity trump = entityOf("Donald Trump");
    assertThat(trump.type()).isEqualTo(EntityType.PERSON);
    assertThat(idsOf("Trump")).containsExactly(trump.id());
    assertThat(entityOf("Trump administration").type()).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void keepsCabinetRolesOnTheMentions() {
    assertThat(mentions()).anyMatch(m -> m.text().equals("Marco Rubio") && m.role().equals("Secretary of State"));
    assertThat(mentions()).anyMatch(m -> m.text().equals("Stephen Miller") && m.role().endsWith("Deputy Chief of Staff"));
  }

  @Test
  void typesPlacesOrganizationsFacilitiesAndGroups() {
    for (String place : List.of("El Salvador", "San Salvador", "Venezuela", "Maryland", "Washington")) {
      assertThat(entityOf(place).type()).as(place).isEqualTo(EntityType.LOCATION);
    }
    for (String org : List.of("Supreme Court", "Justice Department", "Human Rights Watch", "Amnesty International", "Fox News")) {
      assertThat(entityOf(org).type()).as(org).isEqualTo(EntityType.ORGANIZATION);
    }
    for (String group : List.of("Venezuelans", "Salvadorans", "MS-13", "Tren de Aragua")) {
      assertThat(entityOf(group).type()).as(group).isEqualTo(EntityType.GROUP);
    }
    assertThat(idsOf("MS13")).isEqualTo(idsOf("MS-13"));
  }

  @Test
  void resolvesThePrisonAcronymItsExpansionAndItsTitleCaseSpellingToOneFacility() {
    Entity prison = entityOf("Terrorism Confinement Center");
    assertThat(prison.type()).isEqualTo(EntityType.FACILITY);
    assertThat(idsOf("CECOT")).containsExactly(prison.id());
    assertThat(idsOf("Cecot")).containsExactly(prison.id());
  }

  @Test
  void everyMentionTextIsItsSpanOfTheArticle() {
    analysis.articles().forEach(a -> a.entities().forEach(m -> {
      assertThat(a.textOf(m.start(), m.end())).isEqualTo(m.text());
      assertThat(m.text()).doesNotEndWith("’s").doesNotEndWith("'s");
    }));
  }
}
