package dev.parallax.internal.framing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.internal.nlp.TextPipeline;
import dev.parallax.text.AnnotatedText;
import dev.parallax.text.NlpModels;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WordsAndChunksTest {

  private static NlpModels models;
  private static Lexicons lexicons;

  @BeforeAll
  static void load() {
    models = NlpModels.english();
    lexicons = Lexicons.load();
  }

  private static List<Word> words(String text) {
    AnnotatedText t = new TextPipeline(models).annotate(text);
    return Words.of(t, t.sentences().get(0), Set.of("prison", "alien", "immigrant"));
  }

  private static List<String> chunks(String text) {
    List<Word> ws = words(text);
    return Chunker.chunk(ws, lexicons.dropmod).stream()
        .map(np -> text.substring(ws.get(np.labelStart()).start(), ws.get(np.head()).end()))
        .toList();
  }

  @Test
  void joinsAHyphenCompoundTheTokenizerCut() {
    List<Word> ws = words("Images of deportees being taken to the Cecot mega-prison have surfaced.");
    assertThat(ws).extracting(Word::text).contains("mega-prison");
    Word prison = ws.stream().filter(w -> w.text().equals("mega-prison")).findFirst().orElseThrow();
    assertThat(prison.tag()).isEqualTo("NOUN");
  }

  @Test
  void splitsAPossessiveAndGluedQuotesOffTheirWords() {
    List<Word> ws = words("He said the governor’s claim was a ‘hoax’ today.");
    assertThat(ws).extracting(Word::text).containsSubsequence("governor", "’s", "claim", "‘", "hoax", "’");
    assertThat(ws.stream().filter(w -> w.text().equals("’s")).findFirst().orElseThrow().possessive()).isTrue();
  }

  @Test
  void chunksLabelsWithoutDeterminersNumbersOrPossessors() {
    assertThat(chunks("Over the weekend, 10 more alleged gang members were sent to the country’s notorious prison."))
        .containsExactly("weekend", "alleged gang members", "notorious prison");
  }

  @Test
  void readsAQuotedClassHeadAtThePhraseEndAsANoun() {
    assertThat(chunks("He maintained that the man was an ‘illegal alien.’")).contains("illegal alien");
  }
}
