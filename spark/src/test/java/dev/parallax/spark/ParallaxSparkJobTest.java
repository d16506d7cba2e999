package dev.parallax.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.CorpusAnalysis;
import dev.parallax.Parallax;
import dev.parallax.article.Article;
import dev.parallax.article.Corpus;
import dev.parallax.json.AnalysisJson;
import dev.parallax.json.ParallaxJson;
import dev.parallax.spark.internal.ExecutorParallax;
import dev.parallax.spark.internal.WarcArticles;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** The Spark job against the single-machine path, in local[2]. */
@DisabledIf(
    value = "dev.parallax.spark.ParallaxSparkJobTest#hadoopCannotRunOnThisJdk",
    disabledReason =
        "Spark 4.1 supports Java 17 and 21; its Hadoop client calls Subject.getSubject, which JDK 23+ no longer"
            + " supports (UnsupportedOperationException)")
class ParallaxSparkJobTest {

  /** Hadoop's UserGroupInformation needs Subject.getSubject, removed in effect from JDK 23 on. */
  static boolean hadoopCannotRunOnThisJdk() {
    return Runtime.version().feature() >= 23;
  }


  private static SparkSession spark;
  private static Parallax parallax;

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

  private static final ObjectMapper JSON = ParallaxJson.mapper();

  private static String jsonLine(Article a) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("outlet", a.outlet().orElse(null));
    m.put("title", a.title().orElse(null));
    m.put("url", a.url().orElse(null));
    m.put("published", a.published().map(Object::toString).orElse(null));
    m.put("language", a.language());
    m.put("text", a.text());
    return JSON.writeValueAsString(m);
  }

  /** The bundled corpus, three articles of our own, a repeated id, a bad line and a bad date. */
  private static Path corpus(Path dir) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Article a : Corpus.bundled().load().articles()) {
      lines.add(jsonLine(a));
    }
    lines.add(
        jsonLine(
            Article.builder(
                    "own-1",
                    "Officials in Lisbon said 1,200 people were evacuated on Monday after the river flooded."
                        + " \"We moved everyone we could,\" said Ana Costa, the city's civil protection chief.")
                .outlet("Example Daily")
                .published(java.time.LocalDate.of(2024, 3, 4))
                .build()));
    lines.add("");
    lines.add("{\"id\": \"broken\", \"text\": ");
    lines.add(
        jsonLine(
            Article.builder(
                    "own-2",
                    "About 1,150 residents left their homes in Lisbon, according to Costa. The United Nations"
                        + " and the U.N. refugee agency offered help.")
                .outlet("Example Wire")
                .published(java.time.LocalDate.of(2024, 3, 5))
                .build()));
    lines.add(jsonLine(Article.of("own-1", "A second article that reuses the id own-1 is skipped.")));
    lines.add(
        "{\"id\": \"own-3\", \"published\": \"last week\", \"text\": \"Mr. Costa met European Commission"
            + " officials in Brussels. The EC pledged 3 million euros.\"}");
    Path file = dir.resolve("corpus.jsonl");
    Files.write(file, lines, StandardCharsets.UTF_8);
    // A line with a byte that is not UTF-8: loaded with U+FFFD and a warning, as Corpus.jsonl does.
    byte[] bad = "{\"id\": \"own-4\", \"text\": \"Prices rose 4% in Lisbon \u00ff last week.\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(file, bad, java.nio.file.StandardOpenOption.APPEND);
    return file;
  }

  private static List<String> entityLines(CorpusAnalysis a) throws IOException {
    List<String> out = new ArrayList<>();
    for (var e : a.entities()) {
      out.add(JSON.writeValueAsString(e));
    }
    return out;
  }

  private static List<String> diagnosticLines(CorpusAnalysis a) throws IOException {
    List<String> out = new ArrayList<>();
    for (var d : a.diagnostics()) {
      out.add(JSON.writeValueAsString(d));
    }
    return out;
  }

  @Test
  void writesTheSameLinesEntitiesAndDiagnosticsAsTheSingleMachinePath(@TempDir Path dir) throws IOException {
    Path file = corpus(dir);
    CorpusAnalysis single = parallax.analyze(Corpus.jsonl(file));
    List<String> expected = single.articles().stream().map(AnalysisJson::articleLine).toList();

    Path out = dir.resolve("out");
    ParallaxSparkJob.Summary s =
        ParallaxSparkJob.run(
            spark, new ParallaxSparkJob.Options(List.of(file.toString()), out.toString(), ParallaxSparkJob.Format.JSONL, 3));

    assertThat(expected).hasSize(9);
    assertThat(SparkTestSession.lines(out.resolve("articles"))).containsExactlyElementsOf(expected);
    assertThat(SparkTestSession.lines(out.resolve("entities"))).containsExactlyElementsOf(entityLines(single));
    assertThat(SparkTestSession.lines(out.resolve("diagnostics"))).containsExactlyElementsOf(diagnosticLines(single));
    assertThat(single.diagnostics()).hasSize(4);
    assertThat(s.articles()).isEqualTo(9);
    assertThat(s.diagnostics()).isEqualTo(4);
    assertThat(ExecutorParallax.loads()).isEqualTo(1);
    // The comparison is only worth something if resolution linked mentions across articles.
    assertThat(single.entities()).anyMatch(e -> e.articles().size() >= 3);
    assertThat(s.blocks()).isGreaterThan(10);
  }

  private static void response(WarcWriter w, String uri, int status, String type, String body) throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
            .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8))
            .build();
    w.write(new WarcResponse.Builder(URI.create(uri)).body(http).build());
  }

  private static String page(String url, String title, String body) {
    return "<html lang=\"en\"><head><title>"
        + title
        + "</title><meta property=\"og:url\" content=\""
        + url
        + "\"><meta property=\"og:site_name\" content=\"Example Post\">"
        + "<meta property=\"article:published_time\" content=\"2024-03-05T10:00:00Z\"></head><body>"
        + "<nav><a href=\"/\">Home</a></nav><article><h1>"
        + title
        + "</h1>"
        + body
        + "</article><footer>Subscribe now</footer></body></html>";
  }

  @Test
  void readsHtmlResponsesOfWarcFilesLikeTheHtmlLoaderAndWritesParquet(@TempDir Path dir) throws IOException {
    Path warc = dir.resolve("crawl.warc.gz");
    String u1 = "https://news.example/lisbon-floods";
    String u2 = "https://news.example/lisbon-aid";
    String p1 =
        page(u1, "Floods in Lisbon", "<p>About 1,200 people were evacuated, Ana Costa said on Monday.</p><p>The river rose 3 metres.</p>");
    String p2 = page(u2, "Aid for Lisbon", "<p>The European Commission pledged 3 million euros, officials said.</p>");
    try (OutputStream os = Files.newOutputStream(warc);
        WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(os), org.netpreserve.jwarc.WarcCompression.GZIP)) {
      response(w, u1, 200, "text/html; charset=utf-8", p1);
      response(w, "https://news.example/style.css", 200, "text/css", "body{}");
      response(w, "https://news.example/missing", 404, "text/html", "<html><body><p>Not here</p></body></html>");
      response(w, u2, 200, "text/html", p2);
    }
    Path html = Files.createDirectories(dir.resolve("html"));
    Files.writeString(html.resolve(WarcArticles.idFor(u1) + ".html"), p1);
    Files.writeString(html.resolve(WarcArticles.idFor(u2) + ".html"), p2);
    CorpusAnalysis single = parallax.analyze(Corpus.directory(html));
    Map<String, String> expected = new LinkedHashMap<>();
    single.articles().forEach(a -> expected.put(a.id(), AnalysisJson.articleLine(a)));

    Path out = dir.resolve("out");
    ParallaxSparkJob.Summary s =
        ParallaxSparkJob.run(
            spark,
            new ParallaxSparkJob.Options(List.of(warc.toString()), out.toString(), ParallaxSparkJob.Format.PARQUET, 2));

    List<Row> rows = spark.read().parquet(out.resolve("articles").toString()).select("id", "url", "json").collectAsList();
    Map<String, String> actual = new LinkedHashMap<>();
    rows.forEach(r -> actual.put(r.getString(0), r.getString(2)));
    assertThat(expected).hasSize(2);
    assertThat(actual.keySet()).containsExactly(WarcArticles.idFor(u1), WarcArticles.idFor(u2));
    assertThat(actual).isEqualTo(expected);
    assertThat(rows.get(0).getString(1)).isEqualTo(u1);
    assertThat(s.diagnostics()).isZero();
  }
}
