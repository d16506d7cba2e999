package dev.parallax.framing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * How often an outlet used one category of loaded or evaluative language.
 *
 * <p>Immutable and thread-safe.
 *
 * @param category the category
 * @param count occurrences
 * @param perThousandWords occurrences per 1,000 story words
 */
@JsonPropertyOrder({"category", "count", "perThousandWords"})
public record CategoryCount(LexiconCategory category, int count, double perThousandWords) {
  public CategoryCount {
    Objects.requireNonNull(category, "category");
  }
}
