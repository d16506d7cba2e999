package dev.parallax.index;

import java.util.Objects;

/**
 * One facet value and the number of matching articles that have it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the value: an outlet, a canonical entity id, a figure unit ({@code "count"} for plain
 *     counts) or a year
 * @param count number of matching articles
 */
public record FacetCount(String label, long count) {
  public FacetCount {
    Objects.requireNonNull(label, "label");
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0: " + count);
    }
  }
}
