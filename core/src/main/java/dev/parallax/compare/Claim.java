package dev.parallax.compare;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.parallax.internal.json.FiniteOrNull;
import java.util.Objects;

/**
 * One outlet's statement inside a comparison, with its evidence: the exact text at {@code
 * [start, end)} of the article and the sentence it stands in. Numeric fields are the claim's
 * interval for figures and {@code NaN} (JSON {@code null}) otherwise.
 *
 * <p>Immutable and thread-safe.
 *
 * @param article id of the article
 * @param outlet the outlet label ({@code Article.outletOrId()})
 * @param text exact text of the claim, {@code articleText.substring(start, end)}
 * @param start UTF-16 offset of the first character
 * @param end UTF-16 offset after the last character
 * @param sentence the text of the sentence containing the claim
 * @param value the stated value (summed for a composite figure), {@code NaN} when not a figure
 * @param lower lower end of the interval, {@code -∞} when unbounded, {@code NaN} when not a figure
 * @param upper upper end of the interval, {@code +∞} when unbounded, {@code NaN} when not a figure
 * @param detail what the claim says in normalized form: "40 + 12 = 52", a role, a date value or a
 *     speaker; "" when nothing to add
 */
@JsonPropertyOrder({"article", "outlet", "text", "start", "end", "sentence", "value", "lower", "upper", "detail"})
public record Claim(
    String article,
    String outlet,
    String text,
    int start,
    int end,
    String sentence,
    @JsonSerialize(using = FiniteOrNull.class) double value,
    @JsonSerialize(using = FiniteOrNull.class) double lower,
    @JsonSerialize(using = FiniteOrNull.class) double upper,
    String detail) {
  public Claim {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentence, "sentence");
    Objects.requireNonNull(detail, "detail");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span: " + start + ".." + end);
    }
  }
}
