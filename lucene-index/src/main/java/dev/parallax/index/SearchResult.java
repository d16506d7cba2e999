package dev.parallax.index;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One page of matching articles, the total number that matched, and facet counts over all matches.
 *
 * <p>Immutable and thread-safe.
 *
 * @param total number of matching articles (exact)
 * @param hits the requested page, best first; ties in article-id order
 * @param facets per dimension ({@code outlet}, {@code entity}, {@code unit}, {@code year}), the most
 *     frequent values first; a dimension with no values is absent
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets) {
  public SearchResult {
    if (total < 0) {
      throw new IllegalArgumentException("total must be >= 0: " + total);
    }
    hits = List.copyOf(hits);
    Map<String, List<FacetCount>> copy = new java.util.HashMap<>();
    facets.forEach((dim, counts) -> copy.put(Objects.requireNonNull(dim, "dimension"), List.copyOf(counts)));
    facets = Map.copyOf(copy);
  }

  /** The ids of the hits on this page, in order. */
  public List<String> articles() {
    return hits.stream().map(Hit::article).toList();
  }

  /** The counts of one facet dimension, empty when it has none. */
  public List<FacetCount> facet(String dimension) {
    List<FacetCount> counts = facets.get(dimension);
    return counts == null ? List.of() : List.copyOf(counts);
  }
}
