package dev.parallax.index;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared for tests and benchmarks that need it; they skip when it is absent. */
final class Shared {
  private Shared() {}

  /** The shared folder: system property {@code parallax.shared}, else the nearest {@code shared} folder upwards. */
  static Path root() {
    String prop = System.getProperty("parallax.shared");
    if (prop != null && Files.isDirectory(Path.of(prop))) {
      return Path.of(prop);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("shared").resolve("data"))) {
        return p.resolve("shared");
      }
    }
    return Path.of("../shared");
  }

  /** A path under the shared folder; skips the calling test when it does not exist. */
  static Path require(String relative) {
    Path p = root().resolve(relative);
    assumeTrue(Files.exists(p), "shared data not available: " + p);
    return p;
  }
}
