package dev.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.AnalyzedArticle;
import dev.parallax.compare.Disagreement.Kind;
import dev.parallax.compare.Disagreement.Verdict;
import dev.parallax.time.DateMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Comparison on small multi-article sets about invented events. */
class ComparisonTest {

  private static List<String> verdicts(Comparison c) {
    return c.disagreements().stream().map(d -> d.verdict() + " " + d.kind() + " " + d.about()).toList();
  }

  @Test
  void flagsDisjointCasualtyCountsAsConflict() {
    AnalyzedArticle a = Fixtures.article("a", "Daily", "At least 12 people were killed in the Riverton floods on Tuesday.")
        .atLeast("At least 12", 12, true, "people", "people", "kill").build();
    AnalyzedArticle b = Fixtures.article("b", "Herald", "Eight people died when the river burst its banks in Riverton.")
        .count("Eight", 8, "people", "people", "die").build();
    Comparison c = Comparison.of(List.of(a, b));
    assertThat(c.disagreements()).hasSize(1);
    Disagreement d = c.disagreements().get(0);
    assertThat(d.kind()).isEqualTo(Kind.FIGURE);
    assertThat(d.verdict()).isEqualTo(Verdict.CONFLICT);
    assertThat(d.about()).isEqualTo("people (kill)");
    assertThat(d.explanation())
        .isEqualTo("'At least 12' (Daily, [12, ∞)) and 'Eight' (Herald, 8) cannot both be true: the intervals do not overlap.");
    assertThat(d.claims())
        .containsExactly(
            new Claim("a", "Daily", "At least 12", 0, 11, "At least 12 people were killed in the Riverton floods on Tuesday.",
                12, 12, Double.POSITIVE_INFINITY, "[12, ∞)"),
            new Claim("b", "Herald", "Eight", 0, 5, "Eight people died when the river burst its banks in Riverton.",
                8, 8, 8, "8"));
  }

  @Test
  void readsBudgetPartsAndTotalAsAgreement() {
    AnalyzedArticle a = Fixtures.article("a", "Gazette",
            "The Springfield council approved $2 million for roads and $3 million for schools on Monday.")
        .money("$2 million", 2e6, "", "", "approve").money("$3 million", 3e6, "", "", "approve").build();
    AnalyzedArticle b = Fixtures.article("b", "Courier", "Springfield councillors approved a $5 million package for roads and schools.")
        .money("$5 million", 5e6, "package", "package", "approve").build();
    Comparison c = Comparison.of(List.of(a, b));
    assertThat(verdicts(c)).containsExactly("AGREE FIGURE additional package (fund)".replace("additional ", ""));
    Disagreement d = c.disagreements().get(0);
    assertThat(d.claims()).extracting(Claim::text, Claim::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("$2 million for roads and $3 million", "2,000,000 + 3,000,000 = 5,000,000"),
            org.assertj.core.groups.Tuple.tuple("$5 million", "5,000,000"));
  }

  @Test
  void reportsTheSameCountWithDifferentStartDatesAsDateConflict() {
    AnalyzedArticle a = Fixtures.article("a", "Ledger", "Since 2019, the agency has hired 300 inspectors.")
        .count("300", 300, "inspectors", "inspector", "hire")
        .date("Since 2019", "2019", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), DateMention.Type.INTERVAL)
        .build();
    AnalyzedArticle b = Fixtures.article("b", "Post", "The agency has hired 300 inspectors since 2021, officials said.")
        .count("300", 300, "inspectors", "inspector", "hire")
        .date("since 2021", "2021", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), DateMention.Type.INTERVAL)
        .build();
    Comparison c = Comparison.of(List.of(a, b));
    assertThat(verdicts(c)).containsExactly("CONFLICT DATE start of the count: inspectors (hire)", "AGREE FIGURE inspectors (hire)");
    Disagreement d = c.disagreements(Kind.DATE).get(0);
    assertThat(d.explanation())
        .isEqualTo("The same count (inspectors (hire)) is anchored to different start dates: "
            + "'Since 2019' = 2019-01-01 (Ledger) vs 'since 2021' = 2021-01-01 (Post).");
    assertThat(d.claims()).extracting(Claim::article, Claim::text, Claim::start, Claim::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", "Since 2019", 0, "2019-01-01 (300)"),
            org.assertj.core.groups.Tuple.tuple("b", "since 2021", 36, "2021-01-01 (300)"));
  }

  @Test
  void flagsFormerMayorAgainstMayorAsRoleConflict() {
    AnalyzedArticle a = Fixtures.article("a", "Times", "Mayor Jane Doe opened the new bridge on Saturday.")
        .person("Jane Doe", "person:jane-doe", "Mayor").build();
    AnalyzedArticle b = Fixtures.article("b", "Express", "Former mayor Jane Doe opened the bridge on Saturday.")
        .person("Jane Doe", "person:jane-doe", "Former mayor").build();
    Comparison c = Comparison.of(List.of(a, b));
    assertThat(verdicts(c)).containsExactly("CONFLICT ROLE Jane Doe: mayor");
    Disagreement d = c.disagreements().get(0);
    assertThat(d.claims()).extracting(Claim::outlet, Claim::text, Claim::detail)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Times", "Jane Doe", "Mayor"),
            org.assertj.core.groups.Tuple.tuple("Express", "Jane Doe", "Former mayor"));
  }

  @Test
  void readsTitleBeforeTheNameWhenTheEntityStageGaveNoRole() {
    AnalyzedArticle a = Fixtures.article("a", "Times", "Governor Ann Lee signed the bill on Friday.")
        .person("Ann Lee", "person:ann-lee", "").build();
    AnalyzedArticle b = Fixtures.article("b", "Express", "The bill was signed by former Governor Ann Lee on Friday.")
        .person("Ann Lee", "person:ann-lee", "").build();
    assertThat(verdicts(Comparison.of(List.of(a, b)))).containsExactly("CONFLICT ROLE Ann Lee: governor");
  }

  @Test
  void doesNotFlagThenPresidentAgainstPresident() {
    AnalyzedArticle a = Fixtures.article("a", "Times", "President Ann Lee signed the treaty in 2019.")
        .person("Ann Lee", "person:ann-lee", "President").build();
    AnalyzedArticle b = Fixtures.article("b", "Express", "The treaty was signed by then-President Ann Lee in 2019.")
        .person("Ann Lee", "person:ann-lee", "then-President").build();
    assertThat(Comparison.of(List.of(a, b)).disagreements(Kind.ROLE)).isEmpty();
  }

  @Test
  void agreesOnTenAndTenWrittenInDigits() {
    AnalyzedArticle a = Fixtures.article("a", "Daily", "Rescuers pulled ten more survivors from the rubble overnight.")
        .count("ten more survivors", 10, "survivors", "survivor", "pull").build();
    AnalyzedArticle b = Fixtures.article("b", "Herald", "Another 10 survivors were pulled from the rubble, rescuers said.")
        .count("10", 10, "survivors", "survivor", "pull").build();
    Comparison c = Comparison.of(List.of(a, b));
    assertThat(verdicts(c)).containsExactly("AGREE FIGURE additional survivors (pull)");
  }

  @Test
  void findsMoreThanTwoHundredCompatibleWithTheExactTotal() {
    AnalyzedArticle a = Fixtures.article("a", "Daily", "More than 200 migrants were deported to Roatan this year.")
        .atLeast("More than 200", 200, false, "migrants", "migrant", "deport").build();
    AnalyzedArticle b = Fixtures.article("b", "Herald", "Officials deported 238 Hondurans and 23 Guatemalans to Roatan.")
        .count("238", 238, "Hondurans", "honduran", "deport").count("23 Guatemalans", 23, "Guatemalans", "guatemalan", "deport").build();
    Comparison c = Comparison.of(List.of(a, b));
    assertThat(verdicts(c)).containsExactly("COMPATIBLE FIGURE migrants (deport)");
    assertThat(c.disagreements().get(0).explanation())
        .isEqualTo("The claims overlap. The most precise is 238 + 23 = 261 (Herald), which is within 'More than 200' (Daily).");
  }

  @Test
  void separatesAnIncrementFromTheRunningTotal() {
    AnalyzedArticle a = Fixtures.article("a", "Daily", "More than 200 migrants have been deported. Ten more were deported on Sunday.")
        .atLeast("More than 200", 200, false, "migrants", "migrant", "deport")
        .count("Ten more", 10, "", "", "deport").build();
    AnalyzedArticle b = Fixtures.article("b", "Herald", "An additional 10 people were deported on Sunday, bringing the total to 261.")
        .count("10", 10, "people", "people", "deport").count("261", 261, "", "", "deport").build();
    assertThat(verdicts(Comparison.of(List.of(a, b))))
        .containsExactly("COMPATIBLE FIGURE migrants (deport)", "AGREE FIGURE additional people (deport)");
  }

  @Test
  void marksTheSameNumberForDifferentThingsAsDifferentScope() {
    AnalyzedArticle a = Fixtures.article("a", "Daily", "Twelve soldiers were killed in the ambush near the Dara border post.")
        .count("Twelve", 12, "soldiers", "soldier", "kill").build();
    AnalyzedArticle b = Fixtures.article("b", "Herald", "Twelve protesters were killed near the Dara border post on Friday.")
        .count("Twelve", 12, "protesters", "protester", "kill").build();
    Comparison c = Comparison.of(List.of(a, b));
    assertThat(verdicts(c)).containsExactly("DIFFERENT_SCOPE FIGURE the number 12");
    assertThat(c.disagreements().get(0).explanation())
        .isEqualTo("The same number 12 counts different things: 'Twelve soldiers' (Daily, kill) vs 'Twelve protesters' (Herald, kill).");
  }

  @Test
  void groupsProtestersWithDemonstratorsButNotWithTroops() {
    AnalyzedArticle a = Fixtures.article("a", "Daily", "About 5,000 protesters marched through Lima on Sunday.")
        .figure("About 5,000", 5000, 4500, 5500, true, true, dev.parallax.figure.Qualifier.APPROXIMATE, "", "protesters",
            "protester", "march", dev.parallax.figure.Figure.Kind.COUNT).build();
    AnalyzedArticle b = Fixtures.article("b", "Herald", "Police said 20,000 demonstrators marched in Lima on Sunday.")
        .count("20,000", 20000, "demonstrators", "demonstrator", "march").build();
    AnalyzedArticle c2 = Fixtures.article("c", "Post", "Some 300 troops marched past the demonstrators in Lima on Sunday.")
        .count("300", 300, "troops", "troop", "march").build();
    Comparison c = Comparison.of(List.of(a, b, c2));
    assertThat(verdicts(c)).containsExactly("CONFLICT FIGURE protesters (protest)");
    assertThat(c.disagreements().get(0).outlets()).containsExactly("Daily", "Herald");
  }

  @Test
  void attributesTheSameWordsToDifferentSpeakersAsAttributionConflict() {
    AnalyzedArticle a = Fixtures.article("a", "Daily", "Smith said the new Elm Street bridge was completely safe for heavy trucks.").build();
    AnalyzedArticle b = Fixtures.article("b", "Herald", "Jones said the new Elm Street bridge was completely safe for trucks.").build();
    Comparison c = Comparison.of(List.of(a, b));
    assertThat(verdicts(c)).containsExactly("CONFLICT ATTRIBUTION 'the new Elm Street bridge was completely safe for heavy trucks'");
    assertThat(c.disagreements().get(0).explanation())
        .isEqualTo("Similar words are attributed to different speakers: Daily attributes 'the new Elm Street bridge was completely "
            + "safe for heavy trucks' to Smith; Herald attributes 'the new Elm Street bridge was completely safe for trucks' to Jones.");
  }

  @Test
  void countsShareOfVoicePerOutlet() {
    AnalyzedArticle a = Fixtures.article("a", "Daily",
        "“We will rebuild,” said Smith. Smith added that the dam would reopen. Jones said repairs were slow.").build();
    AnalyzedArticle b = Fixtures.article("b", "Herald", "Smith said the dam would reopen in May.").build();
    Comparison c = Comparison.of(List.of(a, b));
    assertThat(c.quotes()).extracting(Voice::speaker, Voice::total, Voice::byOutlet)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Smith", 3,
                List.of(new Voice.OutletCount("Daily", 2), new Voice.OutletCount("Herald", 1))),
            org.assertj.core.groups.Tuple.tuple("Jones", 1, List.of(new Voice.OutletCount("Daily", 1))));
  }

  @Test
  void countsAReprintedWireStoryOnce() {
    String wire = "The central bank raised its main interest rate by half a point on Thursday, citing stubborn inflation "
        + "in food and energy prices. Economists had expected a smaller rise. The governor said further increases were possible.";
    AnalyzedArticle a = Fixtures.article("a", "Wire", wire).build();
    AnalyzedArticle b = Fixtures.article("b", "Reprint", wire + " Reporting by staff.").build();
    AnalyzedArticle other = Fixtures.article("c", "Sport", "The home team won the cup final after extra time in front of a sold-out stadium.").build();
    Comparison c = Comparison.of(List.of(a, b, other));
    assertThat(c.stories()).hasSize(2);
    Story s = c.stories().get(0);
    assertThat(s.articles()).containsExactly("a");
    assertThat(s.duplicates()).extracting(Story.Duplicate::article, Story.Duplicate::copyOf).containsExactly(
        org.assertj.core.groups.Tuple.tuple("b", "a"));
    assertThat(c.stories().get(1).articles()).containsExactly("c");
  }

  @Test
  void listsAFigureOnlyOneOutletReportsAsOmission() {
    AnalyzedArticle a = Fixtures.article("a", "Daily", "The city will receive $6 million to repair the dam, the mayor said.")
        .money("$6 million", 6e6, "", "", "receive").build();
    AnalyzedArticle b = Fixtures.article("b", "Herald", "The mayor said the city would repair the dam this summer.").build();
    Comparison c = Comparison.of(List.of(a, b));
    assertThat(c.coverage()).extracting(Omission::kind, Omission::fact, Omission::reportedBy, Omission::omittedBy)
        .contains(org.assertj.core.groups.Tuple.tuple(Omission.Kind.FIGURE, "'$6 million' (fund)", List.of("Daily"), List.of("Herald")));
  }

  @Test
  void escapesMarkdownSyntaxInUntrustedText() {
    AnalyzedArticle a = Fixtures.article("a", "Daily | [x](http://e.vil) <b>*_`", "Smith said the plan was dead.").build();
    AnalyzedArticle b = Fixtures.article("b", "Herald", "Smith said the plan was dead.").build();
    String md = Comparison.of(List.of(a, b)).toMarkdown();
    assertThat(md).contains("Daily \\| \\[x\\]\\(http://e.vil\\) \\<b\\>\\*\\_\\`");
    assertThat(md).doesNotContain("[x](");
  }

  @Test
  void listsWhatDifferentSourcesSayAboutOnePersonAcrossOutlets() {
    AnalyzedArticle a = Fixtures.article("a", "Daily",
            "Police said Ana Ruiz was released on Friday. Her lawyer said Ana Ruiz had done nothing wrong.")
        .person("Ana Ruiz", "person:ana-ruiz", "").build();
    AnalyzedArticle b = Fixtures.article("b", "Herald",
            "Prosecutors said Ana Ruiz would face a new trial in Lima.")
        .person("Ana Ruiz", "person:ana-ruiz", "").build();
    Comparison c = Comparison.of(List.of(a, b));
    assertThat(verdicts(c)).containsExactly("COMPATIBLE ATTRIBUTION statements about Ana Ruiz");
    Disagreement d = c.disagreements().get(0);
    assertThat(d.explanation()).isEqualTo(
        "Outlets attribute what is said about Ana Ruiz to different sources: Daily: Police, Her lawyer; Herald: Prosecutors.");
    assertThat(d.claims()).extracting(Claim::text)
        .containsExactly("Ana Ruiz was released on Friday", "Ana Ruiz had done nothing wrong", "Ana Ruiz would face a new trial in Lima");
  }
}
