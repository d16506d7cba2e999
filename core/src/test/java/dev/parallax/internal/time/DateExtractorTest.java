package dev.parallax.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.AnalyzedArticle;
import dev.parallax.Parallax;
import dev.parallax.article.Article;
import dev.parallax.article.Corpus;
import dev.parallax.text.AnnotatedText;
import dev.parallax.text.NlpModels;
import dev.parallax.text.Sentence;
import dev.parallax.time.DateMention;
import dev.parallax.time.DateMention.Type;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class DateExtractorTest {

  /** Monday 14 April 2025, the publication date of the bundled sample. */
  private static final String PUB = "2025-04-14";

  private static Parallax parallax;

  @BeforeAll
  static void loadModels() {
    parallax = Parallax.builder().models(NlpModels.english()).entities(false).figures(false).quotes(false).build();
  }

  private static List<DateMention> dates(String text, String published) {
    Article.Builder b = Article.builder("t", text);
    if (published != null) {
      b.published(LocalDate.parse(published));
    }
    AnalyzedArticle a = parallax.analyze(b.build());
    for (DateMention d : a.dates()) {
      assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text());
    }
    return a.dates();
  }

  /** The one date in {@code text}. */
  private static DateMention one(String text, String published) {
    List<DateMention> all = dates(text, published);
    assertThat(all).as("dates in: " + text).hasSize(1);
    return all.get(0);
  }

  private static DateMention mention(String text, String value, Type type, int start, int end, int sentence,
      String anchor, String from, String to) {
    return new DateMention("t", text, value, type, start, end, sentence, anchor,
        Optional.ofNullable(from).map(LocalDate::parse), Optional.ofNullable(to).map(LocalDate::parse));
  }

  private static String values(String text, String published) {
    return dates(text, published).stream().map(d -> d.text() + "=" + d.value()).collect(Collectors.joining("; "));
  }

  private static final String AT_PUB = "publication:" + PUB;

  // ------------------------------------------------------------------ relative to the publication date

  @Test
  void resolvesThisWeekToTheIsoWeekOfPublication() {
    assertThat(one("Ministers met in Lisbon this week.", PUB))
        .isEqualTo(mention("this week", "2025-W16", Type.DATE, 24, 33, 0, AT_PUB, "2025-04-14", "2025-04-20"));
  }

  @Test
  void readsSinceMonthAsIntervalFromItsFirstDayToPublication() {
    assertThat(one("Fuel prices have doubled since January.", PUB))
        .isEqualTo(mention("since January", "2025-01/2025-04-14", Type.INTERVAL, 25, 38, 0, AT_PUB, "2025-01-01",
            "2025-04-14"));
  }

  @Test
  void readsPastWeekdayAsTheMostRecentOne() {
    assertThat(one("On Sunday, the harbour master resigned.", PUB))
        .isEqualTo(mention("Sunday", "2025-04-13", Type.DATE, 3, 9, 0, AT_PUB, "2025-04-13", "2025-04-13"));
  }

  @Test
  void readsWeekdayEqualToPublicationWeekdayAsPublicationDay() {
    assertThat(one("On Monday, the city council voted to close the bridge.", PUB).value()).isEqualTo("2025-04-14");
  }

  @Test
  void readsWeekdayAfterWillAsTheNextOne() {
    assertThat(one("The city council will vote on Friday.", PUB).value()).isEqualTo("2025-04-18");
  }

  @Test
  void readsWeekdayAfterIsSetToAsTheNextOne() {
    assertThat(one("The committee is set to meet on Wednesday.", PUB).value()).isEqualTo("2025-04-16");
  }

  @Test
  void readsLastWeekdayAsTheMostRecentBeforePublication() {
    assertThat(one("The ferry sank last Monday.", PUB).value()).isEqualTo("2025-04-07");
  }

  @Test
  void readsOverTheWeekendAsTheWeekendBeforeAMondayPublication() {
    assertThat(one("Two climbers were rescued over the weekend.", PUB))
        .isEqualTo(mention("the weekend", "2025-W15-WE", Type.DATE, 31, 42, 0, AT_PUB, "2025-04-12", "2025-04-13"));
  }

  @Test
  void readsLastWeekendAsTheWeekendBeforeAMondayPublication() {
    DateMention d = one("Storms hit the coast last weekend.", PUB);
    assertThat(List.of(d.value(), d.startDate().orElseThrow(), d.endDate().orElseThrow()))
        .containsExactly("2025-W15-WE", LocalDate.parse("2025-04-12"), LocalDate.parse("2025-04-13"));
  }

  @Test
  void readsEarlierThisYearAsThisYearUpToPublication() {
    assertThat(one("The mine was closed earlier this year.", PUB))
        .isEqualTo(mention("earlier this year", "2025", Type.DATE, 20, 37, 0, AT_PUB, "2025-01-01", "2025-04-14"));
  }

  @Test
  void readsBareMonthInPastTenseAsTheMostRecentOne() {
    assertThat(values("The dam burst in March. The strike began in May.", PUB))
        .isEqualTo("March=2025-03; May=2024-05");
  }

  @Test
  void readsBareMonthAfterWillAsTheNextOne() {
    assertThat(one("The new bridge will open in May.", PUB).value()).isEqualTo("2025-05");
  }

  @Test
  void readsDeicticWordsAgainstPublication() {
    assertThat(values("The vote took place today, the count ended yesterday and results come tomorrow.", PUB))
        .isEqualTo("today=2025-04-14; yesterday=2025-04-13; tomorrow=2025-04-15");
  }

  @Test
  void readsRelativeMonthsAndYears() {
    assertThat(values("Sales fell last year, rose this month and should recover next month.", PUB))
        .isEqualTo("last year=2024; this month=2025-04; next month=2025-05");
  }

  @Test
  void readsLastYearsPossessiveAsTheYearBefore() {
    assertThat(one("He won last year\u2019s elections by a wide margin.", PUB).value()).isEqualTo("2024");
  }

  @Test
  void readsSinceYearAsIntervalToPublication() {
    assertThat(one("She has lived in Lyon since 2019.", PUB))
        .isEqualTo(mention("since 2019", "2019/2025-04-14", Type.INTERVAL, 22, 32, 0, AT_PUB, "2019-01-01",
            "2025-04-14"));
  }

  @Test
  void readsAgoAsADateBeforePublication() {
    assertThat(values("The plant opened two years ago and closed three days ago.", PUB))
        .isEqualTo("two years ago=2023; three days ago=2025-04-11");
  }

  @Test
  void givesThePastTwoYearsBoundsEndingAtPublication() {
    assertThat(one("Rents have doubled over the past two years.", PUB))
        .isEqualTo(mention("the past two years", "P2Y", Type.DURATION, 24, 42, 0, AT_PUB, "2023-04-14",
            "2025-04-14"));
  }

  @Test
  void resolvesReutersStyleMonthDayToThePublicationYear() {
    DateMention d = one("The company said on Feb 26 that profits fell.", "1987-03-02");
    assertThat(List.of(d.text(), d.value(), d.anchor())).containsExactly("Feb 26", "1987-02-26",
        "publication:1987-03-02");
  }

  @Test
  void readsBareQuarterInPastTenseAsTheLastCompletedOne() {
    assertThat(one("Profit rose in the third quarter.", "2024-11-05").value()).isEqualTo("2024-Q3");
  }

  @Test
  void readsWeekdayAfterIsScheduledForAsTheNextOne() {
    assertThat(one("Talks are scheduled for Thursday, officials said.", PUB).value()).isEqualTo("2025-04-17");
  }

  @Test
  void readsThisWeekdayInThePublicationWeek() {
    assertThat(one("The results will be announced this Friday.", PUB).value()).isEqualTo("2025-04-18");
  }

  @Test
  void readsPartsOfDayAsTimes() {
    assertThat(values("Shots were heard on Friday morning and again last night.", PUB))
        .isEqualTo("Friday morning=2025-04-11TMO; last night=2025-04-13TNI");
  }

  @Test
  void joinsClockTimeWithItsDayAcrossTheSentenceCutAfterPm() {
    DateMention d = one("The earthquake struck at 3 p.m. on Tuesday, killing 12 people.", PUB);
    assertThat(List.of(d.text(), d.value(), d.type(), d.sentence()))
        .containsExactly("3 p.m. on Tuesday", "2025-04-08T15:00", Type.TIME, 0);
  }

  @Test
  void readsAbbreviatedMonthDayAcrossTheSentenceCutAfterFeb() {
    assertThat(one("The company said on Feb. 3 that it would cut jobs.", PUB).value()).isEqualTo("2025-02-03");
  }

  @Test
  void readsMonthDayAfterUntilAsTheNearestOne() {
    assertThat(one("The court adjourned the trial until May 2.", PUB).value()).isEqualTo("2025-05-02");
  }

  @Test
  void readsWireStylePayableDateAsTheComingOne() {
    assertThat(one("The company said the dividend was payable May 12 to holders.", "1987-03-09").value())
        .isEqualTo("1987-05-12");
  }

  @Test
  void readsPastMonthDayAsThePastOneUnlessTheComingOneIsMuchCloser() {
    assertThat(values("Talks began on January 14 and the plant shut on December 20.", "1987-03-09"))
        .isEqualTo("January 14=1987-01-14; December 20=1986-12-20");
  }

  @Test
  void givesTheNextSixMonthsBoundsStartingAtPublication() {
    DateMention d = one("Prices will stay high for the next six months.", PUB);
    assertThat(List.of(d.value(), d.startDate().orElseThrow(), d.endDate().orElseThrow()))
        .containsExactly("P6M", LocalDate.parse("2025-04-14"), LocalDate.parse("2025-10-14"));
  }

  // ------------------------------------------------------------------ absolute

  @Test
  void readsMonthAndYear() {
    assertThat(one("He took office in June 2019.", PUB))
        .isEqualTo(mention("June 2019", "2019-06", Type.DATE, 18, 27, 0, "absolute", "2019-06-01", "2019-06-30"));
  }

  @Test
  void readsFullDatesInBothOrders() {
    assertThat(values("The treaty was signed on March 3, 2024 and ratified on 3 March 2025.", PUB))
        .isEqualTo("March 3, 2024=2024-03-03; 3 March 2025=2025-03-03");
  }

  @Test
  void readsBareYear() {
    assertThat(one("The airport opened in 2018.", PUB))
        .isEqualTo(mention("2018", "2018", Type.DATE, 22, 26, 0, "absolute", "2018-01-01", "2018-12-31"));
  }

  @Test
  void readsHyphenatedCenturyAsTimexCentury() {
    assertThat(one("Officials invoked an 18th-century law.", PUB))
        .isEqualTo(mention("18th-century", "17XX", Type.DATE, 21, 33, 0, "absolute", "1700-01-01", "1799-12-31"));
  }

  @Test
  void readsDecadesAndCenturies() {
    assertThat(values("Cars of the 1990s replaced those of the 19th century.", PUB))
        .isEqualTo("the 1990s=199X; the 19th century=18XX");
  }

  @Test
  void readsQuartersAndNarrowsMidYear() {
    List<DateMention> ds = dates("Output peaked in Q3 2024 after a slump in mid-2019.", PUB);
    assertThat(ds).extracting(DateMention::value).containsExactly("2024-Q3", "2019");
    assertThat(ds.get(1).startDate()).contains(LocalDate.parse("2019-05-01"));
    assertThat(ds.get(1).endDate()).contains(LocalDate.parse("2019-08-31"));
  }

  @Test
  void readsBetweenYearsAsInterval() {
    assertThat(one("Exports grew between 2019 and 2021.", PUB))
        .isEqualTo(mention("between 2019 and 2021", "2019/2021", Type.INTERVAL, 13, 34, 0, "absolute", "2019-01-01",
            "2021-12-31"));
  }

  @Test
  void readsClockTimeOnPublicationDay() {
    assertThat(one("The polls closed at 16:15 UTC.", PUB))
        .isEqualTo(mention("16:15 UTC", "2025-04-14T16:15Z", Type.TIME, 20, 29, 0, AT_PUB, "2025-04-14",
            "2025-04-14"));
  }

  @Test
  void readsApostropheDecadesSeasonRangesHalvesAndFiscalYears() {
    assertThat(values("Music of the '90s returned in 2018-19, in H1 2023 and in fiscal 2024.", PUB))
        .isEqualTo("the '90s=199X; 2018-19=2018/2019; H1 2023=2023-H1; fiscal 2024=FY2024");
  }

  @Test
  void readsIsoDatesAndDecadeWordsButNotDatesInsideUrlsOrImpossibleDays() {
    assertThat(values("The report dated 2025-03-31 covers the nineties (see https://x.org/2025-03-31/a). "
        + "February 30 never came.", PUB)).isEqualTo("2025-03-31=2025-03-31; the nineties=199X");
  }

  @Test
  void readsMonthDashMonthAndSplitYearsAsIntervals() {
    assertThat(values("The quota for April-September is 10 pct; imports in 1987/88 rose.", "1987-04-07"))
        .isEqualTo("April-September=1987-04/1987-09; 1987/88=1987/1988");
  }

  @Test
  void readsAgoAfterAFigureAsADateNotARecurrence() {
    assertThat(values("It will buy 7,515 tonnes, against 6,813 a year ago.", "1987-04-07")).isEqualTo("a year ago=1986");
  }

  @Test
  void readsYearBeforeAnEventNounAsAYear() {
    assertThat(values("In 2019 elections, 2019 candidates ran for office.", PUB)).isEqualTo("2019=2019");
  }

  @Test
  void readsMonthRangeWithOneYearAsInterval() {
    DateMention d = one("From March to May 2020, hospitals were overwhelmed.", PUB);
    assertThat(List.of(d.value(), d.startDate().orElseThrow(), d.endDate().orElseThrow()))
        .containsExactly("2020-03/2020-05", LocalDate.parse("2020-03-01"), LocalDate.parse("2020-05-31"));
  }

  @Test
  void readsDatesAcrossHardLineWrapsOfWireCopy() {
    assertThat(values("He will retire as chairman in June\n1988, and loadings rose from a year\nago.", "1987-02-26"))
        .isEqualTo("June\n1988=1988-06; a year\nago=1986");
  }

  @Test
  void readsWireStyleNumberWordDaysAsInterval() {
    assertThat(one("Warrants are exercisable from March one, 1988, to September one, 1989.", "1987-02-26").value())
        .isEqualTo("1988-03-01/1989-09-01");
  }

  // ------------------------------------------------------------------ durations and sets

  @Test
  void readsHyphenatedDurationsAsTimexPeriods() {
    assertThat(values("The five-year plan follows a three-year crackdown and a 12-hour curfew.", PUB))
        .isEqualTo("five-year=P5Y; three-year=P3Y; 12-hour=PT12H");
  }

  @Test
  void readsCountedUnitsAsDurations() {
    DateMention d = one("The talks lasted two hours.", PUB);
    assertThat(d).isEqualTo(mention("two hours", "PT2H", Type.DURATION, 17, 26, 0, "absolute", null, null));
  }

  @Test
  void readsEachYearAsRecurrence() {
    assertThat(one("Thousands of people die each year on the roads.", PUB).type()).isEqualTo(Type.SET);
  }

  @Test
  void readsEverySummerAndEveryMondayAsRecurrences() {
    assertThat(values("The fair is held every summer and the market every Monday.", PUB))
        .isEqualTo("every summer=XXXX-SU; every Monday=XXXX-WXX-1");
  }

  @Test
  void readsUnhyphenatedCompoundDurations() {
    assertThat(values("Shares hit a 20 year low after a four day rally. The 1986 year had 53 weeks.", PUB))
        .isEqualTo("20 year=P20Y; four day=P4D; 1986=1986; 53 weeks=P53W");
  }

  // ------------------------------------------------------------------ not dates

  @Test
  void ignoresCountsMoneyAgesGangNamesAndRecently() {
    assertThat(dates("Some 2,019 people, aged 45, paid $2019 to MS-13 members, who recently fled. "
        + "Smith, 45, said it may rain.", PUB)).isEmpty();
  }

  @Test
  void ignoresWeekdaysAndMonthsThatArePartOfNames() {
    assertThat(values("The Sunday Times said Theresa May met Black Monday traders on Sunday.", PUB))
        .isEqualTo("Sunday=2025-04-13");
  }

  @Test
  void ignoresAgesWrittenWithYearOld() {
    assertThat(dates("A 45-year-old fisherman was rescued.", PUB)).isEmpty();
  }

  // ------------------------------------------------------------------ without a publication date

  @Test
  void leavesRelativeDatesUnresolvedWithoutPublicationDate() {
    assertThat(dates("The strike began on Friday, ended last year and talks resumed in May.", null))
        .containsExactly(
            mention("Friday", "XXXX-WXX-5", Type.DATE, 20, 26, 0, "unresolved", null, null),
            mention("last year", "XXXX", Type.DATE, 34, 43, 0, "unresolved", null, null),
            mention("May", "XXXX-05", Type.DATE, 65, 68, 0, "unresolved", null, null));
  }

  @Test
  void keepsAbsoluteDatesResolvedWithoutPublicationDate() {
    assertThat(one("The airport opened in 2018.", null).anchor()).isEqualTo("absolute");
  }

  @Test
  void keepsSinceYearStartButNoEndWithoutPublicationDate() {
    DateMention d = one("She has lived in Lyon since 2019.", null);
    assertThat(List.of(d.value(), d.anchor(), d.startDate(), d.endDate()))
        .containsExactly("2019/XXXX-XX-XX", "unresolved", Optional.of(LocalDate.parse("2019-01-01")),
            Optional.empty());
    assertThat(d.isResolved()).isFalse();
  }

  // ------------------------------------------------------------------ the bundled sample

  @Test
  void findsTheDatesACarefulReaderListsInTheBundledSample() {
    Map<String, String> byArticle =
        parallax.analyze(Corpus.bundled()).articles().stream()
            .collect(Collectors.toMap(a -> a.article().id(),
                a -> a.dates().stream().filter(d -> d.type() != Type.DURATION && d.type() != Type.SET)
                    .map(d -> d.text() + "=" + d.value()).collect(Collectors.joining("; "))));
    assertThat(byArticle.get("000_0739c94f3c52184a")).isEqualTo(
        "this week=2025-W16; since January=2025-01/2025-04-14; Sunday=2025-04-13; the weekend=2025-W15-WE; "
            + "earlier this year=2025");
    assertThat(byArticle.get("001_74180b19bdf747d9")).isEqualTo("June 2019=2019-06; 2018=2018");
    assertThat(byArticle.get("002_0dce748565759669")).isEqualTo(
        "Since March=2025-03/2025-04-14; last year=2024; since 2019=2019/2025-04-14; March=2025-03");
    assertThat(byArticle.get("003_6e5703e6f34a61ec")).isEqualTo(
        "today=2025-04-14; 18th-century=17XX; the weekend=2025-W15-WE");
    assertThat(byArticle.get("004_c67a975a37603756")).isEqualTo(
        "Monday=2025-04-14; last weekend=2025-W15-WE; June 2019=2019-06");
  }

  @Test
  void readsTheThreeYearCrackdownInTheBundledSampleAsADuration() {
    AnalyzedArticle a = parallax.analyze(Corpus.bundled()).articles().stream()
        .filter(x -> x.article().id().equals("004_c67a975a37603756")).findFirst().orElseThrow();
    assertThat(a.dates()).filteredOn(d -> d.type() == Type.DURATION).extracting(d -> d.text() + "=" + d.value())
        .containsExactly("three-year=P3Y");
  }

  // ------------------------------------------------------------------ linear time

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void scansAMegabyteLineOfMonthAbbreviationsAndDigitsInLinearTime() {
    StringBuilder sb = new StringBuilder();
    int k = 0;
    while (sb.length() < 1_000_000) {
      sb.append("Jan ").append(k % 40).append(", ").append(1990 + k % 50).append(' ').append(k % 7 == 0 ? "1," : "");
      k++;
    }
    String text = sb.toString();
    AnnotatedText at = new AnnotatedText(text, List.of(new Sentence(0, 0, text.length(), 0, 0, false)), List.of());
    List<DateMention> ds = new DateExtractor().extract(Article.builder("big", text).published(LocalDate.parse(PUB))
        .build(), at);
    assertThat(ds).isNotEmpty();
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void scansAMegabyteRunOfDigitsCommasAndSpacesInLinearTime() {
    String text = "1,2 3,".repeat(60_000) + "9".repeat(300_000) + " 2019";
    AnnotatedText at = new AnnotatedText(text, List.of(new Sentence(0, 0, text.length(), 0, 0, false)), List.of());
    List<DateMention> ds = new DateExtractor().extract(Article.of("big", text), at);
    assertThat(ds).extracting(DateMention::value).containsExactly("2019");
  }
}
