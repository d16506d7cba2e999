package dev.parallax.figure;

/**
 * How a figure's stated number relates to the true quantity.
 *
 * <p>Immutable and thread-safe.
 */
public enum Qualifier {
  /** The number as stated ("450", "exactly 10"). */
  EXACT,
  /** "about", "around", "nearly", "some", "an estimated": a closed interval around the value. */
  APPROXIMATE,
  /** "more than", "over", "above", "in excess of": open lower bound. */
  MORE_THAN,
  /** "at least": closed lower bound. */
  AT_LEAST,
  /** "fewer than", "under", "below", "less than": open upper bound. */
  LESS_THAN,
  /** "at most", "up to", "no more than": closed upper bound. */
  AT_MOST,
  /** "between 200 and 300", "200-300". */
  RANGE,
  /** "hundreds of", "dozens", "several", "millions". */
  VAGUE
}
