package dev.parallax.index;

import java.util.Objects;

/**
 * How far an ingest run got: the first {@code next} articles of {@code source}, in source order, are
 * in the index. It is stored with every commit, so a run that was interrupted resumes after the last
 * durable commit without indexing anything twice.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the name of the source (for example the corpus path)
 * @param next number of articles of the source already indexed, i.e. the ordinal of the next one
 */
public record IngestCursor(String source, long next) {
  public IngestCursor {
    Objects.requireNonNull(source, "source");
    if (next < 0) {
      throw new IllegalArgumentException("next must be >= 0: " + next);
    }
  }
}
