package dev.parallax.article;

import java.util.Objects;

/**
 * A problem found while reading or analysing input: which file, which line, which field, and what
 * is wrong. Diagnostics are data, not exceptions; the rest of the corpus is still processed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param severity how serious the problem is
 * @param file the file (or resource) the problem is in, {@code ""} when not file-based
 * @param line 1-based line number, or 0 when the problem is not tied to a line
 * @param field the field or key concerned, {@code ""} when none
 * @param message a readable description of the problem and what was done about it
 */
public record Diagnostic(Severity severity, String file, long line, String field, String message) {

  /** How serious a diagnostic is. */
  public enum Severity {
    /** Something was repaired or assumed; the article was still used. */
    WARNING,
    /** The article or line was skipped. */
    ERROR
  }

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0: " + line);
    }
  }

  public static Diagnostic error(String file, long line, String field, String message) {
    return new Diagnostic(Severity.ERROR, file, line, field, message);
  }

  public static Diagnostic warning(String file, long line, String field, String message) {
    return new Diagnostic(Severity.WARNING, file, line, field, message);
  }

  /** One readable line: {@code file:line: field "f": message}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append(file.isEmpty() ? "<input>" : file);
    if (line > 0) {
      sb.append(':').append(line);
    }
    sb.append(": ");
    if (!field.isEmpty()) {
      sb.append("field \"").append(field).append("\": ");
    }
    sb.append(message);
    return sb.toString();
  }
}
