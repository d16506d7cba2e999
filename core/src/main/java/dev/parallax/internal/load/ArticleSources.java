package dev.parallax.internal.load;

import dev.parallax.article.Article;
import dev.parallax.article.Diagnostic;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Record-at-a-time entry points into the loaders, for engines that split input themselves (the
 * Spark job reads JSONL lines and WARC records and must turn each into an article exactly as {@link
 * dev.parallax.article.Corpus} would). Stateless and thread-safe.
 */
public final class ArticleSources {
  private ArticleSources() {}

  /**
   * One line of a JSONL corpus (its UTF-8 bytes, without the line break), decoded leniently and
   * parsed as {@code Corpus.jsonl} does; empty (with a diagnostic naming file, line and field) when
   * the line is skipped. Blank lines are skipped silently.
   */
  public static Optional<Article> jsonLine(
      byte[] bytes, int length, String file, long lineNo, Consumer<Diagnostic> problems) {
    TextDecoder.Decoded d = TextDecoder.decodeLine(bytes, length, false);
    if (!d.ok()) {
      problems.accept(Diagnostic.error(file, lineNo, "", d.error()));
      return Optional.empty();
    }
    String line = d.text();
    if (line.isBlank()) {
      return Optional.empty();
    }
    Article a = CorpusReaders.parseJsonLine(line, file, lineNo, problems);
    if (a != null && d.malformed() > 0) {
      problems.accept(
          Diagnostic.warning(
              file,
              lineNo,
              "",
              "not valid UTF-8: replaced "
                  + d.malformed()
                  + " malformed byte(s), first at byte offset "
                  + d.firstMalformedOffset()
                  + " of the line"));
    }
    return Optional.ofNullable(a);
  }

  /**
   * The bytes of one HTML page, decoded and extracted as {@code Corpus.html} does for a file whose
   * stem is {@code id}; empty (with a diagnostic) when no article text is found.
   */
  public static Optional<Article> htmlPage(String id, byte[] html, String source, Consumer<Diagnostic> problems) {
    TextDecoder.Decoded d = TextDecoder.decode(html, false);
    if (!d.ok()) {
      problems.accept(Diagnostic.error(source, 0, "", d.error()));
      return Optional.empty();
    }
    if (d.malformed() > 0) {
      problems.accept(
          Diagnostic.warning(
              source,
              0,
              "",
              "not valid UTF-8: replaced "
                  + d.malformed()
                  + " malformed byte(s), first at byte offset "
                  + d.firstMalformedOffset()));
    }
    return Optional.ofNullable(HtmlArticles.parse(id, d.text(), source, CorpusReaders.Metadata.NONE, problems));
  }

  /**
   * The diagnostic {@code Corpus} reports for an article whose id was already seen: {@code first}
   * is where the first one was ({@code file:line}, or the file when the line is 0).
   */
  public static Diagnostic duplicateId(String id, String file, long line, String first) {
    return Diagnostic.error(file, line, "id", "duplicate id \"" + id + "\" (first seen at " + first + "); skipped");
  }
}
