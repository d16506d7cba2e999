package dev.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.AnalyzedArticle;
import dev.parallax.Parallax;
import dev.parallax.article.Article;
import dev.parallax.article.Corpus;
import dev.parallax.testing.SharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scale check: analyses the first N Reuters-21578 articles and compares them, printing the times.
 * N is 2,000 by default so that {@code verify} stays short on a shared machine; run the full
 * 10,000 with {@code -Dparallax.compare.articles=10000}. Every article is its own outlet (the
 * corpus has one), so figure, quote and coverage alignment run at full scale. Skips when the data
 * is absent. Asserts only correctness (every claim's offsets reproduce its text), never speed.
 */
class ReutersComparisonIT {

  @Test
  void comparesTenThousandReutersArticlesWithVerifiableClaims() {
    Path file = SharedData.require("data/reuters21578.jsonl");
    int n = Integer.getInteger("parallax.compare.articles", 2_000);
    List<Article> articles = new ArrayList<>();
    try (Stream<Article> s = Corpus.jsonl(file).stream(d -> {})) {
      s.limit(n).forEach(a -> articles.add(
          Article.builder(a.id(), a.text()).published(a.published().orElse(null)).build()));
    }
    Parallax parallax = Parallax.builder().threads(2).build();
    long t0 = System.nanoTime();
    List<AnalyzedArticle> analyzed = parallax.analyze(articles).articles();
    long t1 = System.nanoTime();
    Comparison c = Comparison.of(analyzed);
    long t2 = System.nanoTime();
    long multi = c.stories().stream().filter(s -> s.articles().size() > 1).count();
    long dups = c.stories().stream().mapToLong(s -> s.duplicates().size()).sum();
    Map<Disagreement.Verdict, Long> verdicts = new java.util.TreeMap<>();
    c.disagreements().forEach(d -> verdicts.merge(d.verdict(), 1L, Long::sum));
    System.out.println("reuters compare verdicts: " + verdicts);
    System.out.printf(
        "reuters compare: %d articles, analysis %.1f s, comparison %.1f s; %d stories (%d with 2+ articles),"
            + " %d near-duplicates, %d disagreements, %d coverage rows, %d voices%n",
        analyzed.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, c.stories().size(), multi, dups, c.disagreements().size(),
        c.coverage().size(), c.quotes().size());
    assertThat(c.stories().stream().mapToInt(s -> s.articles().size() + s.duplicates().size()).sum())
        .isEqualTo(analyzed.size());
    Map<String, String> texts = new HashMap<>();
    analyzed.forEach(a -> texts.put(a.id(), a.article().text()));
    for (Disagreement d : c.disagreements()) {
      for (Claim cl : d.claims()) {
        assertThat(texts.get(cl.article()).substring(cl.start(), cl.end())).isEqualTo(cl.text());
      }
    }
    for (Omission o : c.coverage()) {
      for (Claim cl : o.evidence()) {
        assertThat(texts.get(cl.article()).substring(cl.start(), cl.end())).isEqualTo(cl.text());
      }
    }
  }
}
