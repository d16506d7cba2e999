package dev.parallax.text;

import java.util.List;
import java.util.Objects;

/**
 * An article's text split into sentences and tokens, all as spans of the original text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the original text
 * @param sentences sentences in order, covering all non-blank text
 * @param tokens tokens in order; each sentence names its token range
 */
public record AnnotatedText(String text, List<Sentence> sentences, List<Token> tokens) {
  public AnnotatedText {
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    tokens = List.copyOf(tokens);
    for (Sentence s : sentences) {
      if (s.end() > text.length() || s.endToken() > tokens.size()) {
        throw new IllegalArgumentException("sentence outside text: " + s);
      }
    }
  }

  /** The tokens of one sentence. */
  public List<Token> tokensOf(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }

  /** The text of one sentence. */
  public String textOf(Sentence sentence) {
    return text.substring(sentence.start(), sentence.end());
  }

  /** The index of the sentence containing {@code offset}, or -1 if it falls between sentences. */
  public int sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Sentence s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  /** Number of tokens outside boilerplate sentences (prose words for rates). */
  public int proseTokenCount() {
    int n = 0;
    for (Sentence s : sentences) {
      if (!s.boilerplate()) {
        n += s.tokenCount();
      }
    }
    return n;
  }
}
