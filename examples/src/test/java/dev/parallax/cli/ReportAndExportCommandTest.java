package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.json.ParallaxJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportAndExportCommandTest {

  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ParallaxCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void reportWritesOneSelfContainedPageWithEveryBundledArticleSideBySide() throws Exception {
    Path out = dir.resolve("report.html");
    Result r = run("report", "--corpus", "bundled", "--title", "Bundled <sample>", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    Document doc = Jsoup.parse(out.toFile());
    assertThat(doc.title()).isEqualTo("Bundled <sample>");
    assertThat(doc.select("#stories .side > article")).hasSize(5);
    assertThat(doc.selectFirst("meta[http-equiv=Content-Security-Policy]")).isNotNull();
    assertThat(doc.select("script, link, [src]")).isEmpty();
    assertThat(Files.readString(out)).contains("<title>Bundled &lt;sample&gt;</title>");
    assertThat(doc.select("#framing table caption").eachText())
        .containsExactly(
            "Coverage: facts some outlets report and others omit",
            "Labels per referent and outlet",
            "Hedging per outlet",
            "Loaded language per outlet",
            "Tone toward people and organisations");
    assertThat(doc.select("#framing svg.bars title").first().text()).isEqualTo("Policy frames per outlet");
    assertThat(doc.select("#framing svg.bars rect > title")).isNotEmpty();
    // the comparison drives the page: the COMPATIBLE figure group is highlighted in the article texts
    assertThat(doc.text()).contains("COMPATIBLE").contains("238 Venezuelans and 23 Salvadorans");
  }

  @Test
  void reportOnAMissingCorpusIsAUsageError() {
    Result r = run("report", "--corpus", dir.resolve("nope").toString(), "--out", dir.resolve("r.html").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("parallax: corpus not found: ");
    assertThat(dir.resolve("r.html")).doesNotExist();
  }

  @Test
  void exportWritesACsvHeaderForEachKindOfItem() throws Exception {
    for (String what : List.of("figures", "dates", "entities", "disagreements")) {
      Path out = dir.resolve(what + ".csv");
      Result r = run("export", "--what", what, "--format", "csv", "--out", out.toString());
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(Files.readAllLines(out).get(0)).isNotEmpty().doesNotContain(" ");
    }
  }

  @Test
  void exportJsonLinesGivesOneParsableObjectPerLine() throws Exception {
    Path out = dir.resolve("f.jsonl");
    Result r = run("export", "--what", "figures", "--format", "jsonl", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    for (String line : Files.readAllLines(out)) {
      assertThat(ParallaxJson.mapper().readTree(line).has("article")).isTrue();
    }
  }

  @Test
  void exportRejectsAnUnknownKindWithAUsageError() {
    Result r = run("export", "--what", "quotes");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("parallax: --what must be figures, dates, entities or disagreements, got 'quotes'\n");
  }
}
