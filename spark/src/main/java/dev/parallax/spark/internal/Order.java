package dev.parallax.spark.internal;

import java.io.Serializable;

/**
 * Where a record was in the input, so Spark output can keep corpus order: the input file's index
 * (inputs in the order given, each glob or directory sorted by name), the position in that file (a
 * 1-based line for JSONL, a byte offset for WARC) and the rank of an item at that position.
 *
 * <p>Immutable and thread-safe.
 */
public record Order(int file, long position, int rank) implements Serializable, Comparable<Order> {
  private static final long serialVersionUID = 1L;

  @Override
  public int compareTo(Order o) {
    int c = Integer.compare(file, o.file);
    if (c == 0) {
      c = Long.compare(position, o.position);
    }
    return c != 0 ? c : Integer.compare(rank, o.rank);
  }

  /** The same position with another rank. */
  public Order withRank(int r) {
    return new Order(file, position, r);
  }
}
