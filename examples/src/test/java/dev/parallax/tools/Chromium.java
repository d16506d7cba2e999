package dev.parallax.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs Debian's headless Chromium on a local file, with a fresh profile and no network chatter. */
public final class Chromium {
  /** Where Debian installs Chromium. */
  public static final String PATH = "/usr/bin/chromium";

  private final Path exe;

  /** The result of loading a page: the DOM after load and Chromium's log. */
  public record Page(String dom, String log, List<String> consoleErrors) {}

  public Chromium(Path exe) {
    this.exe = exe;
  }

  /** Loads {@code file}, dumps its DOM and collects console errors and CSP violations. */
  public Page load(Path file) throws IOException, InterruptedException {
    Result r = run(file, List.of("--enable-logging=stderr", "--v=0", "--dump-dom"));
    List<String> errors = new ArrayList<>();
    for (String line : r.err().lines().toList()) {
      boolean console = line.contains(":CONSOLE");
      if ((console && (line.contains("Uncaught") || line.contains("Content Security Policy") || line.contains("Error")))
          || line.contains("Refused to")) {
        errors.add(line);
      }
    }
    return new Page(r.out(), r.err(), errors);
  }

  /** Saves a screenshot of {@code file} as PNG. */
  public void screenshot(Path file, Path png, int width, int height) throws IOException, InterruptedException {
    Files.createDirectories(png.toAbsolutePath().getParent());
    Files.deleteIfExists(png);
    run(file, List.of("--hide-scrollbars", "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath()));
    if (!Files.isRegularFile(png) || Files.size(png) == 0) {
      throw new IOException("chromium wrote no screenshot to " + png);
    }
  }

  private record Result(String out, String err) {}

  private Result run(Path file, List<String> extra) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("parallax-chromium");
    Path out = Files.createTempFile("chromium", ".out");
    Path err = Files.createTempFile("chromium", ".err");
    try {
      List<String> cmd =
          new ArrayList<>(
              List.of(
                  exe.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--user-data-dir=" + profile));
      cmd.addAll(extra);
      cmd.add(file.toAbsolutePath().toUri().toString());
      Process p =
          new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
      if (!p.waitFor(90, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("chromium did not finish in 90 s: " + cmd);
      }
      String o = Files.readString(out, StandardCharsets.UTF_8);
      String e = Files.readString(err, StandardCharsets.UTF_8);
      if (p.exitValue() != 0) {
        throw new IOException("chromium exited with " + p.exitValue() + ": " + e);
      }
      return new Result(o, e);
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
      try (Stream<Path> s = Files.walk(profile)) {
        s.sorted(Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
      }
    }
  }
}
