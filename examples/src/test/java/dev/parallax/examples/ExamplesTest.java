package dev.parallax.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs each example's {@code main} on the bundled corpus, as its documented command does. */
class ExamplesTest {

  @TempDir Path dir;

  /** Runs {@code body} and returns what it printed to standard output. */
  static String stdout(ThrowingRunnable body) throws Exception {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      body.run();
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  @Test
  void compareBundledStoriesEndsWithHowManyThingsTwoArticlesCount() throws Exception {
    String out = stdout(() -> CompareBundledStories.main(new String[] {}));
    assertThat(out.lines().reduce((a, b) -> b).orElseThrow()).matches("\\d+ group\\(s\\) of aligned claims in 1 story\\(ies\\) over 5 articles");
  }

  @Test
  void figuresAboutATopicPrintsACountLineForTheTopic() throws Exception {
    String out = stdout(() -> FiguresAboutATopic.main(new String[] {"deport"}));
    assertThat(out.lines().reduce((a, b) -> b).orElseThrow()).matches("\\d+ figure\\(s\\) about \"deport\" in 5 article\\(s\\)");
  }

  @Test
  void followOneEntitySaysSoWhenNoEntityMatches() throws Exception {
    String out = stdout(() -> FollowOneEntity.main(new String[] {"Nobody Of That Name"}));
    assertThat(out).matches("no entity matches \"Nobody Of That Name\" \\(\\d+ entities in the corpus\\)\\R");
  }

  @Test
  void exportClaimsToCsvWritesOneFilePerKindWithItsHeader() throws Exception {
    String out = stdout(() -> ExportClaimsToCsv.main(new String[] {dir.toString()}));
    assertThat(out.lines()).hasSize(4);
    for (String name : List.of("figures", "dates", "entities", "disagreements")) {
      Path f = dir.resolve(name + ".csv");
      assertThat(Files.readAllLines(f).get(0)).startsWith(name.equals("disagreements") ? "group,kind,verdict" : "article,outlet,text");
    }
  }

  @Test
  void searchAnIndexBuildsItOnceThenFindsArticlesWithHighlightedSnippets() throws Exception {
    Path index = dir.resolve("index");
    String first = stdout(() -> SearchAnIndex.main(new String[] {"prison", index.toString()}));
    List<String> lines = first.lines().toList();
    assertThat(lines.get(0)).matches("[1-9]\\d* article\\(s\\) match \"prison\" in .*");
    assertThat(lines).anyMatch(l -> l.contains("[prison"));
    String again = stdout(() -> SearchAnIndex.main(new String[] {"prison", index.toString()}));
    assertThat(again).isEqualTo(first);
  }

  @Test
  void writeAnHtmlReportWritesAPageWithTheFiveArticlesSideBySide() throws Exception {
    Path html = dir.resolve("r.html");
    String out = stdout(() -> WriteAnHtmlReport.main(new String[] {html.toString()}));
    assertThat(out).startsWith("wrote " + html).contains("5 articles");
    Document doc = Jsoup.parse(html.toFile());
    assertThat(doc.select("#stories .side > article")).hasSize(5);
  }
}
