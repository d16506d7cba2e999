package dev.parallax.spark.internal;

import dev.parallax.article.Article;
import dev.parallax.article.Diagnostic;
import dev.parallax.internal.load.ArticleSources;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads the HTML responses of a WARC file (plain or gzipped per record) as articles: every {@code
 * response} record with HTTP status 200 and an HTML payload goes through core's HTML article
 * extraction. The article id is {@code warc-} plus the first 16 hex digits of the SHA-256 of the
 * target URI, so the same page crawled twice has one id (and the second copy is reported as a
 * duplicate); the target URI becomes the URL when the page names none. Other records are skipped
 * silently; unreadable ones become diagnostics.
 *
 * <p>Stateless and thread-safe.
 */
public final class WarcArticles {
  private WarcArticles() {}

  /** Receives each article with the byte offset of its record. Called on the reading thread. */
  @FunctionalInterface
  public interface Sink {
    void accept(long offset, Article article);
  }

  /** The article id for a target URI. */
  public static String idFor(String targetUri) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(targetUri.getBytes(StandardCharsets.UTF_8));
      return "warc-" + HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 missing from the JDK", e);
    }
  }

  /** Reads every HTML response of {@code in}; {@code source} names the file in diagnostics. */
  public static void read(InputStream in, String source, Sink sink, Consumer<Diagnostic> problems) {
    try (WarcReader reader = new WarcReader(in)) {
      reader.onWarning(w -> problems.accept(Diagnostic.warning(source, 0, "", "WARC: " + w)));
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          problems.accept(Diagnostic.error(source, 0, "", "unreadable WARC record; rest of file skipped: " + e));
          return;
        }
        if (next.isEmpty()) {
          return;
        }
        if (next.get() instanceof WarcResponse response) {
          long offset = response.position();
          String where = source + "@" + offset;
          try {
            article(response, where, problems).ifPresent(a -> sink.accept(offset, a));
          } catch (IOException | RuntimeException e) {
            problems.accept(Diagnostic.error(where, 0, "", "unreadable HTTP response; skipped: " + e));
          }
        }
      }
    } catch (IOException e) {
      problems.accept(Diagnostic.error(source, 0, "", "cannot read WARC file: " + e));
    }
  }

  private static Optional<Article> article(WarcResponse response, String where, Consumer<Diagnostic> problems)
      throws IOException {
    if (!response.contentType().base().equals(MediaType.HTTP)) {
      return Optional.empty();
    }
    HttpResponse http = response.http();
    if (http.status() != 200) {
      return Optional.empty();
    }
    MediaType type = http.contentType().base();
    if (!type.equals(MediaType.HTML) && !type.equals(MediaType.XHTML)) {
      return Optional.empty();
    }
    byte[] body;
    try (InputStream b = http.bodyDecoded().stream()) {
      body = b.readAllBytes();
    }
    String target = response.target();
    Optional<Article> a = ArticleSources.htmlPage(idFor(target), body, where, problems);
    return a.map(x -> x.url().isPresent() ? x : withUrl(x, target));
  }

  private static Article withUrl(Article a, String target) {
    String url = target;
    try {
      url = URI.create(target).toString();
    } catch (IllegalArgumentException e) {
      // keep the target as written
    }
    return new Article(a.id(), a.text(), a.outlet(), a.title(), Optional.of(url), a.published(), a.language());
  }
}
