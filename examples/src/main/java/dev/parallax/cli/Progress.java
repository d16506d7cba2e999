package dev.parallax.cli;

import java.io.PrintStream;

/** A one-line progress counter on stderr, shown only when stderr is a terminal. Not thread-safe. */
final class Progress implements AutoCloseable {
  private final PrintStream err = System.err;
  private final boolean enabled = System.console() != null && System.getenv("CI") == null;
  private final String label;
  private long count;
  private long lastPrint;
  private final long started = System.nanoTime();

  Progress(String label) {
    this.label = label;
  }

  void step() {
    count++;
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastPrint > 200_000_000L) {
      lastPrint = now;
      double secs = (now - started) / 1e9;
      err.printf("\r%s: %,d articles (%.0f/s)   ", label, count, count / Math.max(secs, 1e-9));
      err.flush();
    }
  }

  @Override
  public void close() {
    if (enabled && count > 0) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
