package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.json.ParallaxJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FramingCommandTest {

  @TempDir Path dir;

  private static int run(StringWriter err, String... args) {
    return ParallaxCli.run(args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
  }

  private Path protestCorpus() throws Exception {
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(corpus.resolve("ledger.txt"),
        "Thousands of peaceful demonstrators marched through the capital on Saturday to oppose the new curfew. "
            + "Police reportedly fired tear gas at the demonstrators, and two protesters were killed, according to witnesses.",
        StandardCharsets.UTF_8);
    Files.writeString(corpus.resolve("courier.txt"),
        "Violent rioters stormed the capital on Saturday to attack the new curfew. "
            + "The rioters smashed windows, and two rioters died in the chaos. Police restored order in the capital.",
        StandardCharsets.UTF_8);
    return corpus;
  }

  @Test
  void framingMarkdownShowsEachOutletsLabelsSideBySide() throws Exception {
    Path out = dir.resolve("framing.md");
    StringWriter err = new StringWriter();
    int code = run(err, "framing", "--corpus", protestCorpus().toString(), "--format", "markdown", "--out", out.toString());
    assertThat(code).as(err.toString()).isZero();
    String md = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(md)
        .contains("### protest participants \\(protesters, demonstrators, rioters\\) \\[people, class:protesters\\]")
        .contains("| courier | 3 | 0/0/3 | ASSERTS | rioters ×2; violent rioters ×1 |")
        .contains("Most loaded language: courier");
  }

  @Test
  void framingJsonNamesTheHedgingOutlet() throws Exception {
    Path out = dir.resolve("framing.json");
    StringWriter err = new StringWriter();
    int code = run(err, "framing", "--corpus", protestCorpus().toString(), "--format", "json", "--out", out.toString());
    assertThat(code).as(err.toString()).isZero();
    JsonNode root = ParallaxJson.mapper().readTree(out.toFile());
    assertThat(root.get("hedgingOutlets").toString()).isEqualTo("[\"ledger\"]");
    assertThat(root.get("assertingOutlets").toString()).isEqualTo("[\"courier\"]");
  }

  @Test
  void framingRejectsAnUnknownFormat() {
    StringWriter err = new StringWriter();
    assertThat(run(err, "framing", "--format", "pdf")).isEqualTo(ParallaxCli.EXIT_USAGE);
    assertThat(err.toString()).contains("--format must be text, markdown or json, got 'pdf'");
  }
}
