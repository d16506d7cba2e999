package dev.parallax.cli;

import dev.parallax.article.Corpus;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import picocli.CommandLine.Option;

/** Options shared by the corpus-reading commands. Not thread-safe. */
final class CommonOptions {

  @Option(
      names = "--corpus",
      paramLabel = "PATH|bundled",
      defaultValue = "bundled",
      description = "Corpus: 'bundled', a directory of .txt/.html files (optional manifest.jsonl), or a .jsonl file. Default: ${DEFAULT-VALUE}.")
  String corpus;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (atomically) instead of standard output.")
  Path out;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Analysis threads. Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--debug", description = "Print stack traces on errors.")
  boolean debug;

  Corpus openCorpus() {
    try {
      return Corpus.open(corpus);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  int threads() {
    if (threads < 1) {
      throw new UsageException("--threads must be at least 1, got " + threads);
    }
    return threads;
  }

  /** Writes via {@code body} to --out (temp file + atomic move) or to standard output. */
  void write(IoBody body) throws IOException {
    if (out == null) {
      OutputStream stdout = new NonClosing(System.out);
      body.write(stdout);
      stdout.flush();
      return;
    }
    Path target = out.toAbsolutePath();
    Path dir = target.getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      try (OutputStream o = Files.newOutputStream(tmp)) {
        body.write(o);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Writes output to a stream. */
  interface IoBody {
    void write(OutputStream out) throws IOException;
  }

  private static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
