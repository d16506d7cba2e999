package dev.parallax.tools;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the external programs that the browser and notebook tests need. On a developer machine a
 * missing program skips the test with a message; in CI ({@code CI=true}) it fails the test.
 */
public final class ExternalTools {
  private ExternalTools() {}

  /** True when running in CI, where every tool must be present. */
  public static boolean inCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** Returns {@code path} if it is an executable file; otherwise skips (or, in CI, fails). */
  public static Path require(String path, String installHint) {
    return check(Path.of(path), Files.isExecutable(Path.of(path)), installHint);
  }

  /** Returns {@code path} if it is a regular file; otherwise skips (or, in CI, fails). */
  public static Path requireFile(String path, String installHint) {
    return check(Path.of(path), Files.isRegularFile(Path.of(path)), installHint);
  }

  private static Path check(Path p, boolean present, String installHint) {
    if (present) {
      return p;
    }
    String msg = p + " not found; install it with: " + installHint;
    if (inCi()) {
      fail("CI=true and " + msg);
    }
    Assumptions.abort("skipped: " + msg);
    return p;
  }
}
