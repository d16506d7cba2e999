package dev.parallax.framing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One occurrence of a lexicon term in a story sentence.
 *
 * <p>Immutable and thread-safe.
 *
 * @param term the lexicon term that matched (lemma form)
 * @param category its category
 * @param valence the valence used for tone: -1, 0 or 1
 * @param source {@code parallax} for Parallax's own lexicon, {@code afinn-165} for AFINN
 * @param evidence where it occurred
 */
@JsonPropertyOrder({"term", "category", "valence", "source", "evidence"})
public record LexiconHit(String term, LexiconCategory category, int valence, String source, Evidence evidence) {
  public LexiconHit {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(evidence, "evidence");
  }
}
