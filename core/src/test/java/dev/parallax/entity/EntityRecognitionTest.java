package dev.parallax.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.AnalyzedArticle;
import dev.parallax.Parallax;
import dev.parallax.article.Article;
import dev.parallax.text.NlpModels;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityRecognitionTest {

  private static Parallax parallax;

  @BeforeAll
  static void load() {
    parallax = Parallax.builder().models(NlpModels.english()).figures(false).dates(false).quotes(false).build();
  }

  private static List<EntityMention> mentions(String text) {
    AnalyzedArticle a = parallax.analyze(Article.of("t", text));
    for (EntityMention m : a.entities()) {
      assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }
    return a.entities();
  }

  private static Optional<EntityMention> find(List<EntityMention> ms, String text) {
    return ms.stream().filter(m -> m.text().equals(text)).findFirst();
  }

  private static EntityType typeOf(List<EntityMention> ms, String text) {
    return find(ms, text).orElseThrow(() -> new AssertionError("no mention \"" + text + "\" in " + ms)).type();
  }

  @Test
  void typesPlacesOrganizationsAndPeopleInAFloodReport() {
    List<EntityMention> ms = mentions(
        "Heavy rains have displaced thousands of families in Kenya, the Kenya Red Cross Society said on Tuesday.\n"
            + "Interior Minister Kipchumba Murkomen said the government would send helicopters to Nairobi and Mombasa.\n"
            + "Officials from the World Health Organization warned of cholera in the camps.");
    assertThat(typeOf(ms, "Kenya")).isEqualTo(EntityType.LOCATION);
    assertThat(typeOf(ms, "Nairobi")).isEqualTo(EntityType.LOCATION);
    assertThat(typeOf(ms, "Mombasa")).isEqualTo(EntityType.LOCATION);
    assertThat(typeOf(ms, "Kenya Red Cross Society")).isEqualTo(EntityType.ORGANIZATION);
    assertThat(typeOf(ms, "World Health Organization")).isEqualTo(EntityType.ORGANIZATION);
    EntityMention minister = find(ms, "Kipchumba Murkomen").orElseThrow();
    assertThat(minister.type()).isEqualTo(EntityType.PERSON);
    assertThat(minister.role()).isEqualTo("Interior Minister");
  }

  @Test
  void keepsAnAppositiveRoleAndLinksTheSurnameToTheFullName() {
    List<EntityMention> ms = mentions(
        "The dam will be finished next year, said Wanjiru Kamau, a spokeswoman for the energy ministry.\n"
            + "Kamau added that the contractor had been paid.");
    EntityMention full = find(ms, "Wanjiru Kamau").orElseThrow();
    assertThat(full.type()).isEqualTo(EntityType.PERSON);
    assertThat(full.role()).isEqualTo("a spokeswoman for the energy ministry");
    EntityMention surname = find(ms, "Kamau").orElseThrow();
    assertThat(surname.entity()).isEqualTo(full.entity()).isEqualTo("person:wanjiru-kamau");
  }

  @Test
  void linksAnAcronymDefinedInParenthesesToItsExpansion() {
    List<EntityMention> ms = mentions(
        "The Federal Emergency Management Agency (FEMA) sent teams to the coast on Friday.\n"
            + "FEMA said more than 300 people were in shelters.");
    EntityMention expansion = find(ms, "Federal Emergency Management Agency").orElseThrow();
    assertThat(expansion.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(ms.stream().filter(m -> m.text().equals("FEMA")).toList())
        .hasSize(2)
        .allSatisfy(m -> assertThat(m.entity()).isEqualTo(expansion.entity()));
  }

  @Test
  void excludesPossessiveEndingsFromMentionText() {
    List<EntityMention> ms = mentions(
        "German Chancellor Angela Merkel met the press in Berlin.\nMerkel’s spokesman said Merkel's plan was ready.");
    assertThat(ms.stream().filter(m -> m.text().equals("Merkel")).toList()).hasSize(2)
        .allSatisfy(m -> assertThat(m.entity()).isEqualTo("person:angela-merkel"));
    assertThat(ms).noneMatch(m -> m.text().contains("’s") || m.text().contains("'s"));
  }

  @Test
  void findsNationalitiesAndGangsAsGroups() {
    List<EntityMention> ms = mentions(
        "Hundreds of Brazilians and Haitians crossed the border last week.\n"
            + "Police said criminal groups such as Los Zetas and the Sinaloa cartel control the route.");
    assertThat(typeOf(ms, "Brazilians")).isEqualTo(EntityType.GROUP);
    assertThat(typeOf(ms, "Haitians")).isEqualTo(EntityType.GROUP);
    assertThat(typeOf(ms, "Los Zetas")).isEqualTo(EntityType.GROUP);
    assertThat(typeOf(ms, "Sinaloa")).isEqualTo(EntityType.GROUP);
  }

  @Test
  void keepsTheNumberInAGangNameListedAfterGangs() {
    List<EntityMention> ms = mentions("Prison riots were blamed on rival gangs such as Los Choneros and Calle 26.");
    assertThat(typeOf(ms, "Los Choneros")).isEqualTo(EntityType.GROUP);
    assertThat(typeOf(ms, "Calle 26")).isEqualTo(EntityType.GROUP);
  }

  @Test
  void leavesTheNationalityOutOfAGangName() {
    List<EntityMention> ms = mentions("Police said the Colombian Clan del Golfo gang controls the port.");
    assertThat(typeOf(ms, "Clan del Golfo")).isEqualTo(EntityType.GROUP);
    assertThat(ms).noneMatch(m -> m.text().startsWith("Colombian"));
  }

  @Test
  void findsFacilitiesByTheirHeadWord() {
    List<EntityMention> ms = mentions(
        "Flights were diverted from Jomo Kenyatta International Airport after the storm.\n"
            + "Inmates were moved from the Kamiti Maximum Security Prison to a smaller jail.");
    assertThat(typeOf(ms, "Jomo Kenyatta International Airport")).isEqualTo(EntityType.FACILITY);
    assertThat(typeOf(ms, "Kamiti Maximum Security Prison")).isEqualTo(EntityType.FACILITY);
  }
}
