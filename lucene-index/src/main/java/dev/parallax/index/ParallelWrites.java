package dev.parallax.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs one write per item on several threads (the calling thread and {@code threads - 1} named
 * helpers that end with the call), each taking the next item until all are done or one fails.
 *
 * <p>Stateless and thread-safe.
 */
final class ParallelWrites {
  private ParallelWrites() {}

  /** One write; may throw. */
  interface Write<T> {
    void run(T item) throws IOException;
  }

  private static final AtomicInteger RUNS = new AtomicInteger();

  /**
   * Applies {@code write} to every item and returns when all threads have stopped. After the first
   * failure the threads take no new items; that failure is thrown (others are suppressed into it).
   */
  static <T> void run(List<T> items, int threads, Write<T> write) throws IOException {
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable work =
        () -> {
          try {
            for (int i; failure.get() == null && (i = next.getAndIncrement()) < items.size(); ) {
              write.run(items.get(i));
            }
          } catch (Throwable t) { // handed to the calling thread, which rethrows it
            if (!failure.compareAndSet(null, t)) {
              failure.get().addSuppressed(t);
            }
          }
        };
    int run = RUNS.incrementAndGet();
    List<Thread> helpers = new ArrayList<>(threads - 1);
    for (int i = 1; i < threads; i++) {
      Thread t = new Thread(work, "parallax-index-write-" + run + "-" + i);
      t.setDaemon(true);
      helpers.add(t);
      t.start();
    }
    work.run();
    boolean interrupted = false;
    for (Thread t : helpers) {
      while (true) {
        try {
          t.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true; // the helpers use the writer: never return before they are done
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    Throwable t = failure.get();
    if (t instanceof IOException io) {
      throw io;
    }
    if (t instanceof RuntimeException re) {
      throw re;
    }
    if (t instanceof Error err) {
      throw err;
    }
    if (t != null) {
      throw new IOException(t);
    }
  }
}
