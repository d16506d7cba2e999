package dev.parallax.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A distribution per outlet, drawn as one stacked bar per outlet: policy frames per outlet, or
 * share of voice (how much each speaker is quoted) per outlet.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the chart title
 * @param unit what the values count ("quoted words", "sentences")
 * @param rows one row per outlet, in display order
 */
public record Shares(String title, String unit, List<Shares.Row> rows) {
  public Shares {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(unit, "unit");
    rows = List.copyOf(rows);
  }

  /**
   * One outlet's values by label, in display order; values are non-negative and finite.
   *
   * <p>Immutable and thread-safe.
   *
   * @param outlet the outlet (or article) label
   * @param values value per label, in insertion order
   */
  public record Row(String outlet, Map<String, Double> values) {
    public Row {
      Objects.requireNonNull(outlet, "outlet");
      LinkedHashMap<String, Double> copy = new LinkedHashMap<>();
      values.forEach(
          (k, v) -> {
            Objects.requireNonNull(k, "label");
            if (v == null || !Double.isFinite(v) || v < 0) {
              throw new IllegalArgumentException("value for '" + k + "' must be finite and >= 0: " + v);
            }
            copy.put(k, v);
          });
      values = Collections.unmodifiableMap(copy);
    }

    /** The sum of the values. */
    public double total() {
      return values.values().stream().mapToDouble(Double::doubleValue).sum();
    }
  }
}
