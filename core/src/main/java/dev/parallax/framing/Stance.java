package dev.parallax.framing;

/**
 * The epistemic stance of a claim or mention: hedged, attributed to a source, or asserted bare.
 *
 * <p>Immutable and thread-safe.
 */
public enum Stance {
  /** A hedge marks the claim as uncertain or unproven ("alleged", "reportedly", "may"). */
  HEDGED,
  /** No hedge, but the claim is handed to a source ("according to", "officials said"). */
  ATTRIBUTED,
  /** Neither: the outlet states the claim in its own voice. */
  BARE
}
