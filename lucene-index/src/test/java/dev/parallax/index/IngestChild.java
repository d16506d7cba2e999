package dev.parallax.index;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The child process of {@link CorpusIndexKillTest}: ingests {@link Synthetic} articles into an
 * index and prints {@code ACK <next>} after each durable commit, then {@code DONE}. Not thread-safe.
 *
 * <p>Arguments: index directory, number of articles, batch size.
 */
public final class IngestChild {
  private IngestChild() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    long total = Long.parseLong(args[1]);
    int batch = Integer.parseInt(args[2]);
    PrintStream out = System.out;
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      out.println("OPEN " + index.cursor().map(IngestCursor::next).orElse(0L));
      out.flush();
      index.ingest(
          "synthetic",
          Synthetic.articles(total),
          Synthetic::analyze,
          batch,
          c -> {
            out.println("ACK " + c.next());
            out.flush();
          });
    }
    out.println("DONE");
    out.flush();
  }
}
