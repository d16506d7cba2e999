package dev.parallax.framing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * Where a framing finding was read: the article, the character span of the words and the sentence they
 * stand in, so any label, hedge or loaded word can be shown in context and its offsets checked.
 *
 * <p>Immutable and thread-safe.
 *
 * @param article article id
 * @param start UTF-16 offset of the first character of {@code text} in the article text
 * @param end UTF-16 offset after the last character
 * @param text the exact words, {@code articleText.substring(start, end)}
 * @param sentence index of the sentence in the article
 * @param sentenceText the whole sentence
 */
@JsonPropertyOrder({"article", "start", "end", "text", "sentence", "sentenceText"})
public record Evidence(String article, int start, int end, String text, int sentence, String sentenceText) {
  public Evidence {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentenceText, "sentenceText");
    if (start < 0 || end < start || sentence < 0) {
      throw new IllegalArgumentException("bad evidence span: " + start + ".." + end + " sentence " + sentence);
    }
  }
}
