package dev.parallax.report;

import java.util.List;
import java.util.Objects;

/**
 * A plain table for a report (a framing table, say): a title, a header row and rows of cells.
 * Every cell is untrusted text and is escaped when rendered.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title the caption
 * @param header column names
 * @param rows rows, each as long as the header
 */
public record Table(String title, List<String> header, List<List<String>> rows) {
  public Table {
    Objects.requireNonNull(title, "title");
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
    for (List<String> r : rows) {
      if (r.size() != header.size()) {
        throw new IllegalArgumentException("row has " + r.size() + " cells, header has " + header.size() + ": " + r);
      }
    }
  }
}
