package dev.parallax.quote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.AnalyzedArticle;
import dev.parallax.Parallax;
import dev.parallax.article.Article;
import dev.parallax.quote.Quote.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotes and speakers found by the real pipeline (sentences, tokens, POS) on invented sentences. */
class QuoteExtractorTest {
  private static final Parallax P = Parallax.builder().entities(false).figures(false).dates(false).build();

  private static List<Quote> quotes(String text) {
    AnalyzedArticle a = P.analyze(Article.of("t", text));
    return a.quotes();
  }

  @Test
  void readsSaidAfterACurlyQuoteWithTheSpeakerAfterTheVerb() {
    assertThat(quotes("“We will rebuild the bridge,” said Jane Doe."))
        .containsExactly(new Quote("t", "We will rebuild the bridge", "Jane Doe", "", Kind.DIRECT, "say", 1, 27, 0));
  }

  @Test
  void readsSpeakerBeforeTheVerbAndStripsTheClosingComma() {
    assertThat(quotes("Smith said the plan was “dead on arrival,” and left."))
        .containsExactly(new Quote("t", "dead on arrival", "Smith", "", Kind.DIRECT, "say", 25, 40, 0));
  }

  @Test
  void readsReportedSpeechWithThat() {
    assertThat(quotes("The minister told reporters that the border would stay closed."))
        .containsExactly(new Quote("t", "the border would stay closed", "The minister", "", Kind.INDIRECT, "tell", 33, 61, 0));
  }

  @Test
  void readsAccordingToAtTheStartOfASentence() {
    assertThat(quotes("According to the fire brigade, the blaze started in the kitchen."))
        .containsExactly(new Quote("t", "the blaze started in the kitchen", "the fire brigade", "", Kind.ACCORDING_TO,
            "according to", 31, 63, 0));
  }

  @Test
  void readsAPartialQuoteAfterANamingVerbWithTheMainSubject() {
    assertThat(quotes("Later, Miller dismissed the report, describing it as a ‘hoax’ on television."))
        .containsExactly(new Quote("t", "hoax", "Miller", "", Kind.DIRECT, "describe", 56, 60, 0));
  }

  @Test
  void resolvesHeToThePreviousSentencesProperNounSubject() {
    assertThat(quotes("Garcia rejected the offer. “It is too little,” he said."))
        .containsExactly(new Quote("t", "It is too little", "Garcia", "", Kind.DIRECT, "say", 28, 44, 1));
  }

  @Test
  void readsTheSpeakerBeforeAnAppositive() {
    assertThat(quotes("John Smith, a spokesman for the ministry, said the talks had failed."))
        .containsExactly(new Quote("t", "the talks had failed", "John Smith", "", Kind.INDIRECT, "say", 47, 67, 0));
  }

  @Test
  void doesNotTakeApostrophesForQuotationMarks() {
    assertThat(quotes("The mayor's office didn't comment on the city's plans.")).isEmpty();
  }

  @Test
  void keepsAnUnattributedScareQuoteWithoutSpeaker() {
    assertThat(quotes("The so-called \"zero tolerance\" policy ended in June."))
        .containsExactly(new Quote("t", "zero tolerance", "", "", Kind.DIRECT, "", 15, 29, 0));
  }

  private static List<Quote> withPerson(String text, String name, String entity) {
    AnalyzedArticle a = P.analyze(Article.of("t", text));
    List<dev.parallax.entity.EntityMention> mentions = new java.util.ArrayList<>();
    int from = 0;
    for (int i = text.indexOf(name, from); i >= 0; i = text.indexOf(name, i + 1)) {
      mentions.add(new dev.parallax.entity.EntityMention("t", name, dev.parallax.entity.EntityType.PERSON, entity, i,
          i + name.length(), a.text().sentenceAt(i), ""));
    }
    return new dev.parallax.internal.quote.QuoteExtractor().extract(a.article(), a.text(), mentions);
  }

  @Test
  void linksTheSpeakerToTheEntityMentionEndingItsPhrase() {
    assertThat(withPerson("Governor Ann Lee said the bridge was safe.", "Ann Lee", "person:ann-lee"))
        .containsExactly(new Quote("t", "the bridge was safe", "Ann Lee", "person:ann-lee", Kind.INDIRECT, "say", 22, 41, 0));
  }

  @Test
  void resolvesSheToThePersonSubjectOfThePreviousSentence() {
    assertThat(withPerson("Ann Lee visited the dam with Tom Reyes. She said the bridge was safe.", "Ann Lee", "person:ann-lee"))
        .containsExactly(new Quote("t", "the bridge was safe", "Ann Lee", "person:ann-lee", Kind.INDIRECT, "say", 49, 68, 1));
  }
}
