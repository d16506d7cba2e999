package dev.parallax.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parallax.AnalyzedArticle;
import dev.parallax.CorpusAnalysis;
import dev.parallax.article.Article;
import dev.parallax.figure.Figure;
import dev.parallax.figure.Qualifier;
import dev.parallax.json.ParallaxJson;
import dev.parallax.report.Export;
import dev.parallax.report.HtmlReport;
import dev.parallax.text.AnnotatedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Jazzer fuzz targets for the report renderer and the exports. In a normal {@code mvn test} they run
 * the committed regression inputs (src/test/resources/dev/parallax/fuzz/ReportFuzzTestInputs/); with
 * {@code JAZZER_FUZZ=1} they fuzz:
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -pl examples -am test -Dtest='ReportFuzzTest#htmlReportOfAnyTextStaysInert' -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 */
class ReportFuzzTest {

  /** Two articles with fuzzed text, outlet, title, URL and figures at fuzzed spans. */
  static CorpusAnalysis analysis(FuzzedDataProvider data) {
    List<AnalyzedArticle> arts = new ArrayList<>();
    for (String id : List.of("a", "b")) {
      String text = data.consumeString(400);
      String outlet = data.consumeString(40);
      String title = data.consumeString(60);
      String url = data.consumeString(60);
      List<Figure> figures = new ArrayList<>();
      int n = data.consumeInt(0, 4);
      for (int i = 0; i < n && !text.isEmpty(); i++) {
        int start = data.consumeInt(0, text.length() - 1);
        int end = data.consumeInt(start, text.length());
        double lower = data.consumeBoolean() ? Double.NEGATIVE_INFINITY : data.consumeInt(-1000, 1000);
        double upper = data.consumeBoolean() ? Double.POSITIVE_INFINITY : lower + data.consumeInt(0, 1000);
        double value = Double.isFinite(lower) ? lower : Double.isFinite(upper) ? upper : 0;
        String counts = data.consumeString(20);
        figures.add(
            new Figure(
                id, text.substring(start, end), value, lower, upper, data.consumeBoolean(), data.consumeBoolean(),
                Qualifier.EXACT, "", counts, counts, Figure.Kind.COUNT, Figure.Change.NONE, "", start, end, 0,
                List.of(), Optional.empty(), List.of()));
      }
      Article art = Article.builder(id, text).outlet(outlet).title(title).url(url).build();
      arts.add(
          new AnalyzedArticle(
              art, new AnnotatedText(text, List.of(), List.of()), List.of(), figures, List.of(), List.of(), List.of()));
    }
    return new CorpusAnalysis(arts, List.of(), List.of());
  }

  @FuzzTest(maxDuration = "2m")
  void htmlReportOfAnyTextStaysInert(FuzzedDataProvider data) {
    CorpusAnalysis analysis = analysis(data);
    Document doc = Jsoup.parse(HtmlReport.builder(analysis).title(data.consumeRemainingAsString()).build().render());
    assertThat(doc.select("script, iframe, object, embed, base, form, img, link")).isEmpty();
    assertThat(doc.select("style")).hasSize(1);
    for (Element e : doc.getAllElements()) {
      for (Attribute at : e.attributes()) {
        assertThat(at.getKey().toLowerCase()).doesNotStartWith("on");
        if (at.getKey().equals("href")) {
          assertThat(at.getValue()).matches("#[a-z0-9-]+|https?://.+");
        }
      }
    }
    assertThat(doc.select("#stories .side > article")).hasSize(2);
  }

  @FuzzTest(maxDuration = "2m")
  void exportsOfAnyTextStayWellFormed(FuzzedDataProvider data) throws Exception {
    CorpusAnalysis analysis = analysis(data);
    String jsonl = Export.toString(analysis, Export.What.FIGURES, Export.Format.JSONL);
    int rows = 0;
    for (String line : jsonl.split("\n", -1)) {
      if (!line.isEmpty()) {
        assertThat(ParallaxJson.mapper().readTree(line).get("article").asText()).isIn("a", "b");
        rows++;
      }
    }
    int figures = analysis.articles().stream().mapToInt(a -> a.figures().size()).sum();
    assertThat(rows).isEqualTo(figures);
    String csv = Export.toString(analysis, Export.What.FIGURES, Export.Format.CSV);
    assertThat(csvRecords(csv)).isEqualTo(figures + 1);
    String md = Export.toString(analysis, Export.What.FIGURES, Export.Format.MARKDOWN);
    assertThat(md.lines().count()).isEqualTo(figures + 2L);
    for (String line : md.lines().toList()) {
      assertThat(line.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(19L);
    }
  }

  /** Counts CSV records, honouring quoted fields that contain line breaks. */
  static int csvRecords(String csv) {
    int records = 0;
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\n' && !quoted) {
        records++;
      }
    }
    return records;
  }
}
