package dev.parallax.report;

import java.util.List;
import java.util.Objects;

/**
 * Claims from different articles about the same thing, with how they relate: the report highlights
 * each claim in its article and links the claims of a group to one another.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what is compared: {@code FIGURE}, {@code DATE}, {@code ROLE}, {@code ATTRIBUTION}
 * @param verdict how the claims relate: {@code AGREE}, {@code COMPATIBLE}, {@code CONFLICT},
 *     {@code DIFFERENT_SCOPE}
 * @param explanation one sentence for a reader
 * @param claims the claims, at least one
 */
public record ClaimGroup(String kind, String verdict, String explanation, List<ClaimSpan> claims) {
  public ClaimGroup {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(explanation, "explanation");
    claims = List.copyOf(claims);
    if (claims.isEmpty()) {
      throw new IllegalArgumentException("claims must not be empty");
    }
  }
}
