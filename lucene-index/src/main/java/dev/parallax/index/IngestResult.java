package dev.parallax.index;

import java.util.Objects;

/**
 * What one {@link CorpusIndex#ingest ingest} run did.
 *
 * <p>Immutable and thread-safe.
 *
 * @param skipped articles skipped because an earlier run had already committed them
 * @param indexed articles indexed (added or replaced) by this run
 * @param commits number of durable commits this run made
 * @param cursor the cursor of the last commit
 */
public record IngestResult(long skipped, long indexed, long commits, IngestCursor cursor) {
  public IngestResult {
    Objects.requireNonNull(cursor, "cursor");
  }
}
