package dev.parallax.internal.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.AnalyzedArticle;
import dev.parallax.Parallax;
import dev.parallax.article.Article;
import dev.parallax.text.NlpModels;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Throughput of the text pipeline with and without entity recognition, single-threaded, on the
 * first N Reuters-21578 articles of {@code shared/data/reuters21578.jsonl} (research-only data,
 * read at run time, never shipped). Figures, dates and quotes are off in both runs.
 *
 * <p>Stateless and thread-safe.
 */
public final class EntityBench {
  private EntityBench() {}

  /** Tokens per second without and with NER, and entity mentions found. Immutable and thread-safe. */
  public record Result(int articles, long tokens, double tokensPerSecondWithout, double tokensPerSecondWith, long mentions) {}

  /** Timed rounds per pipeline. */
  static final int ROUNDS = 2;

  /** Runs the benchmark: a warm-up pass over 200 articles, then alternating timed rounds. */
  public static Result run(Path shared, int n) throws IOException {
    List<Article> articles = new ArrayList<>();
    ObjectMapper om = new ObjectMapper();
    try (BufferedReader r = Files.newBufferedReader(shared.resolve("data/reuters21578.jsonl"), StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null && articles.size() < n) {
        JsonNode j = om.readTree(line);
        String text = j.path("text").asText("");
        if (!text.isBlank()) {
          articles.add(Article.of(j.path("id").asText("r" + articles.size()), text));
        }
      }
    }
    NlpModels models = NlpModels.english();
    Parallax without = Parallax.builder().models(models).entities(false).figures(false).dates(false).quotes(false).build();
    Parallax with = Parallax.builder().models(models).entities(true).figures(false).dates(false).quotes(false).build();
    List<Article> warm = articles.subList(0, Math.min(200, articles.size()));
    time(without, warm);
    time(with, warm);
    // alternate the two pipelines and keep each one's best round: the machine may be shared
    long bestA = Long.MAX_VALUE;
    long bestB = Long.MAX_VALUE;
    long[] a = null;
    long[] b = null;
    for (int round = 0; round < ROUNDS; round++) {
      a = time(without, articles);
      b = time(with, articles);
      bestA = Math.min(bestA, a[0]);
      bestB = Math.min(bestB, b[0]);
    }
    return new Result(articles.size(), a[1], a[1] * 1e9 / bestA, b[1] * 1e9 / bestB, b[2]);
  }

  private static long[] time(Parallax p, List<Article> articles) {
    long t0 = System.nanoTime();
    long tokens = 0;
    long mentions = 0;
    for (Article a : articles) {
      AnalyzedArticle x = p.analyze(a);
      tokens += x.text().tokens().size();
      mentions += x.entities().size();
    }
    return new long[] {System.nanoTime() - t0, tokens, mentions};
  }

  /**
   * Prints the throughput.
   *
   * @param args shared directory and number of articles (default 2000)
   */
  public static void main(String[] args) throws IOException {
    Result r = run(Path.of(args.length > 0 ? args[0] : "../shared"), args.length > 1 ? Integer.parseInt(args[1]) : 2000);
    System.out.printf(Locale.ROOT, "articles=%d tokens=%d tokens/s without NER=%.0f with NER=%.0f mentions=%d%n",
        r.articles(), r.tokens(), r.tokensPerSecondWithout(), r.tokensPerSecondWith(), r.mentions());
  }
}
