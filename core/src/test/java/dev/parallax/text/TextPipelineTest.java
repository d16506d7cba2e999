package dev.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.AnalyzedArticle;
import dev.parallax.CorpusAnalysis;
import dev.parallax.Parallax;
import dev.parallax.article.Article;
import dev.parallax.article.Corpus;
import dev.parallax.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class TextPipelineTest {

  static Parallax parallax;

  @BeforeAll
  static void load() {
    parallax =
        Parallax.builder().models(NlpModels.english()).entities(false).figures(false).dates(false).quotes(false).build();
  }

  @Test
  void everySentenceAndTokenSpanReproducesItsTextInTheBundledCorpus() {
    CorpusAnalysis analysis = parallax.analyze(Corpus.bundled());
    assertThat(analysis.articles()).hasSize(5);
    for (AnalyzedArticle a : analysis.articles()) {
      String text = a.article().text();
      AnnotatedText t = a.text();
      assertThat(t.sentences()).isNotEmpty();
      for (Sentence s : t.sentences()) {
        String st = text.substring(s.start(), s.end());
        assertThat(st).isEqualTo(st.strip()).isNotEmpty();
        for (Token tok : t.tokensOf(s)) {
          assertThat(text.substring(tok.start(), tok.end())).isEqualTo(tok.text());
          assertThat(tok.start()).isBetween(s.start(), s.end());
          assertThat(tok.sentence()).isEqualTo(s.index());
        }
      }
    }
  }

  @Test
  void bundledTextIsByteIdenticalToTheSeeds() throws IOException {
    Path seeds = SharedData.require("seeds");
    for (Article a : Corpus.bundled().load().articles()) {
      byte[] expected = Files.readAllBytes(seeds.resolve(a.id() + ".txt"));
      assertThat(a.text().getBytes(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(expected);
    }
  }

  @Test
  void nonProseLinesOfTheSamplesAreMarkedAsBoilerplate() {
    CorpusAnalysis analysis = parallax.analyze(Corpus.bundled());
    List<String> boiler =
        analysis.articles().stream()
            .flatMap(
                a -> a.text().sentences().stream().filter(Sentence::boilerplate).map(s -> a.text().textOf(s)))
            .collect(Collectors.toList());
    assertThat(boiler)
        .anySatisfy(s -> assertThat(s).isEqualTo("Table of Contents"))
        .anySatisfy(s -> assertThat(s).startsWith("Navigating Personal Style"))
        .anySatisfy(s -> assertThat(s).startsWith("image source from:https://"))
        .anySatisfy(s -> assertThat(s).isEqualTo("Related Sources:"))
        .anySatisfy(s -> assertThat(s).contains("Source 1"));
    // prose is not boilerplate: the marked sentences are only those lines (and one promotional line)
    assertThat(boiler).hasSizeLessThanOrEqualTo(6);
  }

  @Test
  void navigationCreditsSharePromptsAndTrailingHeadlinesAreBoilerplateInAnyArticle() {
    String text =
        "Home | World | Business | Sport\n"
            + "Floods closed the old bridge on Tuesday, and engineers said repairs would take weeks.\n"
            + "Photo: Jane Roe/Staff\n"
            + "The council will meet on Friday to discuss funding for the repairs.\n"
            + "Share this article\n"
            + "Read more:\n"
            + "Ten ways to save on heating – somesite\n"
            + "Local team wins cup\n";
    AnalyzedArticle a = parallax.analyze(Article.of("t", text));
    List<String> boiler =
        a.text().sentences().stream().filter(Sentence::boilerplate).map(s -> a.text().textOf(s)).toList();
    assertThat(boiler)
        .containsExactly(
            "Home | World | Business | Sport",
            "Photo: Jane Roe/Staff",
            "Share this article",
            "Read more:",
            "Ten ways to save on heating – somesite",
            "Local team wins cup");
  }

  @Test
  void creditGluedToTheLastSentenceIsSplitOffAndMarked() {
    String text = "The minister resigned on Friday.Image source: https://example.org/photo.jpg";
    AnalyzedArticle a = parallax.analyze(Article.of("g", text));
    assertThat(a.text().sentences()).hasSize(2);
    assertThat(a.text().textOf(a.text().sentences().get(0))).isEqualTo("The minister resigned on Friday.");
    assertThat(a.text().sentences().get(0).boilerplate()).isFalse();
    assertThat(a.text().sentences().get(1).boilerplate()).isTrue();
  }

  @Test
  void crlfAndCrLineEndingsKeepOffsetsIntoTheOriginalText() {
    String text = "First line here.\r\nSecond line follows.\rThird one.";
    AnalyzedArticle a = parallax.analyze(Article.of("c", text));
    assertThat(a.text().sentences())
        .extracting(s -> text.substring(s.start(), s.end()))
        .containsExactly("First line here.", "Second line follows.", "Third one.");
  }

  @Test
  void tokensCarryUniversalDependenciesTags() {
    AnalyzedArticle a = parallax.analyze(Article.of("p", "Police arrested 40 protesters in Paris."));
    assertThat(a.text().tokens())
        .extracting(Token::text, Token::tag)
        .contains(
            org.assertj.core.groups.Tuple.tuple("40", "NUM"),
            org.assertj.core.groups.Tuple.tuple("Paris", "PROPN"),
            org.assertj.core.groups.Tuple.tuple("protesters", "NOUN"));
    assertThat(a.text().tokens()).extracting(Token::lemma).contains("protester", "arrest");
  }

  @Test
  @Timeout(180) // guards against catastrophic behaviour only; speed is measured by the bench command
  void aOneMegabyteLineWithoutPunctuationIsCutIntoBoundedSentences() {
    String text = "1,2 34 ".repeat(150_000);
    AnalyzedArticle a = parallax.analyze(Article.of("big", text));
    assertThat(a.text().sentences()).allSatisfy(s -> assertThat(s.end() - s.start()).isLessThanOrEqualTo(1500));
    assertThat(a.text().sentences().get(a.text().sentences().size() - 1).end()).isEqualTo(text.strip().length());
  }

  @Test
  void hardWrappedWireCopyKeepsSentencesAcrossLineBreaks() {
    String text =
        "RIVER PORT REVIEW\n"
            + "LAGOS, March 3 -\n"
            + "Heavy rain continued throughout the week in\n"
            + "the northern districts, delaying shipments since early\n"
            + "January, port officials said on Monday.\n"
            + "    Arrivals for the week ended March 1 were 12,500 tonnes\n"
            + "against 9,800 a year ago.\n";
    AnalyzedArticle a = parallax.analyze(Article.of("w", text));
    List<String> sentences = a.text().sentences().stream().map(s -> a.text().textOf(s)).toList();
    assertThat(sentences)
        .anySatisfy(s -> assertThat(s).startsWith("Heavy rain").endsWith("said on Monday."))
        .anySatisfy(
            s -> assertThat(s).isEqualTo("Arrivals for the week ended March 1 were 12,500 tonnes\nagainst 9,800 a year ago."));
  }

  @Test
  void oneParagraphPerLineTextSplitsAtEveryLineBreak() {
    String text =
        "Main Heading Without Punctuation\n"
            + "The council voted on Tuesday to close the old bridge for repairs that will take weeks.\n"
            + "A Section Heading\n"
            + "Engineers said the work would start in May.\n";
    AnalyzedArticle a = parallax.analyze(Article.of("p", text));
    assertThat(a.text().sentences()).hasSize(4);
  }

  @Test
  void abbreviationsFollowedByLowerCaseOrDigitsDoNotEndASentence() {
    String text = "Trading opened at 9 a.m. and closed on Feb. 26 after the vote. Mr. Smith said it was final.";
    AnalyzedArticle a = parallax.analyze(Article.of("abbr", text));
    assertThat(a.text().sentences())
        .extracting(s -> text.substring(s.start(), s.end()))
        .containsExactly("Trading opened at 9 a.m. and closed on Feb. 26 after the vote.", "Mr. Smith said it was final.");
  }

  @Test
  void emptyAndWhitespaceTextGiveNoSentences() {
    assertThat(parallax.analyze(Article.of("e", " \n\t\n")).text().sentences()).isEmpty();
  }
}
