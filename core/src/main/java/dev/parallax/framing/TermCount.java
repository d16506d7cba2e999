package dev.parallax.framing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A lexicon term and how often it occurred.
 *
 * <p>Immutable and thread-safe.
 *
 * @param term the lexicon term
 * @param count occurrences
 */
@JsonPropertyOrder({"term", "count"})
public record TermCount(String term, int count) {
  public TermCount {
    Objects.requireNonNull(term, "term");
  }
}
