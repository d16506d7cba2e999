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
  void aCommonWordOpensAPersonsNameBeforeAnotherProperNounButIsNotANameAlone() {
    List<EntityMention> ms = mentions(
        "Facebook creator Mark Zuckerberg spoke in Seattle on Monday.\n"
            + "Analysts will mark the date; the bill was paid.");
    assertThat(typeOf(ms, "Mark Zuckerberg")).isEqualTo(EntityType.PERSON);
    assertThat(find(ms, "Mark")).isEmpty();
    assertThat(find(ms, "Bill")).isEmpty();
  }

  @Test
  void dropsSpansThatLookLikeNamesButAreNot() {
    List<EntityMention> ms = mentions(
        "The fund raised US$40 million, the prime minister's office said.\n"
            + "Researchers sequenced the DNA of the samples and spoke English with the visitors.\n"
            + "Prime Minister Rutendo Dube said the GDP figures were encouraging.");
    assertThat(ms).noneMatch(m -> m.text().startsWith("US"));
    assertThat(find(ms, "DNA")).isEmpty();
    assertThat(find(ms, "GDP")).isEmpty();
    assertThat(find(ms, "English")).isEmpty();
    assertThat(find(ms, "Prime Minister")).isEmpty();
    assertThat(typeOf(ms, "Rutendo Dube")).isEqualTo(EntityType.PERSON);
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

  @Test
  void givesEveryNameOfACountryTheCanonicalCountryId() {
    List<EntityMention> ms = mentions(
        "Britain and the United Arab Emirates agreed a trade deal on Friday, the UK trade office said.\n"
            + "The UAE will cut tariffs on cars, and Great Britain will open its ports to ships from the Gulf.\n"
            + "Negotiators from the U.S. watched closely, and the United States said it would seek a similar deal.");
    for (String uk : List.of("Britain", "UK", "Great Britain")) {
      assertThat(find(ms, uk).orElseThrow().entity()).as(uk).isEqualTo("location:united-kingdom");
    }
    assertThat(find(ms, "UAE").orElseThrow().entity()).isEqualTo("location:united-arab-emirates");
    assertThat(find(ms, "United Arab Emirates").orElseThrow().entity()).isEqualTo("location:united-arab-emirates");
    assertThat(find(ms, "U.S.").orElseThrow().entity()).isEqualTo("location:united-states");
    assertThat(find(ms, "United States").orElseThrow().entity()).isEqualTo("location:united-states");
  }

  @Test
  void linksBareSurnamesToFullNamesAndKeepsAHyphenatedPairOfSurnamesOutOfThePeople() {
    List<EntityMention> ms = mentions(
        "Prime Minister Keir Starmer and Chancellor Friedrich Merz signed a defence pact in London on Monday.\n"
            + "The Starmer-Merz agreement commits both countries to joint drills, aides said.\n"
            + "Merz said Starmer had been a reliable partner.");
    assertThat(ms).noneMatch(m -> m.text().contains("-"));
    assertThat(ms.stream().filter(m -> m.text().equals("Starmer")).toList()).isNotEmpty()
        .allSatisfy(m -> assertThat(m.entity()).isEqualTo("person:keir-starmer"));
    assertThat(ms.stream().filter(m -> m.text().equals("Merz")).toList()).isNotEmpty()
        .allSatisfy(m -> assertThat(m.entity()).isEqualTo("person:friedrich-merz"));
  }

  @Test
  void doesNotTakeQuotedOrImperativeSlogansForPeople() {
    List<EntityMention> ms = mentions(
        "Governor Maria Lopez opened the bridge in Sacramento on Tuesday.\n"
            + "The campaign adopted the motto “Proud Brennan” last year.\n"
            + "The rally ended with shouts of “Renew Halloway” from the crowd.");
    assertThat(typeOf(ms, "Maria Lopez")).isEqualTo(EntityType.PERSON);
    assertThat(ms).noneMatch(m -> m.type() == EntityType.PERSON
        && (m.text().contains("Brennan") || m.text().contains("Halloway")));
  }

  @Test
  void typesARoomOfAnOfficialBuildingAsAFacility() {
    List<EntityMention> ms = mentions(
        "The governor met the president in the Oval Office on Wednesday.\n"
            + "Aides later gathered in the Situation Room.");
    assertThat(typeOf(ms, "Oval Office")).isEqualTo(EntityType.FACILITY);
    assertThat(typeOf(ms, "Situation Room")).isEqualTo(EntityType.FACILITY);
  }

  @Test
  void keepsTitlesAsRolesButNotDescriptionsWithEvaluativeAdjectives() {
    List<EntityMention> ms = mentions(
        "Chancellor Friedrich Merz met Keir Starmer in London on Monday.\n"
            + "Starmer, a careful and notoriously dull speaker, thanked the crowd.\n"
            + "Lena Vogt, a longtime adviser to the chancellor, said the talks went well.\n"
            + "Anna Keller, a spokeswoman for the German government, declined to comment.");
    assertThat(ms.stream().filter(m -> m.text().equals("Starmer")).toList()).isNotEmpty()
        .allSatisfy(m -> assertThat(m.role()).isEmpty());
    assertThat(find(ms, "Lena Vogt").orElseThrow().role()).isEqualTo("a longtime adviser to the chancellor");
    assertThat(find(ms, "Anna Keller").orElseThrow().role()).isEqualTo("a spokeswoman for the German government");
    assertThat(ms).noneMatch(m -> m.text().equals("German") && m.type() == EntityType.PERSON);
  }

  @Test
  void findsRegionsNamedAfterAContinent() {
    List<EntityMention> ms = mentions("Migrants from Central America and Latin America were discussed at the summit.");
    assertThat(typeOf(ms, "Central America")).isEqualTo(EntityType.LOCATION);
    assertThat(typeOf(ms, "Latin America")).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void typesAnUnknownTwoWordTitleCasePhraseAsAPersonOnlyWithEvidenceOfAPerson() {
    List<EntityMention> ms = mentions(
        "Critics of Crimson Thornbury warned that the housing scheme would fail.\n"
            + "The plan was sound, Vardo Thackery said on Friday.");
    assertThat(ms).noneMatch(m -> m.text().contains("Thornbury") && m.type() == EntityType.PERSON);
    assertThat(typeOf(ms, "Vardo Thackery")).isEqualTo(EntityType.PERSON);
  }

  @Test
  void keepsACapitalizedTheInsideASentenceInTheMentionButNotInTheId() {
    List<EntityMention> ms = mentions("The report was first published by The Riverside Tribune on Monday.");
    EntityMention m = find(ms, "The Riverside Tribune").orElseThrow(() -> new AssertionError(ms.toString()));
    assertThat(m.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(m.entity()).isEqualTo("organization:riverside-tribune");
  }

  @Test
  void keepsANameWrittenWithAHyphenWholeButNotAPairOfSurnames() {
    List<EntityMention> ms = mentions(
        "In the 62nd minute Kim Min-Woo conceded a penalty.\nThe Starmer-Merz agreement was signed.");
    assertThat(typeOf(ms, "Kim Min-Woo")).isEqualTo(EntityType.PERSON);
    assertThat(ms).noneMatch(m -> m.text().contains("Starmer"));
  }

  @Test
  void typesAOneWordCompanyNameAsAnOrganizationAndCurrencyCodesAsNoName() {
    List<EntityMention> ms = mentions("Shares of Volkswagen fell 3% to EUR 120 at 16:00 GMT, traders said.");
    assertThat(typeOf(ms, "Volkswagen")).isEqualTo(EntityType.ORGANIZATION);
    assertThat(ms).noneMatch(m -> m.text().equals("EUR") || m.text().equals("GMT"));
  }

  @Test
  void typesAnAuthorCitedWithAYearAsAPerson() {
    List<EntityMention> ms = mentions("Earlier work on memory training (Thorvaldsen, 2005) found small effects.");
    assertThat(typeOf(ms, "Thorvaldsen")).isEqualTo(EntityType.PERSON);
  }

  @Test
  void separatesAPersonFromADottedCountryAbbreviationWhenASentenceBoundaryWasMissed() {
    List<EntityMention> ms = mentions(
        "Arrivals fell sharply in the U.S. Harlan called the drop \"remarkable,\" aides said. Jonas Harlan spoke later.\n"
            + "The U.S. Senate voted on Friday.");
    assertThat(typeOf(ms, "U.S.")).isEqualTo(EntityType.LOCATION);
    assertThat(find(ms, "Harlan").orElseThrow().entity()).isEqualTo("person:jonas-harlan");
    assertThat(typeOf(ms, "U.S. Senate")).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void typesANameByTheKindOfOrganizationNamedBeforeIt() {
    List<EntityMention> ms = mentions(
        "Budget carrier Norvolo said on Monday it would cut 40 routes.\n"
            + "The decision hurts the regional airline, Skylark, which flies from Tromsø.\n"
            + "Parts come from its Danish subsidiary, Vendrup.");
    assertThat(typeOf(ms, "Norvolo")).isEqualTo(EntityType.ORGANIZATION);
    assertThat(typeOf(ms, "Skylark")).isEqualTo(EntityType.ORGANIZATION);
    assertThat(typeOf(ms, "Vendrup")).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void theNameBeforeATitleIsTheEmployerAndThePersonKeepsTheRole() {
    List<EntityMention> ms = mentions(
        "The merger was approved on Friday.\n"
            + "Halvorsen Chief Executive Marit Lunde will step down in June.\n"
            + "Prices fell, said Kestrel Securities analyst Tomasz Wierzba.\n"
            + "Brightwell CEO, Ade Okafor, declined to comment.");
    assertThat(typeOf(ms, "Halvorsen")).isEqualTo(EntityType.ORGANIZATION);
    EntityMention lunde = find(ms, "Marit Lunde").orElseThrow(() -> new AssertionError(ms.toString()));
    assertThat(lunde.type()).isEqualTo(EntityType.PERSON);
    assertThat(lunde.role()).isEqualTo("Chief Executive");
    assertThat(typeOf(ms, "Kestrel Securities")).isEqualTo(EntityType.ORGANIZATION);
    assertThat(typeOf(ms, "Tomasz Wierzba")).isEqualTo(EntityType.PERSON);
    assertThat(typeOf(ms, "Brightwell")).isEqualTo(EntityType.ORGANIZATION);
    assertThat(typeOf(ms, "Ade Okafor")).isEqualTo(EntityType.PERSON);
  }

  @Test
  void aPortfolioAfterATitleIsNoNameButACountryIs() {
    List<EntityMention> ms = mentions(
        "Yesterday Minister of Education Stefania Rinaldi said schools would reopen.\n"
            + "\"We will not wait,\" said Arjun Mehta, Prime Minister of Canada.");
    assertThat(typeOf(ms, "Stefania Rinaldi")).isEqualTo(EntityType.PERSON);
    assertThat(find(ms, "Education")).isEmpty();
    assertThat(typeOf(ms, "Canada")).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void marketIndicesAndEventsAreNoEntities() {
    List<EntityMention> ms = mentions(
        "The Ostrava Composite lost 2%, while the Marlow 250 index rose 1.1% by 16:00 UTC.\n"
            + "The Global Water Conference (GWC) opens in Lisbon on Monday.\n"
            + "On Friday the Vantor Jones was down 0.4%.");
    assertThat(ms).noneMatch(m -> m.text().contains("Ostrava") || m.text().contains("Marlow"));
    assertThat(ms).noneMatch(m -> m.text().contains("Conference") || m.text().equals("GWC"));
    assertThat(ms).noneMatch(m -> m.text().contains("Vantor"));
    assertThat(typeOf(ms, "Lisbon")).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void aTownBeforeARegionIsAPlaceAndTheWhiteHouseIsAFacility() {
    List<EntityMention> ms = mentions(
        "The prototype made its first flight on Tuesday in Bellwood, Ontario, the company said.\n"
            + "The White House said it was monitoring the situation.");
    assertThat(typeOf(ms, "Bellwood")).isEqualTo(EntityType.LOCATION);
    assertThat(typeOf(ms, "White House")).isEqualTo(EntityType.FACILITY);
  }

  @Test
  void formerCountriesArePlacesAndWordsInCapitalsOrAcronymsOfTermsAreNoNames() {
    List<EntityMention> ms = mentions(
        "Diplomats met in Vienna after the Soviet Union collapsed.\n"
            + "Engineers tested a Solid State Battery (SSB) in the lab, and the SSB held its charge.\n"
            + "The crowd was HUGE, organizers said.");
    assertThat(typeOf(ms, "Soviet Union")).isEqualTo(EntityType.LOCATION);
    assertThat(ms).noneMatch(m -> m.text().equals("SSB") || m.text().equals("HUGE"));
    assertThat(typeOf(ms, "Vienna")).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void aSurnameSharedByTwoFullNamesIsAPersonLinkedToNeither() {
    List<EntityMention> ms = mentions(
        "Tomas Quillfeather and his sister Ingrid Quillfeather opened the bakery in 1998.\n"
            + "Quillfeather said the oven came from a closed factory.");
    EntityMention bare = ms.stream().filter(m -> m.text().equals("Quillfeather")).findFirst()
        .orElseThrow(() -> new AssertionError(ms.toString()));
    assertThat(bare.type()).isEqualTo(EntityType.PERSON);
    assertThat(bare.entity()).isNotEqualTo(find(ms, "Tomas Quillfeather").orElseThrow().entity())
        .isNotEqualTo(find(ms, "Ingrid Quillfeather").orElseThrow().entity());
  }

  @Test
  void aNameInsideAHyphenatedAdjectiveIsNoMention() {
    List<EntityMention> ms = mentions(
        "The pro-Moscow bloc lost two seats, while anti-Tehran groups rallied in Paris on Sunday.");
    assertThat(ms).noneMatch(m -> m.text().equals("Moscow") || m.text().equals("Tehran"));
    assertThat(typeOf(ms, "Paris")).isEqualTo(EntityType.LOCATION);
  }

  @Test
  void aGenerationalSuffixMakesAPersonAndBrothersOrMutualAnOrganization() {
    List<EntityMention> ms = mentions(
        "The plan of Harwick's chairman, Edmund Harwick Jr., followed the collapse of Pellman Brothers and Ostend Mutual.");
    assertThat(typeOf(ms, "Edmund Harwick Jr.")).isEqualTo(EntityType.PERSON);
    assertThat(typeOf(ms, "Pellman Brothers")).isEqualTo(EntityType.ORGANIZATION);
    assertThat(typeOf(ms, "Ostend Mutual")).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void joinsACompanyNameWithAndBeforeASuffixAndReadsAbbreviatedMonthsAsDates() {
    List<EntityMention> ms = mentions(
        "Dakota Gas and Electric Co said it would redeem the notes.\n"
            + "Record Jan 20, payable Feb 3.\n"
            + "Jan Kowalski, a spokesman, confirmed the plan.");
    assertThat(typeOf(ms, "Dakota Gas and Electric Co")).isEqualTo(EntityType.ORGANIZATION);
    assertThat(ms).noneMatch(m -> m.text().contains("Record") || m.text().equals("Jan") || m.text().equals("Feb"));
    assertThat(typeOf(ms, "Jan Kowalski")).isEqualTo(EntityType.PERSON);
  }

  @Test
  void aNameEndingInAnOrganizationWordIsNoPersonAfterARoleOrASpeechVerb() {
    List<EntityMention> ms = mentions(
        "The notes can be called from 1989, lead manager Halden Bank said.\n"
            + "An analyst said Marcus Corp would gain from the sale.");
    assertThat(typeOf(ms, "Halden Bank")).isEqualTo(EntityType.ORGANIZATION);
    assertThat(typeOf(ms, "Marcus Corp")).isEqualTo(EntityType.ORGANIZATION);
  }

  @Test
  void wireCopyLineBreaksAndNounModifiersDoNotMakeFalseNames() {
    List<EntityMention> ms = mentions(
        "DENVER, March 2 -\nKelvane Corp said it plans to open ten stations.\n"
            + "The sources said total Ruritanian refinery throughput fell, while the Ostmark refinery closed.");
    assertThat(typeOf(ms, "Kelvane Corp")).isEqualTo(EntityType.ORGANIZATION);
    assertThat(ms).noneMatch(m -> m.text().equals("Corp") || m.text().equals("Ruritanian"));
    assertThat(typeOf(ms, "Ostmark")).isEqualTo(EntityType.FACILITY);
  }
}
