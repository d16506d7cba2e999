package dev.parallax.examples;

import dev.parallax.Parallax;
import dev.parallax.article.Corpus;
import dev.parallax.index.CorpusIndex;
import dev.parallax.index.Hit;
import dev.parallax.index.ItemHit;
import dev.parallax.index.SearchQuery;
import dev.parallax.index.SearchResult;
import dev.parallax.index.Snippet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds (once) an on-disk Lucene index of a corpus and searches it: matching articles with
 * highlighted snippets and the figures, dates and entities found in them.
 *
 * <pre>
 * java -cp examples/target/parallax.jar dev.parallax.examples.SearchAnIndex "prison" [INDEX-DIR] [bundled|PATH]
 * </pre>
 *
 * <p>Not thread-safe; a program with one {@code main}.
 */
public final class SearchAnIndex {
  private SearchAnIndex() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: SearchAnIndex WORDS [INDEX-DIR] [bundled|CORPUS-PATH]");
      System.exit(2);
    }
    String words = args[0];
    Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("parallax-index");
    String corpus = args.length > 2 ? args[2] : "bundled";

    // 1. Open (or create) the index. It is a directory on disk; reopening it later skips step 2.
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      if (index.articleCount() == 0) {
        // 2. Analyse the corpus and store every article with its figures, dates and entities.
        index.put(Parallax.builder().build().analyze(Corpus.open(corpus)));
        index.commit();
      }
      // 3. Search. The builder also filters by entity, figure range, unit, outlet and dates.
      SearchResult result = index.search(SearchQuery.builder().text(words).build());
      System.out.printf("%d article(s) match \"%s\" in %s%n", result.total(), words, dir);
      for (Hit hit : result.hits()) {
        System.out.printf("== %s  %s  (score %.2f)%n", hit.outlet().orElse(hit.article()), hit.title().orElse(""), hit.score());
        // 4. Snippets carry offsets into the article; highlighted() marks the matching words.
        for (Snippet s : hit.snippets()) {
          System.out.println("   \u2026 " + s.highlighted("[", "]").strip().replaceAll("\\s+", " "));
        }
        for (ItemHit item : hit.items()) {
          System.out.printf("   %-8s %-30s [%d..%d]%n", item.kind(), item.text(), item.start(), item.end());
        }
      }
    }
  }
}
