package dev.parallax.framing;

/**
 * Lexicon-based tone toward a referent: the balance of evaluative words near its mentions.
 *
 * <p>Immutable and thread-safe.
 */
public enum Tone {
  /** Score at or above 0.25. */
  POSITIVE,
  /** Evaluative words of both signs, score between -0.25 and 0.25. */
  MIXED,
  /** Score at or below -0.25. */
  NEGATIVE,
  /** No evaluative word near any mention. */
  NEUTRAL
}
