package dev.parallax.time;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A date, period or duration mentioned in an article, normalized against the article's
 * publication date: "last weekend" in an article of Monday 2025-04-14 is {@code 2025-W15-WE},
 * from 2025-04-12 to 2025-04-13. Relative expressions without a publication date stay unresolved
 * ({@code startDate} and {@code endDate} empty), never guessed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param article id of the article
 * @param text the exact text, {@code articleText.substring(start, end)}
 * @param value TIMEX3-style value: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Www-WE, YYYY-QN, PnY,
 *     PnM, PnD, PTnH, decades (199X), centuries (18XX); for unresolved relative dates an
 *     underspecified value such as {@code XXXX-05}
 * @param type DATE, DURATION, INTERVAL ("since May") or SET
 * @param start UTF-16 offset of the first character
 * @param end UTF-16 offset after the last character
 * @param sentence index of the sentence
 * @param anchor what the value was resolved against: {@code "absolute"}, {@code
 *     "publication:2025-04-14"} or {@code "unresolved"}
 * @param startDate first day covered, when known
 * @param endDate last day covered (inclusive), when known
 */
@JsonPropertyOrder({"article", "text", "value", "type", "start", "end", "sentence", "anchor", "startDate", "endDate"})
public record DateMention(
    String article,
    String text,
    String value,
    Type type,
    int start,
    int end,
    int sentence,
    String anchor,
    Optional<LocalDate> startDate,
    Optional<LocalDate> endDate) {

  /** The TIMEX3 type of a date mention. */
  public enum Type {
    DATE,
    DURATION,
    INTERVAL,
    SET,
    TIME
  }

  public DateMention {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(endDate, "endDate");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span: " + start + ".." + end);
    }
    if (startDate.isPresent() && endDate.isPresent() && endDate.get().isBefore(startDate.get())) {
      throw new IllegalArgumentException("endDate before startDate: " + startDate.get() + " > " + endDate.get());
    }
  }

  /** True when the value could be resolved to calendar days. */
  public boolean isResolved() {
    return startDate.isPresent();
  }
}
