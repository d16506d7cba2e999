package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.json.ParallaxJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ParallaxCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void analyzeJsonOnTheBundledCorpusListsFiveArticlesWithVerifiableSentenceOffsets() throws Exception {
    Path out = dir.resolve("a.json");
    Result r = run("analyze", "--format", "json", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode root = ParallaxJson.mapper().readTree(out.toFile());
    JsonNode articles = root.get("articles");
    assertThat(articles).hasSize(5);
    List<String> ids = new ArrayList<>();
    articles.forEach(a -> ids.add(a.get("id").asText()));
    assertThat(ids)
        .containsExactly(
            "000_0739c94f3c52184a",
            "001_74180b19bdf747d9",
            "002_0dce748565759669",
            "003_6e5703e6f34a61ec",
            "004_c67a975a37603756");
    JsonNode first = articles.get(0);
    assertThat(first.get("outlet").isNull()).isTrue();
    assertThat(first.get("published").asText()).isEqualTo("2025-04-14");
    for (String field : List.of("sentences", "entities", "figures", "dates", "diagnostics")) {
      assertThat(first.get(field).isArray()).as(field).isTrue();
    }
    JsonNode s = first.get("sentences").get(0);
    assertThat(s.fieldNames()).toIterable().containsExactly("start", "end", "boilerplate");
    int boilerplate = 0;
    for (JsonNode a : articles) {
      for (JsonNode sent : a.get("sentences")) {
        if (sent.get("boilerplate").asBoolean()) {
          boilerplate++;
        }
      }
    }
    assertThat(boilerplate).isGreaterThanOrEqualTo(5);
  }

  @Test
  void badFormatIsAUsageErrorWithOneReadableLineAndExitCodeTwo() {
    Result r = run("analyze", "--format", "xml");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("parallax: --format must be json or text, got 'xml'");
  }

  @Test
  void missingCorpusIsAnInputErrorWithoutStackTrace() {
    Result r = run("analyze", "--corpus", dir.resolve("missing").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("parallax: corpus not found: " + dir.resolve("missing"));
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void unknownOptionIsAUsageError() {
    Result r = run("analyze", "--nope");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("parallax: Unknown option: '--nope'");
  }

  @Test
  void textFormatWritesOneBlockPerArticle() throws Exception {
    Path corpus = Files.createDirectory(dir.resolve("c"));
    Files.writeString(corpus.resolve("one.txt"), "Storm hits the coast.\nRead more:\nOther story – site\n");
    Path out = dir.resolve("a.txt");
    Result r = run("analyze", "--corpus", corpus.toString(), "--format", "text", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out)).contains("== one").contains("sentences: 3 (2 boilerplate)");
  }
}
