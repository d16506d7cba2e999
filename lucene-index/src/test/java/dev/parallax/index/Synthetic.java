package dev.parallax.index;

import dev.parallax.AnalyzedArticle;
import dev.parallax.article.Article;
import java.time.LocalDate;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Deterministic generated articles for ingest, concurrency and crash tests: article {@code n} states
 * the figure {@code n} workers and mentions one person, so every article and item is checkable.
 */
final class Synthetic {
  private Synthetic() {}

  static String id(long n) {
    return String.format("syn-%06d", n);
  }

  static Article article(long n) {
    String text =
        "Report " + n + ": officials said " + n + " workers joined the strike in harbour " + (n % 17)
            + ", according to Åsa Berg" + (n % 5) + ".";
    return Article.builder(id(n), text)
        .outlet("Outlet " + (n % 3))
        .title("Strike report " + n)
        .published(LocalDate.of(2020, 1, 1).plusDays(n % 400))
        .build();
  }

  static Stream<Article> articles(long count) {
    return LongStream.range(0, count).mapToObj(Synthetic::article);
  }

  /** Items per article: one figure and one entity mention. */
  static final int ITEMS = 2;

  static AnalyzedArticle analyze(Article a) {
    long n = Long.parseLong(a.id().substring(4));
    String person = "Åsa Berg" + (n % 5);
    return Fixture.article(a.id(), a.text())
        .outlet(a.outlet().orElseThrow())
        .title(a.title().orElseThrow())
        .published(a.published().orElseThrow().toString())
        .figure(" " + n + " workers", n, "workers", "worker")
        .entity(person, "person:asa-berg" + (n % 5))
        .build();
  }
}
