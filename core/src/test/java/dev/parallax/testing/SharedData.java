package dev.parallax.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared (data, seeds) for tests that need it; such tests skip when it is absent. */
public final class SharedData {
  private SharedData() {}

  /** The shared folder, from system property {@code parallax.shared} or {@code ../shared}. */
  public static Path root() {
    String prop = System.getProperty("parallax.shared");
    if (prop != null && Files.isDirectory(Path.of(prop))) {
      return Path.of(prop);
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared");
      if (Files.isDirectory(candidate.resolve("data"))) {
        return candidate;
      }
      Path sibling = p.resolveSibling("shared");
      if (Files.isDirectory(sibling.resolve("data"))) {
        return sibling;
      }
    }
    return Path.of("../shared");
  }

  /** A path under the shared folder; skips the calling test when it does not exist. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    assumeTrue(Files.exists(p), "shared data not available: " + p);
    return p;
  }
}
