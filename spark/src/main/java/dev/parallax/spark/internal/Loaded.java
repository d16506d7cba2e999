package dev.parallax.spark.internal;

import dev.parallax.article.Article;
import dev.parallax.article.Diagnostic;
import java.io.Serializable;

/**
 * One outcome of reading input: an article (encoded with {@link RecordCodec}) or a loading
 * problem, with where it was found.
 *
 * <p>Immutable and thread-safe (the byte array is never modified after construction).
 *
 * @param order position in the input
 * @param source file name as reported in diagnostics
 * @param line 1-based line (JSONL) or 0 (WARC)
 * @param id article id, "" for a problem
 * @param bytes the encoded article or diagnostic
 * @param problem true when {@code bytes} is a diagnostic
 */
public record Loaded(Order order, String source, long line, String id, byte[] bytes, boolean problem)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  static Loaded article(Order order, String source, long line, Article a) {
    return new Loaded(order, source, line, a.id(), RecordCodec.encode(a), false);
  }

  static Loaded problem(Order order, Diagnostic d) {
    return new Loaded(order, d.file(), d.line(), "", RecordCodec.encode(d), true);
  }

  /** The article; only when {@code !problem()}. */
  public Article article() {
    return RecordCodec.decode(bytes, Article.class);
  }

  /** The diagnostic; only when {@code problem()}. */
  public Diagnostic diagnostic() {
    return RecordCodec.decode(bytes, Diagnostic.class);
  }

  /** {@code file:line}, or the file when there is no line: how diagnostics name a place. */
  public String where() {
    return line > 0 ? source + ":" + line : source;
  }
}
