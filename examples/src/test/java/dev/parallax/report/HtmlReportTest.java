package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.CorpusAnalysis;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  private static Document render(HtmlReport r) {
    return Jsoup.parse(r.render());
  }

  @Test
  void showsEveryArticleOfAStoryInOneSideBySideGrid() {
    Document doc = render(HtmlReport.of(Fixtures.twoOutlets()));
    Elements columns = doc.select("#stories .side > article");
    assertThat(columns).extracting(e -> e.selectFirst("h4").text()).containsExactly("Daily A", "Daily B");
    assertThat(doc.selectFirst("#stories .side").attr("style")).contains("repeat(2,");
    Element text = columns.get(0).selectFirst(".text");
    text.select("sup.links").remove();
    assertThat(text.text()).isEqualTo(Fixtures.TEXT_A);
  }

  @Test
  void highlightsConflictingClaimsAtTheirOffsetsAndLinksThemToEachOther() {
    Document doc = render(HtmlReport.of(Fixtures.twoOutlets()));
    Element a = doc.getElementById("c0-0");
    Element b = doc.getElementById("c0-1");
    assertThat(a.text()).isEqualTo("more than 200 migrants");
    assertThat(b.text()).isEqualTo("150 migrants");
    assertThat(a.hasClass("conflict")).isTrue();
    assertThat(a.nextElementSibling().select("a").eachAttr("href")).containsExactly("#g0", "#c0-1");
    assertThat(b.nextElementSibling().select("a").eachAttr("href")).containsExactly("#g0", "#c0-0");
    assertThat(doc.select("#g0 a").eachAttr("href")).containsExactly("#c0-0", "#c0-1");
    assertThat(doc.selectFirst("#g0 .verdict").text()).isEqualTo("CONFLICT");
  }

  @Test
  void everyInternalLinkPointsToAnElementOfThePage() {
    Document doc = render(HtmlReport.of(Fixtures.twoOutlets()));
    for (Element link : doc.select("a[href^=#]")) {
      assertThat(doc.getElementById(link.attr("href").substring(1))).as(link.outerHtml()).isNotNull();
    }
  }

  @Test
  void drawsAnUnboundedUpperEndAsAnArrowAndAClosedPointAsFilledDots() {
    Document doc = render(HtmlReport.of(Fixtures.twoOutlets()));
    Element chart = doc.selectFirst("#figures svg.numberline");
    assertThat(chart.selectFirst("title").text()).isEqualTo("migrant");
    Elements intervals = chart.select("g.interval");
    assertThat(intervals).hasSize(2);
    assertThat(intervals.get(0).select("path.arrow")).hasSize(1);
    assertThat(intervals.get(0).selectFirst("title").text()).isEqualTo("Daily A: \u201Cmore than 200 migrants\u201D (200, \u221E)");
    assertThat(intervals.get(1).select("path.arrow")).isEmpty();
    assertThat(intervals.get(1).select("circle")).hasSize(1);
    assertThat(intervals.get(1).selectFirst("circle").attr("fill")).isNotEqualTo("#fff");
  }

  @Test
  void drawsShareOfVoiceFromQuotedWordsPerOutlet() {
    Document doc = render(HtmlReport.of(Fixtures.twoOutlets()));
    Element chart = doc.selectFirst("#voice svg.bars");
    assertThat(chart.select("rect > title").eachText()).containsExactly("Daily B \u2014 Ana Ruiz: 8 quoted words (100%)");
  }

  @Test
  void drawsAGivenFrameDistributionAsOneStackedBarPerOutlet() {
    Shares frames =
        new Shares(
            "Policy frames",
            "sentences",
            List.of(
                new Shares.Row("Daily A", Map.of("Security", 3.0)),
                new Shares.Row("Daily B", Map.of("Security", 1.0))));
    Document doc = render(HtmlReport.builder(Fixtures.twoOutlets()).frames(frames).build());
    assertThat(doc.select("#framing svg.bars rect > title").eachText())
        .containsExactly("Daily A \u2014 Security: 3 sentences (100%)", "Daily B \u2014 Security: 1 sentences (100%)");
  }

  @Test
  void rendersGivenFramingTablesWithEveryCell() {
    Table t = new Table("Labels", List.of("referent", "Daily A"), List.of(List.of("the flights", "deportation flights")));
    Document doc = render(HtmlReport.builder(Fixtures.twoOutlets()).table(t).build());
    assertThat(doc.select("#framing table caption").eachText()).containsExactly("Labels");
    assertThat(doc.select("#framing table td").eachText()).containsExactly("the flights", "deportation flights");
  }

  @Test
  void declaresARestrictiveContentSecurityPolicyAndReferencesNoExternalResource() {
    Document doc = render(HtmlReport.of(Fixtures.twoOutlets()));
    assertThat(doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .startsWith("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    assertThat(doc.select("script, link, iframe, object, embed, img[src], [src]")).isEmpty();
  }

  @Test
  void rejectsAClaimWhoseSpanLiesOutsideItsArticle() {
    CorpusAnalysis analysis = Fixtures.twoOutlets();
    ClaimGroup bad = new ClaimGroup("FIGURE", "CONFLICT", "x", List.of(new ClaimSpan("a", 0, 999, "x", "")));
    assertThatThrownBy(() -> HtmlReport.builder(analysis).disagreements(List.of(bad)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("claim span outside article a: 0..999");
  }

  @Test
  void aPartialPageLinksOnlyToSectionsItContains() {
    Document doc = Jsoup.parse(HtmlReport.of(Fixtures.twoOutlets()).page(HtmlReport.Section.SUMMARY, HtmlReport.Section.DISAGREEMENTS));
    for (Element link : doc.select("a[href^=#]")) {
      assertThat(doc.getElementById(link.attr("href").substring(1))).as(link.outerHtml()).isNotNull();
    }
    assertThat(doc.select("nav a").eachText()).containsExactly("Articles", "Disagreements");
  }

  @Test
  void aFragmentCarriesItsOwnStylesAndOnlyTheRequestedSections() {
    String html = HtmlReport.of(Fixtures.twoOutlets()).fragment(HtmlReport.Section.FIGURE_CHARTS);
    Document doc = Jsoup.parseBodyFragment(html);
    assertThat(doc.select("div.parallax-report > style")).hasSize(1);
    assertThat(doc.select("section").eachAttr("id")).containsExactly("figures");
  }
}
