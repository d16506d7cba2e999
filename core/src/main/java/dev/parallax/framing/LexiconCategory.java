package dev.parallax.framing;

/**
 * Categories of the loaded-language lexicon (see {@code docs/framing.md}).
 *
 * <p>Immutable and thread-safe.
 */
public enum LexiconCategory {
  /** Emotionally charged labels and verbs ("regime", "thug", "witch hunt", "draconian"). */
  LOADED,
  /** Amplifiers ("very", "massive", "sweeping"). */
  INTENSIFIER,
  /** Words of approval ("fantastic", "effective", "peaceful"). */
  EVALUATIVE_POSITIVE,
  /** Words of disapproval ("controversial", "violent", "harsh"). */
  EVALUATIVE_NEGATIVE
}
