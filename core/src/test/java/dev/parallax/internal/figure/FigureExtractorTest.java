package dev.parallax.internal.figure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.article.Article;
import dev.parallax.entity.EntityMention;
import dev.parallax.entity.EntityType;
import dev.parallax.figure.Figure;
import dev.parallax.figure.Figure.Change;
import dev.parallax.figure.Figure.Kind;
import dev.parallax.figure.Qualifier;
import dev.parallax.internal.nlp.TextPipeline;
import dev.parallax.text.AnnotatedText;
import dev.parallax.text.NlpModels;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class FigureExtractorTest {

  private static TextPipeline pipeline;

  @BeforeAll
  static void loadModels() {
    pipeline = new TextPipeline(NlpModels.english());
  }

  private static List<Figure> figures(String text) {
    return figures(text, List.of());
  }

  private static List<Figure> figures(String text, List<EntityMention> mentions) {
    AnnotatedText annotated = pipeline.annotate(text);
    List<Figure> out = new FigureExtractor().extract(Article.of("t", text), annotated, mentions);
    for (Figure f : out) {
      assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
    }
    return out;
  }

  private static Figure only(String text) {
    List<Figure> fs = figures(text);
    assertThat(fs).as("figures in %s", text).hasSize(1);
    return fs.get(0);
  }

  private static List<String> texts(String text) {
    return figures(text).stream().map(Figure::text).toList();
  }

  @Test
  void readsOverTwoHundredAsOpenLowerBound() {
    Figure f = only("Police detained over 200 striking dock workers in the port city.");
    assertThat(f.text()).isEqualTo("over 200");
    assertThat(f.qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(f.lower()).isEqualTo(200.0);
    assertThat(f.lowerInclusive()).isFalse();
    assertThat(f.upper()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(f.counts()).isEqualTo("striking dock workers");
    assertThat(f.countsLemma()).isEqualTo("worker");
    assertThat(f.predicate()).isEqualTo("detain");
  }

  @Test
  void readsAtLeastAsClosedLowerBound() {
    Figure f = only("The storm destroyed at least 30 homes.");
    assertThat(f.qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(f.lower()).isEqualTo(30.0);
    assertThat(f.lowerInclusive()).isTrue();
    assertThat(f.upper()).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void readsFewerThanAndUpToAsUpperBounds() {
    List<Figure> fs = figures("Fewer than 50 passengers survived, and up to 60 crew were rescued.");
    assertThat(fs).extracting(Figure::qualifier).containsExactly(Qualifier.LESS_THAN, Qualifier.AT_MOST);
    assertThat(fs.get(0).upper()).isEqualTo(50.0);
    assertThat(fs.get(0).upperInclusive()).isFalse();
    assertThat(fs.get(1).upper()).isEqualTo(60.0);
    assertThat(fs.get(1).upperInclusive()).isTrue();
    assertThat(fs.get(1).lower()).isEqualTo(0.0);
  }

  @Test
  void readsAboutAsTenPercentEitherSide() {
    Figure f = only("About 500 firefighters fought the blaze.");
    assertThat(f.qualifier()).isEqualTo(Qualifier.APPROXIMATE);
    assertThat(f.lower()).isEqualTo(450.0);
    assertThat(f.upper()).isEqualTo(550.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void readsNearlyAsJustBelowTheValue() {
    Figure f = only("Nearly 100 miners were trapped underground.");
    assertThat(f.qualifier()).isEqualTo(Qualifier.APPROXIMATE);
    assertThat(f.lower()).isEqualTo(90.0);
    assertThat(f.upper()).isEqualTo(100.0);
    assertThat(f.upperInclusive()).isFalse();
    assertThat(f.predicate()).isEqualTo("trap");
  }

  @Test
  void sumsCoordinatedCountsIntoCompositeWithNestedParts() {
    List<Figure> fs = figures("The clinic hired 40 nurses and 12 doctors last year.");
    assertThat(fs).hasSize(1);
    Figure c = fs.get(0);
    assertThat(c.text()).isEqualTo("40 nurses and 12 doctors");
    assertThat(c.value()).isEqualTo(52.0);
    assertThat(c.parts()).extracting(Figure::value).containsExactly(40.0, 12.0);
    assertThat(c.parts()).extracting(Figure::countsLemma).containsExactly("nurse", "doctor");
    assertThat(c.qualifier()).isEqualTo(Qualifier.EXACT);
  }

  @Test
  void sumsThreeListedCounts() {
    Figure c = only("Rescuers found 7 adults, 4 teenagers and 2 infants alive.");
    assertThat(c.value()).isEqualTo(13.0);
    assertThat(c.parts()).hasSize(3);
  }

  @Test
  void linksStatedTotalToItsParts() {
    Figure total = only("The ward has 52 staff: 40 nurses and 12 doctors.");
    assertThat(total.text()).isEqualTo("52");
    assertThat(total.value()).isEqualTo(52.0);
    assertThat(total.parts()).extracting(Figure::text).containsExactly("40", "12");
  }

  @Test
  void readsDollarMillionsAsUsd() {
    Figure f = only("The city approved $3 million for flood defences.");
    assertThat(f.text()).isEqualTo("$3 million");
    assertThat(f.value()).isEqualTo(3_000_000.0);
    assertThat(f.unit()).isEqualTo("USD");
    assertThat(f.kind()).isEqualTo(Kind.MONEY);
  }

  @Test
  void readsCurrenciesBySymbolAndWord() {
    List<Figure> fs = figures("It raised £2.5bn, €40 million, 1.2 bln dlrs, 300 mln Canadian dlrs and 90 Swiss francs.");
    assertThat(fs).extracting(Figure::unit).containsExactly("GBP", "EUR", "USD", "CAD", "CHF");
    assertThat(fs).extracting(Figure::value).containsExactly(2.5e9, 4e7, 1.2e9, 3e8, 90.0);
  }

  @Test
  void keepsUnknownLocalCurrencyAsText() {
    Figure f = only("The grant is worth approximately 80 million in local currency.");
    assertThat(f.unit()).isEqualTo("local currency");
    assertThat(f.qualifier()).isEqualTo(Qualifier.APPROXIMATE);
    assertThat(f.value()).isEqualTo(8e7);
  }

  @Test
  void readsGluedScaleSuffixes() {
    List<Figure> fs = figures("The app has 3m users and 10k reviews.");
    assertThat(fs).extracting(Figure::value).containsExactly(3e6, 1e4);
  }

  @Test
  void readsPercentWithWhatItIsOf() {
    Figure f = only("Farmers face a 25% levy on exports.");
    assertThat(f.unit()).isEqualTo("percent");
    assertThat(f.kind()).isEqualTo(Kind.PERCENT);
    assertThat(f.counts()).isEqualTo("levy");
  }

  @Test
  void readsPerCentAndPercentagePoints() {
    List<Figure> fs = figures("Turnout was 64 per cent, 3.5 percentage points higher.");
    assertThat(fs).extracting(Figure::unit).containsExactly("percent", "percentage points");
    assertThat(fs).extracting(Figure::value).containsExactly(64.0, 3.5);
  }

  @Test
  void keepsTheDirectionOfChangeFigures() {
    List<Figure> fs = figures("Sales rose 5% while the shares were down 2.1% and dividends were up 19 cents.");
    assertThat(fs).extracting(Figure::change).containsExactly(Change.UP, Change.DOWN, Change.UP);
    assertThat(fs.get(2).value()).isEqualTo(0.19);
    assertThat(fs.get(2).unit()).isEqualTo("USD");
  }

  @Test
  void readsFellByPointsAsDownwardChange() {
    Figure f = only("The index fell by 3 points.");
    assertThat(f.change()).isEqualTo(Change.DOWN);
    assertThat(f.unit()).isEqualTo("points");
  }

  @Test
  void readsRangesAsClosedIntervals() {
    List<Figure> fs = figures("Between 200 and 300 people marched, 40-60 were hurt and the convoy drove from 252 to 287 miles.");
    assertThat(fs).extracting(Figure::qualifier).containsOnly(Qualifier.RANGE);
    assertThat(fs).extracting(Figure::lower).containsExactly(200.0, 40.0, 252.0);
    assertThat(fs).extracting(Figure::upper).containsExactly(300.0, 60.0, 287.0);
    assertThat(fs.get(2).unit()).isEqualTo("mile");
  }

  @Test
  void sharesTheScaleAcrossARange() {
    Figure f = only("The repairs will cost between $2 and $3 million.");
    assertThat(f.lower()).isEqualTo(2e6);
    assertThat(f.upper()).isEqualTo(3e6);
  }

  @Test
  void readsVagueQuantitiesAsDocumentedIntervals() {
    List<Figure> fs = figures(
        "Thousands of fans, tens of thousands of pilgrims, hundreds of thousands of voters, dozens of boats and several villages were affected.");
    assertThat(fs).extracting(Figure::qualifier).containsOnly(Qualifier.VAGUE);
    assertThat(fs).extracting(Figure::lower).containsExactly(2e3, 2e4, 2e5, 24.0, 3.0);
    assertThat(fs).extracting(Figure::upper).containsExactly(1e6, 1e5, 1e6, 100.0, 10.0);
    assertThat(fs).extracting(Figure::countsLemma).containsExactly("fan", "pilgrim", "voter", "boat", "village");
  }

  @Test
  void readsNumberWordsAndCompounds() {
    List<Figure> fs = figures("Twenty-three climbers, two hundred soldiers and a dozen medics waited.");
    assertThat(fs.get(0).parts()).extracting(Figure::value).containsExactly(23.0, 200.0, 12.0);
  }

  @Test
  void readsFractions() {
    List<Figure> fs = figures("A third of voters and two-thirds of members backed it, as did half of the board.");
    assertThat(fs).extracting(Figure::value).containsExactly(1 / 3.0, 2 / 3.0, 0.5);
    assertThat(fs).extracting(Figure::unit).containsOnly("fraction");
  }

  @Test
  void findsTheCountedNounAfterAdditiveWords() {
    List<Figure> fs = figures("Another ten refugees arrived on Monday and nine more refugees on Tuesday.");
    assertThat(fs).extracting(Figure::countsLemma).containsExactly("refugee", "refugee");
    assertThat(fs).extracting(Figure::value).containsExactly(10.0, 9.0);
  }

  @Test
  void readsCountedNounAfterOf() {
    Figure f = only("Hundreds of detainees were moved.");
    assertThat(f.counts()).isEqualTo("detainees");
    assertThat(f.predicate()).isEqualTo("move");
  }

  @Test
  void recordsTheSourceOfReportedFigures() {
    assertThat(only("More than 40 people drowned, officials said.").source()).isEqualTo(Optional.of("officials"));
    assertThat(only("According to the coast guard, 12 boats sank.").source()).isEqualTo(Optional.of("coast guard"));
    assertThat(only("Twelve boats sank in the harbour.").source()).isEmpty();
    assertThat(only("The fire chief told reporters that 15 firefighters were injured.").source())
        .isEqualTo(Optional.of("fire chief"));
    assertThat(only("At least 9 bridges collapsed, said the transport ministry.").source())
        .isEqualTo(Optional.of("transport ministry"));
  }

  @Test
  void listsEntitiesOfTheSentence() {
    String text = "Nigeria deported 300 migrants.";
    EntityMention m = new EntityMention("t", "Nigeria", EntityType.LOCATION, "nigeria", 0, 7, 0, "");
    assertThat(figures(text, List.of(m)).get(0).entities()).containsExactly("nigeria");
  }

  @Test
  void doesNotCountYearsDatesOrTimes() {
    assertThat(texts("In 2019 the talks began on March 3 and resumed at 10:30 and again at 4 p.m. since 2015.")).isEmpty();
  }

  @Test
  void doesNotCountAges() {
    assertThat(texts("Maria Lopez, 45, and a 29-year-old man, aged 31, were charged.")).isEmpty();
  }

  @Test
  void doesNotCountDurationsOrOrdinals() {
    assertThat(texts("The three-year programme under an 18th-century law lasted 10 days in its first phase.")).isEmpty();
  }

  @Test
  void doesNotCountProductNamesOrScores() {
    assertThat(texts("The Boeing 737 and the F-150 with 5G won 3-1 against Route 66.")).isEmpty();
  }

  @Test
  void doesNotCountPhoneNumbersUrlsOrStreetNumbers() {
    assertThat(texts("Call 555-1234, see www.example.org/2019/report/77 or visit 10 Downing Street.")).isEmpty();
  }

  @Test
  void doesNotCountOneAsAPronoun() {
    assertThat(texts("One of the suspects fled and one woman was injured.")).isEmpty();
  }

  @Test
  void countsPluralNounsAfterFourDigitNumbers() {
    Figure f = only("The army sent 2000 troops to the border.");
    assertThat(f.value()).isEqualTo(2000.0);
    assertThat(f.countsLemma()).isEqualTo("troop");
  }

  @Test
  void readsMixedFractionsAsNewswiresWriteThem() {
    List<Figure> fs = figures("Funds opened at 6-1/16 pct and the stock rose 3-1/8 to 63-3/4 with a fee of 3/8 pct.");
    assertThat(fs).extracting(Figure::value).containsExactly(6.0625, 3.125, 63.75, 0.375);
    assertThat(fs.get(1).qualifier()).isEqualTo(Qualifier.EXACT);
  }

  @Test
  void readsHyphenatedMeasuresAndCents() {
    List<Figure> fs = figures("The 116-foot rocket carried a 40-megabyte recorder priced at 25-cent par.");
    assertThat(fs).extracting(Figure::unit).containsExactly("foot", "MB", "USD");
    assertThat(fs).extracting(Figure::value).containsExactly(116.0, 40.0, 0.25);
  }

  @Test
  void readsCentsAfterANationality() {
    List<Figure> fs = figures("Zinc costs 37 U.S. cents and 50 Canadian cents a pound.");
    assertThat(fs).extracting(Figure::unit).containsExactly("USD", "CAD");
    assertThat(fs).extracting(Figure::value).containsExactly(0.37, 0.5);
  }

  @Test
  void readsUpToAfterAMotionVerbAsTheNewLevel() {
    assertThat(only("His rating went up to 64 pct.").qualifier()).isEqualTo(Qualifier.EXACT);
    assertThat(only("The bank will lend up to 600,000 dlrs.").qualifier()).isEqualTo(Qualifier.AT_MOST);
  }

  @Test
  void doesNotCountNumberWordsInsideNames() {
    assertThat(texts("The Group of Five met the Big Three in band two.")).isEmpty();
  }

  @Test
  void readsOneBeforeAUnitAsAFigure() {
    Figure f = only("The bank cut its rate by one point.");
    assertThat(f.value()).isEqualTo(1.0);
    assertThat(f.unit()).isEqualTo("points");
  }

  @Test
  void survivesRandomNumericText() {
    long seed = 20261123L;
    java.util.Random r = new java.util.Random(seed);
    String[] pieces = {"12", "1,500", "3.5", "7-1/4", "200-300", "3/16", "$", "US$", "£", "%", "pct", "mln", "bn",
        "dlrs", "cents", "over", "about", "nearly", "between", "and", "to", "from", "of", "a", "an", "one", "two",
        "twenty", "-", "three", "hundred", "thousands", "dozens", "half", "third", "year", "-year-old", ",", ".",
        "(", ")", "Smith", "March", "people", "rose", "fell", "said", "more", "than", "at", "least", "up", "2019"};
    for (int round = 0; round < 200; round++) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + r.nextInt(30);
      for (int k = 0; k < len; k++) {
        sb.append(pieces[r.nextInt(pieces.length)]).append(r.nextInt(4) == 0 ? "" : " ");
      }
      String text = sb.toString();
      List<Figure> fs;
      try {
        fs = figures(text);
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + " round " + round + " text: " + text, e);
      }
      for (Figure f : fs) {
        assertThat(f.lower()).as(text).isLessThanOrEqualTo(f.upper());
      }
    }
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void readsAMegabyteLineOfDigitsCommasAndSpacesInLinearTime() {
    // The extractor alone, on one synthetic 1 MB "sentence": the pipeline's own speed is benchmarked elsewhere.
    StringBuilder sb = new StringBuilder(1 << 20);
    java.util.Random r = new java.util.Random(42);
    while (sb.length() < 1 << 20) {
      int k = r.nextInt(3);
      sb.append(k == 0 ? ' ' : k == 1 ? ',' : (char) ('0' + r.nextInt(10)));
    }
    String s = sb.toString();
    List<Token> tokens = new java.util.ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && s.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      while (i < s.length() && s.charAt(i) != ' ') {
        i++;
      }
      if (i > start) {
        tokens.add(new Token(start, i, s.substring(start, i), "NUM", s.substring(start, i), 0));
      }
    }
    AnnotatedText text = new AnnotatedText(s, List.of(new Sentence(0, 0, s.length(), 0, tokens.size(), false)), tokens);
    List<Figure> fs = new FigureExtractor().extract(Article.of("big", s), text, List.of());
    assertThat(fs).isNotEmpty().allMatch(f -> f.end() - f.start() <= 200);
  }
}
