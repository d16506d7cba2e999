package dev.parallax.framing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * An outlet's epistemic stance over all its story sentences: how many are hedged, attributed or bare, the
 * markers it uses, and whether it hedges or asserts compared with the other outlets.
 *
 * <p>Immutable and thread-safe.
 *
 * @param claims story sentences read as claims
 * @param hedged claims with a hedge
 * @param attributed claims with an attribution marker and no hedge
 * @param bare claims with neither
 * @param hedgedRate hedged / claims
 * @param qualifiedRate (hedged + attributed) / claims
 * @param verdict HEDGES when the qualified rate is above zero and at least the mean over outlets
 * @param markers markers used, most frequent first
 * @param examples hedged sentences, the first three in text order
 */
@JsonPropertyOrder({"claims", "hedged", "attributed", "bare", "hedgedRate", "qualifiedRate", "verdict", "markers", "examples"})
public record StanceSummary(
    int claims,
    int hedged,
    int attributed,
    int bare,
    double hedgedRate,
    double qualifiedRate,
    Verdict verdict,
    List<TermCount> markers,
    List<Evidence> examples) {
  public StanceSummary {
    Objects.requireNonNull(verdict, "verdict");
    markers = List.copyOf(markers);
    examples = List.copyOf(examples);
  }
}
