package dev.parallax.internal.figure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.article.Article;
import dev.parallax.article.Corpus;
import dev.parallax.figure.Figure;
import dev.parallax.figure.Qualifier;
import dev.parallax.internal.nlp.TextPipeline;
import dev.parallax.text.NlpModels;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The figures a careful reader lists in the bundled sample articles. */
class SampleFiguresTest {

  private static final Map<String, List<Figure>> FIGURES = new HashMap<>();
  private static final Map<String, String> TEXTS = new HashMap<>();

  @BeforeAll
  static void extractAll() {
    TextPipeline pipeline = new TextPipeline(NlpModels.english());
    FigureExtractor extractor = new FigureExtractor();
    for (Article a : Corpus.bundled().load().articles()) {
      FIGURES.put(a.id(), extractor.extract(a, pipeline.annotate(a.text()), List.of()));
      TEXTS.put(a.id(), a.text());
    }
  }

  private static Figure figure(String article, String text) {
    List<Figure> fs = FIGURES.get(article).stream().filter(f -> f.text().equals(text)).toList();
    assertThat(fs).as("figure '%s' in %s", text, article).isNotEmpty();
    return fs.get(0);
  }

  private static Figure figureAfter(String article, String context, String text) {
    String body = TEXTS.get(article);
    int at = body.indexOf(context);
    assertThat(at).as("context '%s'", context).isGreaterThanOrEqualTo(0);
    return FIGURES.get(article).stream()
        .filter(f -> f.start() >= at && f.text().equals(text))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no figure '" + text + "' after '" + context + "'"));
  }

  @Test
  void readsMoreThanTwoHundredSinceJanuaryAsOpenLowerBound() {
    Figure f = figure("000_0739c94f3c52184a", "more than 200");
    assertThat(f.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(f.lower()).isEqualTo(200.0);
    assertThat(f.lowerInclusive()).isFalse();
    assertThat(f.upper()).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void readsOverTwoHundredVenezuelanImmigrants() {
    Figure f = figure("002_0dce748565759669", "over 200");
    assertThat(f.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(f.lowerInclusive()).isFalse();
    assertThat(f.counts()).isEqualTo("Venezuelan immigrants");
    assertThat(f.countsLemma()).isEqualTo("immigrant");
  }

  @Test
  void composesTheTwoDeportedGroupsIntoTwoHundredSixtyOne() {
    Figure c = figure("002_0dce748565759669", "238 Venezuelans and 23 Salvadorans");
    assertThat(c.value()).isEqualTo(261.0);
    assertThat(c.parts()).extracting(Figure::value).containsExactly(238.0, 23.0);
    assertThat(c.parts()).extracting(Figure::counts).containsExactly("Venezuelans", "Salvadorans");
    assertThat(FIGURES.get("002_0dce748565759669")).noneMatch(f -> f.text().equals("238") || f.text().equals("23"));
  }

  @Test
  void readsTheSixMillionDollarsAndTheLocalCurrencyAmount() {
    Figure usd = figure("004_c67a975a37603756", "$6 million");
    assertThat(usd.unit()).isEqualTo("USD");
    assertThat(usd.value()).isEqualTo(6e6);
    Figure local = figure("004_c67a975a37603756", "approximately 53 million in local currency");
    assertThat(local.qualifier()).isEqualTo(Qualifier.APPROXIMATE);
    assertThat(local.value()).isEqualTo(5.3e7);
    assertThat(local.unit()).isEqualTo("local currency");
  }

  @Test
  void readsTheTenPercentTariff() {
    Figure f = figure("004_c67a975a37603756", "10%");
    assertThat(f.unit()).isEqualTo("percent");
    assertThat(f.counts()).isEqualTo("tariff");
  }

  @Test
  void readsOverEightyFourThousandGangMembersAndIndividuals() {
    Figure jailed = figure("003_6e5703e6f34a61ec", "over 84,000");
    assertThat(jailed.counts()).isEqualTo("gang members");
    assertThat(jailed.predicate()).isEqualTo("jail");
    Figure arrested = figure("004_c67a975a37603756", "over 84,000");
    assertThat(arrested.counts()).isEqualTo("individuals");
    assertThat(arrested.predicate()).isEqualTo("arrest");
  }

  @Test
  void readsTheTenFurtherDeporteesInEachWording() {
    assertThat(figureAfter("000_0739c94f3c52184a", "confirmed that", "ten").countsLemma()).isEqualTo("individual");
    assertThat(figureAfter("004_c67a975a37603756", "another ten", "ten").countsLemma()).isEqualTo("individual");
    assertThat(figureAfter("002_0dce748565759669", "an additional", "10").countsLemma()).isEqualTo("individual");
    assertThat(figureAfter("003_6e5703e6f34a61ec", "Over the weekend", "10").countsLemma()).isEqualTo("member");
  }

  @Test
  void readsVagueQuantities() {
    Figure detainees = figure("000_0739c94f3c52184a", "thousands");
    assertThat(detainees.qualifier()).isEqualTo(Qualifier.VAGUE);
    assertThat(detainees.counts()).isEqualTo("detainees");
    Figure hundredsOfThousands = figure("002_0dce748565759669", "hundreds of thousands");
    assertThat(hundredsOfThousands.lower()).isEqualTo(2e5);
    assertThat(hundredsOfThousands.upper()).isEqualTo(1e6);
    assertThat(figure("002_0dce748565759669", "millions").qualifier()).isEqualTo(Qualifier.VAGUE);
  }

  @Test
  void doesNotReportAgesYearsCenturiesDurationsOrGangNames() {
    for (List<Figure> fs : FIGURES.values()) {
      assertThat(fs).noneMatch(f -> f.value() == 29.0 || f.value() == 2019.0 || f.value() == 13.0
          || f.value() == 18.0 || f.text().contains("three"));
    }
  }
}
