package dev.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.CorpusAnalysis;
import dev.parallax.Parallax;
import dev.parallax.article.Corpus;
import dev.parallax.json.AnalysisJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bench command, not a unit test: {@code ./mvnw -q -pl spark -am test -Dtest=ReutersThroughputBench
 * -Dsurefire.failIfNoSpecifiedTests=false -Dparallax.bench=2000}. Analyses the first N Reuters
 * articles of {@code ../shared} on one machine (2 threads) and with Spark local[2], prints both
 * rates, and checks that the two outputs are the same lines. Skipped unless {@code parallax.bench}
 * is set and the shared data is present.
 */
class ReutersThroughputBench {

  @Test
  void analysesReutersOnOneMachineAndOnSparkWithTheSameLines(@TempDir Path dir) throws IOException {
    String n = System.getProperty("parallax.bench");
    assumeTrue(n != null && !n.isBlank(), "set -Dparallax.bench=N to run");
    Path shared = Path.of(System.getProperty("parallax.shared", "../shared"));
    Path reuters = shared.resolve("data/reuters21578.jsonl");
    assumeTrue(Files.exists(reuters), "shared data not available: " + reuters);
    int limit = Integer.parseInt(n);
    Path sample = dir.resolve("reuters-sample.jsonl");
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(reuters, StandardCharsets.UTF_8)) {
      String l;
      while (lines.size() < limit && (l = r.readLine()) != null) {
        lines.add(l);
      }
    }
    Files.write(sample, lines, StandardCharsets.UTF_8);

    Parallax parallax = Parallax.builder().threads(2).build();
    parallax.analyze(Corpus.of(Corpus.jsonl(sample).load().articles().subList(0, 50))); // warm-up
    long t0 = System.nanoTime();
    CorpusAnalysis single = parallax.analyze(Corpus.jsonl(sample));
    double singleSeconds = (System.nanoTime() - t0) / 1e9;
    List<String> expected = single.articles().stream().map(AnalysisJson::articleLine).toList();

    SparkSession spark = SparkTestSession.start();
    try {
      long t1 = System.nanoTime();
      ParallaxSparkJob.Summary s =
          ParallaxSparkJob.run(
              spark,
              new ParallaxSparkJob.Options(
                  List.of(sample.toString()), dir.resolve("out").toString(), ParallaxSparkJob.Format.JSONL, 4));
      double sparkSeconds = (System.nanoTime() - t1) / 1e9;
      System.err.printf(
          "BENCH articles=%d single(2 threads)=%.1fs %.1f art/s  spark local[2]=%.1fs %.1f art/s  blocks=%d largest=%d%n",
          expected.size(),
          singleSeconds,
          expected.size() / singleSeconds,
          sparkSeconds,
          expected.size() / sparkSeconds,
          s.blocks(),
          s.largestBlock());
      assertThat(SparkTestSession.lines(dir.resolve("out/articles"))).containsExactlyElementsOf(expected);
    } finally {
      spark.stop();
    }
  }
}
