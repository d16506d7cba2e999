package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.json.ParallaxJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

  @TempDir Path dir;

  @Test
  void compareJsonOnTheBundledCorpusHasTheFourSectionsAndVerifiableClaimOffsets() throws Exception {
    Path out = dir.resolve("c.json");
    AnalyzeCommandTest.Result r = AnalyzeCommandTest.run("compare", "--format", "json", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode root = ParallaxJson.mapper().readTree(out.toFile());
    assertThat(root.fieldNames()).toIterable().containsExactly("stories", "disagreements", "coverage", "quotes", "framing");
    assertThat(root.get("stories").get(0).get("articles")).hasSize(5);
    for (JsonNode d : root.get("disagreements")) {
      for (JsonNode c : d.get("claims")) {
        String id = c.get("article").asText();
        String text = new String(
            Dev.class.getClassLoader().getResourceAsStream("dev/parallax/corpus/sample/" + id + ".txt").readAllBytes(),
            java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text.substring(c.get("start").asInt(), c.get("end").asInt())).isEqualTo(c.get("text").asText());
        assertThat(text).contains(c.get("sentence").asText());
      }
    }
  }

  @Test
  void compareRejectsAnUnknownFormatWithExitCodeTwo() {
    AnalyzeCommandTest.Result r = AnalyzeCommandTest.run("compare", "--format", "pdf");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--format must be json, text or markdown, got 'pdf'");
  }

  @Test
  void compareWritesMarkdownToAFile() throws Exception {
    Path out = dir.resolve("c.md");
    AnalyzeCommandTest.Result r = AnalyzeCommandTest.run("compare", "--format", "markdown", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out)).startsWith("# Comparison\n\n## Stories\n");
  }

  /** Anchor for the class loader. */
  private static final class Dev {}
}
