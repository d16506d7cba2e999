package dev.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.json.ParallaxJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexSearchCommandTest {

  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ParallaxCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(code, out.toString(), err.toString());
  }

  private Path corpus() throws Exception {
    Path c = dir.resolve("c.jsonl");
    Files.writeString(
        c,
        """
        {"id":"m1","outlet":"Daily Ledger","title":"Miners rescued","published":"2024-03-02","text":"Rescue teams brought 238 miners out of the Norrland mine."}
        {"id":"m2","outlet":"Evening Post","title":"Mine collapse","published":"2024-03-03","text":"The Norrland mine collapsed; rescue teams worked all night."}
        {"id":"b1","outlet":"Daily Ledger","title":"Parks budget","published":"2023-11-20","text":"The council approved a budget for parks."}
        """,
        StandardCharsets.UTF_8);
    return c;
  }

  private JsonNode search(String... args) throws Exception {
    Path out = dir.resolve("s" + System.nanoTime() + ".json");
    List<String> all = new ArrayList<>(List.of("search", "--index", dir.resolve("idx").toString(), "--out", out.toString()));
    all.addAll(List.of(args));
    Result r = run(all.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isZero();
    return ParallaxJson.mapper().readTree(out.toFile());
  }

  @Test
  void indexThenSearchWritesTheSearchJsonContract() throws Exception {
    Path c = corpus();
    Result r = run("index", "--corpus", c.toString(), "--index", dir.resolve("idx").toString(), "--text-only", "--quiet");
    assertThat(r.code()).as(r.err()).isZero();

    JsonNode root = search("--text", "rescue teams", "--format", "json");
    assertThat(root.fieldNames()).toIterable().containsExactly("total", "hits", "facets");
    assertThat(root.get("total").asLong()).isEqualTo(2);
    JsonNode hit = root.get("hits").get(0);
    assertThat(hit.fieldNames()).toIterable().containsExactly("article", "title", "outlet", "score", "snippets", "items");
    assertThat(hit.get("article").asText()).isIn("m1", "m2");
    JsonNode snippet = hit.get("snippets").get(0);
    assertThat(snippet.fieldNames()).toIterable().containsExactly("text", "start", "end", "matches");
    JsonNode match = snippet.get("matches").get(0);
    String matched = snippet.get("text").asText().substring(
        match.get("start").asInt() - snippet.get("start").asInt(), match.get("end").asInt() - snippet.get("start").asInt());
    assertThat(matched).isIn("Rescue", "rescue", "teams");
    assertThat(root.get("facets").get("outlet").get(0).get("label").asText()).isIn("Daily Ledger", "Evening Post");

    assertThat(search("--outlet", "daily ledger").get("total").asLong()).isEqualTo(2);
    assertThat(search("--from", "2024-01-01", "--to", "2024-03-02").get("hits").get(0).get("article").asText()).isEqualTo("m1");
  }

  @Test
  void indexingTheBundledCorpusThenSearchingAnEntityFindsItsFourArticlesWithOrWithoutAccents() throws Exception {
    Result r = run("index", "--corpus", "bundled", "--index", dir.resolve("idx").toString(), "--quiet");
    assertThat(r.code()).as(r.err()).isZero();
    for (String name : List.of("Abrego Garcia", "Ábrego García")) {
      JsonNode root = search("--entity", name);
      assertThat(root.get("total").asLong()).as(name).isEqualTo(4);
      JsonNode item = root.get("hits").get(0).get("items").get(0);
      assertThat(item.get("kind").asText()).isEqualTo("entity");
      assertThat(item.get("end").asInt()).isGreaterThan(item.get("start").asInt());
    }
    JsonNode figures = search("--figure-min", "230", "--figure-max", "240", "--figure-within");
    List<String> values = new ArrayList<>();
    figures.get("hits").forEach(h -> h.get("items").forEach(i -> values.add(i.get("value").asText())));
    assertThat(values).contains("238");
    // Indexing again leaves five articles.
    assertThat(run("index", "--corpus", "bundled", "--index", dir.resolve("idx").toString(), "--quiet").code()).isZero();
    assertThat(search().get("total").asLong()).isEqualTo(5);
  }

  @Test
  void indexingTheSameCorpusTwiceKeepsOneCopyOfEachArticle() throws Exception {
    Path c = corpus();
    String idx = dir.resolve("idx").toString();
    assertThat(run("index", "--corpus", c.toString(), "--index", idx, "--text-only", "--batch", "2").code()).isZero();
    Files.writeString(dir.resolve("other.jsonl"), Files.readString(c));
    assertThat(run("index", "--corpus", dir.resolve("other.jsonl").toString(), "--index", idx, "--text-only").code()).isZero();
    assertThat(search().get("total").asLong()).isEqualTo(3);
  }

  @Test
  void searchRejectsABadDateAndAMissingIndex() throws Exception {
    Result missing = run("search", "--index", dir.resolve("none").toString());
    assertThat(missing.code()).isEqualTo(ParallaxCli.EXIT_USAGE);
    assertThat(missing.err()).contains("no index");
    run("index", "--corpus", corpus().toString(), "--index", dir.resolve("idx").toString(), "--text-only", "--quiet");
    Result bad = run("search", "--index", dir.resolve("idx").toString(), "--from", "March 3");
    assertThat(bad.code()).isEqualTo(ParallaxCli.EXIT_USAGE);
    assertThat(bad.err()).contains("--from must be a date");
  }

  @Test
  void searchTextFormatListsHitsWithMarkedMatches() throws Exception {
    run("index", "--corpus", corpus().toString(), "--index", dir.resolve("idx").toString(), "--text-only", "--quiet");
    Path out = dir.resolve("s.txt");
    Result r = run("search", "--index", dir.resolve("idx").toString(), "--text", "budget", "--format", "text", "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    String text = Files.readString(out);
    assertThat(text).startsWith("1 article(s)").contains("1. b1  [Daily Ledger]  \"Parks budget\"").contains("[budget]");
  }
}
