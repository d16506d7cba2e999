package dev.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.CorpusAnalysis;
import dev.parallax.Parallax;
import dev.parallax.article.Article;
import dev.parallax.article.Corpus;
import dev.parallax.compare.Comparison;
import dev.parallax.json.ParallaxJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Story grouping and comparison as Spark aggregations (local[2], 3 partitions) against {@code
 * Comparison.of} on one machine: the same JSON, byte for byte.
 */
@DisabledIf(
    value = "dev.parallax.spark.ParallaxSparkJobTest#hadoopCannotRunOnThisJdk",
    disabledReason = "Spark 4.1's Hadoop client cannot run on JDK 23+ (Subject.getSubject)")
class SparkComparisonTest {

  private static SparkSession spark;
  private static Parallax parallax;
  private static final ObjectMapper JSON = ParallaxJson.mapper();

  @BeforeAll
  static void start() {
    spark = SparkTestSession.start();
    parallax = Parallax.builder().build();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  private static String line(String id, String outlet, LocalDate published, String text) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("outlet", outlet);
    m.put("published", published == null ? null : published.toString());
    m.put("text", text);
    return JSON.writeValueAsString(m);
  }

  /** Three outlets on a ferry accident with different tolls, one verbatim copy, and an unrelated item. */
  private static final String[][] OWN = {
    {"ferry-a", "Harbour Herald",
        "At least 42 people died when a ferry capsized off the coast of Mindoro on Saturday, the coast guard said."
            + " Rescuers pulled 118 passengers from the water. \"The sea was very rough,\" said Captain Ramon Dizon,"
            + " a coast guard spokesman. The Maritime Industry Authority suspended the operator's licence."},
    {"ferry-b", "Island Wire",
        "Thirty-seven people were killed after a ferry overturned near Mindoro on Saturday. Coast guard"
            + " spokesman Ramon Dizon said 120 passengers had been rescued. The Maritime Industry Authority"
            + " (MARINA) said it would investigate the operator, which had been warned about overloading."},
    {"ferry-c", "Capital Times",
        "More than 50 people are feared dead after a ferry sank off Mindoro, officials said on Sunday. Dizon said"
            + " the vessel was carrying more passengers than allowed. MARINA suspended the company's licence."},
    {"ferry-d", "Capital Times Syndication",
        "At least 42 people died when a ferry capsized off the coast of Mindoro on Saturday, the coast guard said."
            + " Rescuers pulled 118 passengers from the water. \"The sea was very rough,\" said Captain Ramon Dizon,"
            + " a coast guard spokesman. The Maritime Industry Authority suspended the operator's licence."},
    {"market-1", "Island Wire",
        "Copper prices rose 2.5 percent on Monday as warehouses in Rotterdam reported lower stocks, traders said."},
  };

  private static Path corpus(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Article a : Corpus.bundled().load().articles()) {
      lines.add(line(a.id(), a.outlet().orElse(null), a.published().orElse(null), a.text()));
    }
    for (String[] a : OWN) {
      lines.add(line(a[0], a[1], LocalDate.of(2025, 6, 14), a[2]));
    }
    Path file = dir.resolve("corpus.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }

  private static List<String> sparkComparison(Path file, Path out) {
    ParallaxSparkJob.Summary s =
        ParallaxSparkJob.run(
            spark,
            new ParallaxSparkJob.Options(List.of(file.toString()), out.toString(), ParallaxSparkJob.Format.JSONL, 3)
                .withComparison());
    assertThat(s.stories()).isPositive();
    System.out.printf("spark comparison: %d stories in %.1f s%n", s.stories(), s.comparisonSeconds());
    return SparkTestSession.lines(out.resolve("comparison"));
  }

  @Test
  void storiesAndComparisonEqualTheSingleMachineComparison(@TempDir Path dir) throws IOException {
    Path file = corpus(dir);
    CorpusAnalysis single = parallax.analyze(Corpus.jsonl(file));
    Comparison expected = Comparison.of(single);

    List<String> lines = sparkComparison(file, dir.resolve("out"));

    assertThat(lines).containsExactlyElementsOf(expected.toJson().lines().toList());
    // the comparison had something to agree on: the ferry story with its copy and its disagreements
    assertThat(expected.stories()).anySatisfy(st -> {
      assertThat(st.articles()).contains("ferry-a", "ferry-b", "ferry-c");
      assertThat(st.duplicates()).anySatisfy(d -> assertThat(d.article()).isEqualTo("ferry-d"));
    });
    assertThat(expected.stories()).anySatisfy(st -> assertThat(st.articles()).containsExactly("market-1"));
    assertThat(expected.disagreements()).anySatisfy(d -> assertThat(d.claims()).anySatisfy(c -> assertThat(c.article()).startsWith("ferry")));
    assertThat(expected.stories().size()).isGreaterThan(2);
  }

  @Test
  void reutersSampleWithSeveralOutletsComparesTheSameOnSpark(@TempDir Path dir) throws IOException {
    Path reuters = sharedReuters();
    Assumptions.assumeTrue(reuters != null, "../shared/data/reuters21578.jsonl not present");
    int n = Integer.getInteger("parallax.spark.compare", 400);
    List<String> lines = new ArrayList<>();
    try (var in = Files.newBufferedReader(reuters, StandardCharsets.UTF_8)) {
      String l;
      while ((l = in.readLine()) != null && lines.size() < n) {
        @SuppressWarnings("unchecked")
        Map<String, Object> m = JSON.readValue(l, Map.class);
        m.put("outlet", "wire-" + (lines.size() % 4)); // four "outlets", so stories have sides
        lines.add(JSON.writeValueAsString(m));
      }
    }
    Path file = dir.resolve("reuters.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    CorpusAnalysis single = parallax.analyze(Corpus.jsonl(file));
    long t0 = System.nanoTime();
    Comparison expected = Comparison.of(single);
    System.out.printf("single-machine comparison of %d articles: %.1f s%n", n, (System.nanoTime() - t0) / 1e9);

    List<String> got = sparkComparison(file, dir.resolve("out"));

    assertThat(got).containsExactlyElementsOf(expected.toJson().lines().toList());
    assertThat(expected.stories()).anySatisfy(st -> assertThat(st.articles().size()).isGreaterThan(2));
    assertThat(expected.disagreements()).isNotEmpty();
  }

  private static Path sharedReuters() {
    String prop = System.getProperty("parallax.shared");
    List<Path> candidates = new ArrayList<>();
    if (prop != null) {
      candidates.add(Path.of(prop));
    }
    Path p = Path.of("").toAbsolutePath();
    for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
      candidates.add(p.resolve("shared"));
      candidates.add(p.resolve("../shared").normalize());
    }
    for (Path c : candidates) {
      Path f = c.resolve("data/reuters21578.jsonl");
      if (Files.isRegularFile(f)) {
        return f;
      }
    }
    return null;
  }
}
