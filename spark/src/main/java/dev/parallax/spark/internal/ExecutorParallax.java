package dev.parallax.spark.internal;

import dev.parallax.Parallax;
import dev.parallax.text.NlpModels;

/**
 * One {@link Parallax} per executor JVM, created on first use. This is the standard Spark pattern
 * for heavy read-only state (the library itself keeps no static caches; its callers own the
 * models): the models are loaded once per executor, not once per task or per record, and every
 * task thread of the executor shares the same immutable, thread-safe analyzer. Each task still
 * gets its own taggers, because {@code Parallax} creates them per call.
 *
 * <p>Thread-safe.
 */
public final class ExecutorParallax {
  private ExecutorParallax() {}

  private static volatile Parallax instance;
  private static volatile int loads;

  /** The executor's analyzer, loading the models on the first call. */
  public static Parallax get() {
    Parallax p = instance;
    if (p == null) {
      synchronized (ExecutorParallax.class) {
        p = instance;
        if (p == null) {
          p = Parallax.builder().models(NlpModels.english()).build();
          loads++;
          instance = p;
        }
      }
    }
    return p;
  }

  /** How many times this JVM loaded the models (1 after any use; for tests and metrics). */
  public static int loads() {
    return loads;
  }
}
