package dev.parallax.compare;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * A fact some outlets of a story report and others leave out: one row of the omissions table.
 *
 * <p>Immutable and thread-safe.
 *
 * @param story id of the story
 * @param kind FIGURE, ENTITY, QUOTE or DATE
 * @param fact the fact in words ("$4 million", "Jane Doe", "quotes from John Smith")
 * @param reportedBy outlets that report it
 * @param omittedBy outlets of the same story that do not
 * @param evidence where the fact is reported: the first occurrence per reporting outlet
 */
@JsonPropertyOrder({"story", "kind", "fact", "reportedBy", "omittedBy", "evidence"})
public record Omission(
    String story, Kind kind, String fact, List<String> reportedBy, List<String> omittedBy, List<Claim> evidence) {

  /** What sort of fact is covered or omitted. */
  public enum Kind {
    FIGURE,
    ENTITY,
    QUOTE,
    DATE
  }

  public Omission {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fact, "fact");
    reportedBy = List.copyOf(reportedBy);
    omittedBy = List.copyOf(omittedBy);
    evidence = List.copyOf(evidence);
  }
}
