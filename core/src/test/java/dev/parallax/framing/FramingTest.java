package dev.parallax.framing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.CorpusAnalysis;
import dev.parallax.Parallax;
import dev.parallax.article.Article;
import dev.parallax.article.Corpus;
import dev.parallax.json.ParallaxJson;
import dev.parallax.text.NlpModels;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FramingTest {

  private static NlpModels models;
  private static Parallax parallax;

  @BeforeAll
  static void loadModels() {
    models = NlpModels.english();
    parallax = Parallax.builder().models(models).build();
  }

  private static final String PROTEST_LEDGER =
      "Thousands of peaceful demonstrators marched through the capital on Saturday to oppose the new curfew. "
          + "Police reportedly fired tear gas at the demonstrators, and two protesters were killed, according to witnesses.\n"
          + "In related news, the mayor opened a new prison for the rioters.";
  private static final String PROTEST_COURIER =
      "Violent rioters stormed the capital on Saturday to attack the new curfew. "
          + "The rioters smashed windows, and two rioters died in the chaos. Police restored order in the capital.";

  private static FramingReport framing(String... idOutletText) {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < idOutletText.length; i += 3) {
      articles.add(Article.builder(idOutletText[i], idOutletText[i + 2]).outlet(idOutletText[i + 1]).build());
    }
    return Framing.of(parallax.analyze(articles));
  }

  private static FramingReport protest() {
    return framing("protest-a", "Daily Ledger", PROTEST_LEDGER, "protest-b", "Evening Courier", PROTEST_COURIER);
  }

  /** "label ×count" for each label of a referent in one outlet, in report order. */
  private static List<String> labels(FramingReport r, String referent, String outlet) {
    return r.referent(referent).orElseThrow().outlet(outlet).orElseThrow().labels().stream()
        .map(l -> l.text() + " ×" + l.count() + (l.hedged() > 0 ? " hedged" : ""))
        .toList();
  }

  @Test
  void contrastsPeacefulDemonstratorsWithViolentRioters() {
    FramingReport r = protest();
    assertThat(labels(r, "class:protesters", "Daily Ledger"))
        .containsExactly("demonstrators ×1", "peaceful demonstrators ×1", "protesters ×1");
    assertThat(labels(r, "class:protesters", "Evening Courier")).containsExactly("rioters ×2", "violent rioters ×1");
    assertThat(r.toText())
        .contains("Only one outlet says: Daily Ledger: demonstrators, peaceful demonstrators, protesters;"
            + " Evening Courier: rioters, violent rioters");
  }

  @Test
  void contrastsKilledWithDied() {
    FramingReport r = protest();
    assertThat(labels(r, "class:deaths", "Daily Ledger")).containsExactly("were killed ×1");
    assertThat(labels(r, "class:deaths", "Evening Courier")).containsExactly("died ×1");
    Evidence killed = r.referent("class:deaths").orElseThrow().outlet("Daily Ledger").orElseThrow().labels().get(0).evidence().get(0);
    assertThat(PROTEST_LEDGER.substring(killed.start(), killed.end())).isEqualTo("were killed");
  }

  @Test
  void marksTheLedgerAsHedgingAndTheCourierAsAsserting() {
    FramingReport r = protest();
    assertThat(r.hedgingOutlets()).containsExactly("Daily Ledger");
    assertThat(r.assertingOutlets()).containsExactly("Evening Courier");
    Claim hedged = r.claims().stream().filter(c -> c.article().equals("protest-a") && c.sentence() == 1).findFirst().orElseThrow();
    assertThat(hedged.stance()).isEqualTo(Stance.HEDGED);
    assertThat(hedged.markers()).containsExactly("reportedly", "according to");
    assertThat(r.claims().stream().filter(c -> c.article().equals("protest-b")).map(Claim::stance))
        .containsExactly(Stance.BARE, Stance.BARE, Stance.BARE);
  }

  @Test
  void leavesRelatedNewsOutOfEveryStatistic() {
    FramingReport r = protest();
    assertThat(r.excluded())
        .containsExactly(new ExcludedSentence("protest-a", 2, 213, 276, ExcludedSentence.Reason.RELATED_NEWS));
    assertThat(r.referent("class:detention-facility")).isEmpty();
    assertThat(r.outlet("Daily Ledger").orElseThrow().sentences()).isEqualTo(2);
  }

  @Test
  void findsTheCourierMostLoaded() {
    FramingReport r = protest();
    assertThat(r.mostLoadedOutlet()).isEqualTo("Evening Courier");
    LoadedLanguage courier = r.outlet("Evening Courier").orElseThrow().loaded();
    assertThat(courier.terms()).extracting(TermCount::term).contains("violent", "rioter");
    LoadedLanguage ledger = r.outlet("Daily Ledger").orElseThrow().loaded();
    assertThat(ledger.terms()).containsExactly(new TermCount("peaceful", 1));
  }

  @Test
  void contrastsUndocumentedImmigrantsWithIllegalAliens() {
    FramingReport r =
        framing(
            "bill-a", "Valley Times",
            "The Senate passed a bill on Tuesday that would give undocumented immigrants a path to citizenship. "
                + "Supporters said the bill would help families.",
            "bill-b", "Frontier Post",
            "The Senate passed an amnesty bill on Tuesday that rewards illegal aliens. "
                + "Critics said the bill would flood the country with illegal aliens.");
    assertThat(labels(r, "class:people-moved", "Valley Times")).containsExactly("undocumented immigrants ×1");
    assertThat(labels(r, "class:people-moved", "Frontier Post")).containsExactly("illegal aliens ×2");
    assertThat(labels(r, "class:legislation", "Valley Times")).containsExactly("bill ×2");
    assertThat(labels(r, "class:legislation", "Frontier Post")).containsExactly("amnesty bill ×1", "bill ×1");
    assertThat(r.mostLoadedOutlet()).isEqualTo("Frontier Post");
    assertThat(r.outlet("Frontier Post").orElseThrow().loaded().terms())
        .containsExactly(new TermCount("illegal aliens", 2), new TermCount("amnesty", 1));
  }

  @Test
  void contrastsTaxReliefWithTaxCutsForTheWealthy() {
    FramingReport r =
        framing(
            "tax-a", "Harbor Herald",
            "The House approved tax relief for working families on Thursday. "
                + "The tax relief will lower rates for millions of households.",
            "tax-b", "Plains Gazette",
            "The House approved tax cuts for the wealthy on Thursday. "
                + "The tax cuts are a giveaway to the rich, critics said.");
    assertThat(labels(r, "class:tax-change", "Harbor Herald")).containsExactly("tax relief ×2");
    assertThat(labels(r, "class:tax-change", "Plains Gazette")).containsExactly("tax cuts ×1", "tax cuts for the wealthy ×1");
    assertThat(r.outlet("Harbor Herald").orElseThrow().dominantFrame()).contains(PolicyFrame.ECONOMIC);
  }

  @Test
  void groupsHedgedAndBareLabelsOfTheDeportedPeopleInTheBundledCorpus() {
    CorpusAnalysis analysis = parallax.analyze(Corpus.bundled());
    FramingReport r = Framing.of(analysis);
    assertThat(r.outlets()).extracting(OutletProfile::outlet)
        .containsExactly("000_0739c94f3c52184a", "001_74180b19bdf747d9", "002_0dce748565759669", "003_6e5703e6f34a61ec",
            "004_c67a975a37603756");
    assertThat(labels(r, "class:people-moved", "000_0739c94f3c52184a"))
        .contains("suspected gang members ×1 hedged", "individuals ×1");
    assertThat(labels(r, "class:people-moved", "002_0dce748565759669"))
        .contains("Venezuelan immigrants ×1", "illegal alien ×1");
    assertThat(labels(r, "class:people-moved", "003_6e5703e6f34a61ec"))
        .contains("alleged gang members ×1 hedged", "dangerous gang members ×1", "illegal immigrants ×1");
    assertThat(labels(r, "class:detention-facility", "000_0739c94f3c52184a")).contains("Cecot mega-prison ×1");
    assertThat(labels(r, "class:detention-facility", "002_0dce748565759669")).contains("notorious high-security gang prison ×1");
    assertThat(labels(r, "class:detention-facility", "004_c67a975a37603756")).contains("maximum-security facility ×1");
    assertThat(r.mostLoadedOutlet()).isEqualTo("003_6e5703e6f34a61ec");
    assertThat(r.hedgingOutlets()).contains("000_0739c94f3c52184a", "004_c67a975a37603756");
    assertThat(r.assertingOutlets()).contains("003_6e5703e6f34a61ec");
    assertThat(r.excluded()).filteredOn(e -> e.reason() == ExcludedSentence.Reason.RELATED_NEWS)
        .extracting(ExcludedSentence::article).containsOnly("002_0dce748565759669");
  }

  @Test
  void pointsEveryPieceOfEvidenceAtItsExactTextInTheBundledCorpus() {
    CorpusAnalysis analysis = parallax.analyze(Corpus.bundled());
    FramingReport r = Framing.of(analysis);
    List<Evidence> all = new ArrayList<>();
    r.referents().forEach(ref -> ref.outlets().forEach(o -> o.labels().forEach(l -> all.addAll(l.evidence()))));
    r.outlets().forEach(o -> o.loaded().examples().forEach(h -> all.add(h.evidence())));
    r.outlets().forEach(o -> o.frames().forEach(f -> all.addAll(f.examples())));
    r.outlets().forEach(o -> all.addAll(o.stance().examples()));
    r.tone().forEach(t -> t.evidence().forEach(h -> all.add(h.evidence())));
    assertThat(all).hasSizeGreaterThan(300);
    for (Evidence e : all) {
      var article = analysis.article(e.article()).orElseThrow();
      String text = article.article().text();
      assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
      assertThat(article.text().textOf(article.text().sentences().get(e.sentence()))).isEqualTo(e.sentenceText());
      assertThat(article.text().sentences().get(e.sentence()).boilerplate()).isFalse();
    }
  }

  @Test
  void writesTheSameJsonTwiceWithEvidenceOffsets() throws Exception {
    FramingReport a = protest();
    FramingReport b = protest();
    String json = ParallaxJson.mapper().writeValueAsString(a);
    assertThat(json).isEqualTo(ParallaxJson.mapper().writeValueAsString(b));
    assertThat(json).startsWith("{\"method\":").contains("\"referents\":[").contains("\"sentenceText\":");
    assertThat(ParallaxJson.mapper().readTree(json).get("mostLoadedOutlet").asText()).isEqualTo("Evening Courier");
  }

  @Test
  void escapesMarkdownInOutletNames() {
    FramingReport r =
        framing("protest-a", "Pipe|Star*News", PROTEST_LEDGER, "protest-b", "[Courier](x)", PROTEST_COURIER);
    String md = r.toMarkdown();
    assertThat(md).contains("| Pipe\\|Star\\*News |").contains("\\[Courier\\]\\(x\\)").doesNotContain("| Pipe|Star");
    assertThat(r.toText()).contains("Pipe|Star*News");
  }

  @Test
  void readsPeacefulAsPositiveAndViolentAsNegativeToneTowardTheProtesters() {
    FramingReport r = protest();
    List<String> tone = r.tone().stream()
        .filter(t -> t.referent().equals("class:protesters"))
        .map(t -> t.outlet() + " " + t.positive() + "/" + t.negative() + " " + t.tone() + " "
            + t.evidence().stream().map(h -> h.evidence().text()).toList())
        .toList();
    assertThat(tone).containsExactly("Daily Ledger 1/0 POSITIVE [peaceful]", "Evening Courier 0/1 NEGATIVE [Violent]");
  }

  @Test
  void assignsEachStorySentenceOnePrimaryPolicyFrame() {
    FramingReport r = protest();
    OutletProfile courier = r.outlet("Evening Courier").orElseThrow();
    assertThat(courier.frame(PolicyFrame.CRIME_AND_PUNISHMENT).sentences()).isEqualTo(3);
    assertThat(courier.frame(PolicyFrame.CRIME_AND_PUNISHMENT).share()).isEqualTo(1.0);
    assertThat(courier.frame(PolicyFrame.CRIME_AND_PUNISHMENT).cues()).extracting(TermCount::term).containsExactly("rioter", "police");
    OutletProfile ledger = r.outlet("Daily Ledger").orElseThrow();
    assertThat(ledger.frames().stream().filter(f -> f.sentences() > 0).map(FrameShare::frame))
        .containsExactly(PolicyFrame.HEALTH_AND_SAFETY, PolicyFrame.PUBLIC_OPINION);
    assertThat(ledger.frames()).hasSize(15);
  }

  @Test
  void takesLabelsGivenThroughALabellingVerbForTheDeportedWorkers() {
    FramingReport r =
        framing(
            "raid-a", "River Daily",
            "Federal agents deported 50 workers from the meatpacking plant, whom officials labeled criminals and gang members. "
                + "The plant closed on Friday.",
            "raid-b", "Coast Journal",
            "Federal agents deported 50 workers from the meatpacking plant on Friday. "
                + "Their families said the workers had lived in the town for decades.");
    assertThat(labels(r, "class:people-moved", "River Daily")).containsExactly("criminals ×1", "gang members ×1", "workers ×1");
    assertThat(labels(r, "class:people-moved", "Coast Journal")).containsExactly("workers ×1");
    assertThat(labels(r, "class:deportations", "Coast Journal")).containsExactly("deported ×1");
    assertThat(labels(r, "class:police", "River Daily")).containsExactly("federal agents ×1");
  }

  @Test
  void collectsTitlesAndAppositionsAsLabelsOfANamedPerson() {
    FramingReport r =
        framing(
            "clinic-a", "Metro Star",
            "Mayor Ana Ortiz, a former nurse, opened the new clinic on Monday. The clinic will serve 4,000 families.",
            "clinic-b", "County Voice",
            "Ortiz, a career politician, opened the clinic on Monday after a bitter budget fight.");
    // the entity recognizer links the two names; the id is the canonical entity's
    Referent ortiz = r.referents().stream().filter(x -> x.name().equals("Ana Ortiz")).findFirst().orElseThrow();
    assertThat(ortiz.id()).isEqualTo("entity:person:ana-ortiz");
    assertThat(ortiz.kind()).isEqualTo(ReferentKind.NAMED);
    assertThat(labels(r, ortiz.id(), "Metro Star")).containsExactly("former nurse ×1", "Mayor ×1");
    assertThat(labels(r, ortiz.id(), "County Voice")).containsExactly("career politician ×1");
  }

  @Test
  void groupsNamesBySuffixWhenNoEntityRecognizerRan() {
    Parallax plain = Parallax.builder().models(models).entities(false).build();
    List<Article> articles =
        List.of(
            Article.builder("clinic-a", "Mayor Ana Ortiz, a former nurse, opened the new clinic on Monday.").outlet("Metro Star").build(),
            Article.builder("clinic-b", "Ortiz, a career politician, opened the clinic on Monday.").outlet("County Voice").build());
    FramingReport r = Framing.of(plain.analyze(articles));
    assertThat(labels(r, "name:ana ortiz", "Metro Star")).containsExactly("former nurse ×1", "Mayor ×1");
    assertThat(labels(r, "name:ana ortiz", "County Voice")).containsExactly("career politician ×1");
    assertThat(r.referent("name:ana ortiz").orElseThrow().name()).isEqualTo("Ana Ortiz");
  }

  @Test
  void returnsAnEmptyReportForNoArticles() {
    FramingReport r = Framing.of(List.of());
    assertThat(r.outlets()).isEmpty();
    assertThat(r.referents()).isEmpty();
    assertThat(r.mostLoadedOutlet()).isEmpty();
    assertThat(r.toText()).contains("Most loaded language: none");
  }
}
