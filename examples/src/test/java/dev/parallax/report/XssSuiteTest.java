package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.AnalyzedArticle;
import dev.parallax.CorpusAnalysis;
import dev.parallax.article.Article;
import dev.parallax.entity.Entity;
import dev.parallax.entity.EntityMention;
import dev.parallax.entity.EntityType;
import dev.parallax.figure.Figure;
import dev.parallax.figure.Qualifier;
import dev.parallax.quote.Quote;
import dev.parallax.report.internal.Esc;
import dev.parallax.text.AnnotatedText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Puts each of the payloads in {@code xss-payloads.txt} into every untrusted field the report shows
 * and checks, by parsing the page, that it renders as inert text.
 */
class XssSuiteTest {

  private static final Set<String> ALLOWED_TAGS =
      Set.of(
          "html", "head", "meta", "title", "style", "body", "header", "h1", "nav", "a", "main", "section", "h2", "h3",
          "h4", "table", "thead", "tbody", "tr", "th", "td", "caption", "details", "summary", "ul", "ol", "li", "p",
          "div", "article", "span", "mark", "sup", "footer", "svg", "text", "line", "path", "circle", "rect", "g",
          "#root");

  static Stream<String> payloads() throws IOException {
    try (InputStream in = XssSuiteTest.class.getResourceAsStream("/xss-payloads.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isEmpty()).toList().stream();
    }
  }

  static CorpusAnalysis hostile(String p) {
    String text = "Before " + p + " and 12 " + p + " after.";
    int fs = text.indexOf("12 ");
    Figure f =
        new Figure(
            "x", text.substring(fs, fs + 2 + 1 + p.length()), 12, 12, Double.POSITIVE_INFINITY, true, false,
            Qualifier.AT_LEAST, p, p, p, Figure.Kind.COUNT, Figure.Change.NONE, p, fs, fs + 3 + p.length(), 0,
            List.of(), Optional.of(p), List.of(p));
    Figure g =
        new Figure(
            "y", text.substring(fs, fs + 2), 12, 12, 12, true, true, Qualifier.EXACT, p, p, p, Figure.Kind.COUNT,
            Figure.Change.NONE, p, fs, fs + 2, 0, List.of(), Optional.empty(), List.of());
    int ps = text.indexOf(p);
    EntityMention mx = new EntityMention("x", p, EntityType.PERSON, "person:p", ps, ps + p.length(), 0, p);
    EntityMention my = new EntityMention("y", p, EntityType.PERSON, "person:p", ps, ps + p.length(), 0, p);
    Quote q = new Quote("x", p, p, "", Quote.Kind.DIRECT, p, ps, ps + p.length(), 0);
    List<AnalyzedArticle> arts =
        List.of(
            new AnalyzedArticle(
                Article.builder("x", text).outlet("X " + p).title(p).url(p).language(p).build(),
                new AnnotatedText(text, List.of(), List.of()), List.of(mx), List.of(f), List.of(), List.of(q), List.of()),
            new AnalyzedArticle(
                Article.builder("y", text).outlet(p).title("T " + p).url("https://example.org/?q=" + p).build(),
                new AnnotatedText(text, List.of(), List.of()), List.of(my), List.of(g), List.of(), List.of(), List.of()));
    return new CorpusAnalysis(
        arts, List.of(new Entity("person:p", p, EntityType.PERSON, List.of(p), List.of("x", "y"))), List.of());
  }

  static HtmlReport report(String p) {
    CorpusAnalysis a = hostile(p);
    return HtmlReport.builder(a)
        .title(p)
        .stories(List.of(new StoryView(p, List.of("x", "y"))))
        .table(new Table(p, List.of(p, "c"), List.of(List.of(p, p))))
        .frames(new Shares(p, p, List.of(new Shares.Row(p, Map.of(p, 1.0)))))
        .build();
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void aPayloadInEveryFieldRendersAsInertText(String payload) {
    for (boolean derived : new boolean[] {true, false}) {
      String html = derived ? HtmlReport.of(hostile(payload)).render() : report(payload).render();
      Document doc = Jsoup.parse(html);
      for (Element e : doc.getAllElements()) {
        assertThat(ALLOWED_TAGS).as("element <%s> from %s", e.tagName(), payload).contains(e.tagName());
        for (Attribute at : e.attributes()) {
          String name = at.getKey().toLowerCase();
          assertThat(name).as("attribute on <%s>", e.tagName()).doesNotStartWith("on");
          assertThat(name).isNotIn("src", "srcdoc", "action", "formaction", "xlink:href", "background", "data");
          if (name.equals("href")) {
            assertThat(at.getValue()).matches("#[a-z0-9-]+|https?://.+");
          }
          if (name.equals("style")) {
            assertThat(at.getValue()).matches("grid-template-columns:repeat\\(\\d+,minmax\\(240px,1fr\\)\\)");
          }
        }
      }
      assertThat(doc.select("style")).hasSize(1);
      assertThat(doc.select("meta").eachAttr("http-equiv")).containsExactly("Content-Security-Policy");
      assertThat(doc.select("script, iframe, object, embed, base, form, img, svg script")).isEmpty();
      Element column = doc.selectFirst("#art0 .text");
      column.select("sup.links").remove();
      String visible = Esc.neutralize("Before " + payload + " and 12 " + payload + " after.");
      assertThat(column.wholeText()).as("article text shown verbatim").isEqualTo(visible);
    }
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void aPayloadAsAnArticleUrlNeverBecomesALink(String payload) {
    Document doc = Jsoup.parse(HtmlReport.of(hostile(payload)).render());
    assertThat(doc.select("#summary a[href]").eachAttr("href")).allMatch(h -> h.startsWith("#") || h.startsWith("https://example.org/"));
  }
}
