package dev.parallax.compare;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One aligned group of claims from different outlets about the same thing, with a verdict and an
 * explanation in words. Agreements are listed too, so a reader sees what was checked.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what is compared
 * @param about what the claims are about, in words ("people deported", "Jane Doe: mayor")
 * @param verdict how the claims relate
 * @param explanation why, in one or two sentences
 * @param story id of the story the claims belong to
 * @param claims the claims, ordered by article id then offset
 */
@JsonPropertyOrder({"kind", "about", "verdict", "explanation", "story", "claims"})
public record Disagreement(
    Kind kind, String about, Verdict verdict, String explanation, String story, List<Claim> claims) {

  /** What a group of claims compares. */
  public enum Kind {
    /** Numbers describing the same quantity. */
    FIGURE,
    /** Time anchors or dates of the same claim or event. */
    DATE,
    /** Roles or titles given to the same entity. */
    ROLE,
    /**
     * Statements and their sources: similar words given to different speakers (CONFLICT), or what
     * different sources are reported to say about one person (COMPATIBLE, "statements about X").
     */
    ATTRIBUTION,
    /** The same speaker quoted with different wording. */
    QUOTE
  }

  /** How the claims of a group relate. */
  public enum Verdict {
    /** Incompatible: disjoint intervals, different dates, incompatible roles or speakers. */
    CONFLICT,
    /** The same number or words used for a different thing or period. */
    DIFFERENT_SCOPE,
    /** Overlapping but not identical; one claim is more precise. */
    COMPATIBLE,
    /** The same interval, date, role or words. */
    AGREE
  }

  public Disagreement {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(about, "about");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(story, "story");
    claims = List.copyOf(claims);
  }

  /** Distinct outlets among the claims, in claim order. */
  public List<String> outlets() {
    return claims.stream().map(Claim::outlet).distinct().toList();
  }
}
