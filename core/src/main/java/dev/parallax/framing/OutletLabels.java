package dev.parallax.framing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * How one outlet refers to one referent group: its labels with counts, and how many of its mentions are
 * hedged, attributed or bare.
 *
 * <p>Immutable and thread-safe.
 *
 * @param outlet the outlet (or article id when the outlet is unknown)
 * @param mentions number of mentions
 * @param hedged mentions carrying a hedge on the phrase itself ("alleged looters")
 * @param attributed mentions without a hedge in a sentence attributed to a source
 * @param bare mentions asserted in the outlet's own voice
 * @param verdict HEDGES when most mentions are hedged, MIXED when some are, ASSERTS when none are
 * @param labels labels, most used first, then alphabetical
 */
@JsonPropertyOrder({"outlet", "mentions", "hedged", "attributed", "bare", "verdict", "labels"})
public record OutletLabels(
    String outlet, int mentions, int hedged, int attributed, int bare, Verdict verdict, List<Label> labels) {
  public OutletLabels {
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(verdict, "verdict");
    labels = List.copyOf(labels);
  }
}
