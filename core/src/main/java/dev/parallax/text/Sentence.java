package dev.parallax.text;

import com.fasterxml.jackson.annotation.JsonIncludeProperties;

/**
 * A sentence as a span of the original text: {@code text.substring(start, end)} is the sentence.
 * Boilerplate sentences (navigation, credits, promotions, related-article lists) are kept, with
 * their offsets, but marked so later stages can skip them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index 0-based position in the article
 * @param start UTF-16 offset of the first character
 * @param end UTF-16 offset after the last character
 * @param firstToken index of the sentence's first token in {@link AnnotatedText#tokens()}
 * @param endToken index after the sentence's last token
 * @param boilerplate true when the sentence is not article prose
 */
@JsonIncludeProperties({"start", "end", "boilerplate"})
public record Sentence(int index, int start, int end, int firstToken, int endToken, boolean boilerplate) {
  public Sentence {
    if (index < 0 || start < 0 || end < start || firstToken < 0 || endToken < firstToken) {
      throw new IllegalArgumentException(
          "bad sentence: index=" + index + " start=" + start + " end=" + end
              + " tokens=" + firstToken + ".." + endToken);
    }
  }

  /** Number of tokens in the sentence. */
  public int tokenCount() {
    return endToken - firstToken;
  }

  /** True when {@code offset} lies inside this sentence. */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
