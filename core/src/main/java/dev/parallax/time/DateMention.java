package dev.parallax.time;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A date, period, time, duration or recurrence mentioned in an article, normalized against the
 * article's publication date: "last weekend" in an article of Monday 2025-04-14 is {@code
 * 2025-W15-WE}, from 2025-04-12 to 2025-04-13. Relative expressions without a publication date stay
 * unresolved (anchor {@code "unresolved"}, {@code startDate} and {@code endDate} empty,
 * underspecified value such as {@code XXXX-05}), never guessed.
 *
 * <p>Weekday names and bare months are resolved with the tense of the clause: past or present
 * tense means the most recent one ("deported in March" in April 2025 is 2025-03; "on Friday" is
 * the Friday before publication), a future marker ("will", "is set to", "next", "upcoming", "by")
 * means the next one, and a weekday equal to the publication weekday is the publication day. See
 * docs/dates.md for every rule.
 *
 * <p>Immutable and thread-safe.
 *
 * @param article id of the article
 * @param text the exact text, {@code articleText.substring(start, end)}
 * @param value TIMEX3-style value: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Www-WE, YYYY-QN,
 *     YYYY-HN, YYYY-SP/SU/FA/WI, FYYYYY, PnY, PnM, PnW, PnD, PTnH, PTnM, vague PXY, decades (199X),
 *     centuries (17XX for the 18th), times (2025-04-14T16:15Z, 2025-04-14TMO); intervals as
 *     {@code start/end} ({@code 2019/2025-04-14}); for unresolved relative dates an underspecified
 *     value such as {@code XXXX-05} or {@code XXXX-WXX-5}
 * @param type DATE, TIME, DURATION, INTERVAL ("since May", "between 2019 and 2021") or SET ("each
 *     year")
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

  /** The TIMEX3 type of a date mention. Immutable and thread-safe. */
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

  /**
   * True when both bounds are known calendar days. Durations and recurrences without an anchor,
   * and intervals whose end needs a missing publication date ("since 2019"), are not resolved.
   */
  public boolean isResolved() {
    return startDate.isPresent() && endDate.isPresent();
  }
}
