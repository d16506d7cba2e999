package dev.parallax.framing;

/**
 * Whether an outlet hedges or asserts, overall or about one referent group.
 *
 * <p>Immutable and thread-safe.
 */
public enum Verdict {
  /** Qualifies its claims (hedges or attributes) at least as often as the corpus average. */
  HEDGES,
  /** Qualifies some mentions of a referent and asserts others. */
  MIXED,
  /** Qualifies less often than the corpus average, or never. */
  ASSERTS
}
