package dev.parallax.framing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * Lexicon-based tone of one outlet toward one key referent: evaluative words within five words of its
 * mentions in the same sentence (negation flips a word). It measures word choice, not the outlet's opinion.
 *
 * <p>Immutable and thread-safe.
 *
 * @param referent referent id
 * @param name referent display name
 * @param outlet outlet label
 * @param mentions mentions of the referent in the outlet
 * @param positive positive evaluative words near mentions
 * @param negative negative evaluative words near mentions
 * @param score (positive - negative) / (positive + negative), 0 when there are none
 * @param tone the score read as a tone
 * @param evidence the evaluative words, in text order (at most six)
 */
@JsonPropertyOrder({"referent", "name", "outlet", "mentions", "positive", "negative", "score", "tone", "evidence"})
public record EntityTone(
    String referent,
    String name,
    String outlet,
    int mentions,
    int positive,
    int negative,
    double score,
    Tone tone,
    List<LexiconHit> evidence) {
  public EntityTone {
    Objects.requireNonNull(referent, "referent");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(tone, "tone");
    evidence = List.copyOf(evidence);
  }
}
