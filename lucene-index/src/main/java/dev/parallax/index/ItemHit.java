package dev.parallax.index;

import java.util.Objects;

/**
 * One extracted item of a hit article that matched an item filter (a figure in the asked range, a
 * date mention in the asked days, a mention of the asked entity), with its offsets into the article
 * text.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what sort of item
 * @param value figure: the stated value ({@code "1500"}); date: its TIMEX value; entity: the
 *     canonical id; quote: the speaker
 * @param text the exact text, {@code articleText.substring(start, end)}
 * @param start UTF-16 offset of the first character
 * @param end UTF-16 offset after the last character
 * @param sentence index of the sentence
 */
public record ItemHit(Kind kind, String value, String text, int start, int end, int sentence) {

  /** The kinds of indexed item. Immutable and thread-safe. */
  public enum Kind {
    FIGURE,
    DATE,
    QUOTE,
    ENTITY
  }

  public ItemHit {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span: " + start + ".." + end);
    }
  }
}
