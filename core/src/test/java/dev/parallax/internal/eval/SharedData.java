package dev.parallax.internal.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Locates {@code ../shared} for accuracy tests: system property {@code parallax.shared}, else {@code ../shared}. */
final class SharedData {
  private SharedData() {}

  /** The shared directory; skips the calling test when its data is absent. */
  static Path require(String... datasets) {
    String prop = System.getProperty("parallax.shared");
    Path dir = prop != null && !prop.isBlank() ? Path.of(prop) : Path.of("..", "shared");
    if (!Files.isDirectory(dir.resolve("data"))) {
      dir = Path.of("..", "..", "shared"); // running from a module directory
    }
    for (String d : datasets) {
      Assumptions.assumeTrue(Files.isDirectory(dir.resolve("data").resolve(d)), "shared data absent: " + dir + "/data/" + d);
    }
    return dir;
  }
}
