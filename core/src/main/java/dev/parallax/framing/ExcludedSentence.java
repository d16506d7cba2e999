package dev.parallax.framing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A sentence left out of every framing statistic, and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param article article id
 * @param sentence sentence index
 * @param start UTF-16 offset of the sentence
 * @param end UTF-16 offset after the sentence
 * @param reason why it was left out
 */
@JsonPropertyOrder({"article", "sentence", "start", "end", "reason"})
public record ExcludedSentence(String article, int sentence, int start, int end, Reason reason) {

  /**
   * Why a sentence is not part of the story.
   *
   * <p>Immutable and thread-safe.
   */
  public enum Reason {
    /** Marked boilerplate by the text pipeline (navigation, credits, promotions). */
    BOILERPLATE,
    /** In a trailing passage opened by "In related news" or a similar marker. */
    RELATED_NEWS,
    /** Shares no content word with the terms most of the corpus uses. */
    OFF_TOPIC
  }

  public ExcludedSentence {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(reason, "reason");
  }
}
