package dev.parallax.report;

import java.util.Objects;

/**
 * One outlet's side of a disagreement: a span of an article's text and the value read from it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param article id of the article
 * @param start UTF-16 offset of the first character in the article text
 * @param end UTF-16 offset after the last character
 * @param text the exact text of the span
 * @param value the value read from the span ("(200, ∞) people", "2025-04-14"), "" when none
 */
public record ClaimSpan(String article, int start, int end, String text, String value) {
  public ClaimSpan {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span: " + start + ".." + end);
    }
  }
}
