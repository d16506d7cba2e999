package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.CorpusAnalysis;
import dev.parallax.Parallax;
import dev.parallax.article.Corpus;
import dev.parallax.framing.Framing;
import dev.parallax.tools.Chromium;
import dev.parallax.tools.ExternalTools;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens HTML reports in a real headless Chromium: the page must render with no console errors or
 * CSP violations. Screenshots go to {@code examples/target/screenshots/}. Skipped without
 * /usr/bin/chromium, except in CI.
 */
class ReportInChromiumTest {
  static Chromium chromium;
  static final Path OUT = Path.of("target", "screenshots");

  @BeforeAll
  static void findChromium() {
    chromium = new Chromium(ExternalTools.require(Chromium.PATH, "apt-get install -y chromium (or bash .ci/setup)"));
  }

  @Test
  void theBundledCorpusReportRendersWithoutConsoleErrorsAndShowsTheOutletsSideBySide() throws Exception {
    CorpusAnalysis analysis = Parallax.builder().build().analyze(Corpus.bundled());
    Path html = OUT.resolve("bundled-report.html");
    Files.createDirectories(OUT);
    HtmlReport report = HtmlReport.builder(analysis).title("Bundled corpus").framing(Framing.of(analysis)).build();
    Files.writeString(html, report.render());
    Chromium.Page page = chromium.load(html);
    assertThat(page.consoleErrors()).as(page.log()).isEmpty();
    Document dom = Jsoup.parse(page.dom());
    assertThat(dom.select("#stories .side > article")).hasSize(5);
    assertThat(dom.select("#voice svg.bars")).hasSize(1);
    assertThat(dom.select("#framing svg.bars")).hasSize(1);
    chromium.screenshot(html, OUT.resolve("bundled-report.png"), 1400, 2000);
    assertThat(Files.size(OUT.resolve("bundled-report.png"))).isGreaterThan(10_000);

    Path charts = OUT.resolve("bundled-charts.html");
    Files.writeString(
        charts,
        report.page(HtmlReport.Section.FIGURE_CHARTS, HtmlReport.Section.FRAMING, HtmlReport.Section.SHARE_OF_VOICE));
    Chromium.Page chartPage = chromium.load(charts);
    assertThat(chartPage.consoleErrors()).as(chartPage.log()).isEmpty();
    assertThat(Jsoup.parse(chartPage.dom()).select("svg.numberline")).isNotEmpty();
    chromium.screenshot(charts, OUT.resolve("bundled-charts.png"), 1400, 2400);
  }

  @Test
  void aReportWithConflictingFiguresRendersItsHighlightsAndNumberLineWithoutConsoleErrors() throws Exception {
    Path html = OUT.resolve("two-outlets-report.html");
    Files.createDirectories(OUT);
    Files.writeString(html, HtmlReport.builder(Fixtures.twoOutlets()).title("Two outlets").build().render());
    Chromium.Page page = chromium.load(html);
    assertThat(page.consoleErrors()).as(page.log()).isEmpty();
    Document dom = Jsoup.parse(page.dom());
    assertThat(dom.select("mark.claim.conflict[id]")).hasSize(2);
    assertThat(dom.select("#figures svg.numberline g.interval")).hasSize(2);
    chromium.screenshot(html, OUT.resolve("two-outlets-report.png"), 1400, 1400);
  }

  @Test
  void theConsoleCheckCatchesAnInlineScriptThatTheCspBlocks() throws Exception {
    Path html = OUT.resolve("csp-probe.html");
    Files.createDirectories(OUT);
    Files.writeString(
        html,
        "<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\""
            + HtmlReport.CONTENT_SECURITY_POLICY
            + "\"></head><body><script>document.title='ran'</script></body></html>");
    Chromium.Page page = chromium.load(html);
    assertThat(page.consoleErrors()).anyMatch(l -> l.contains("Content Security Policy"));
  }

  @Test
  void aScriptInsideAnArticleStaysTextInTheBrowser() throws Exception {
    Path html = OUT.resolve("xss-report.html");
    Files.createDirectories(OUT);
    Files.writeString(html, HtmlReport.of(XssSuiteTest.hostile("<script>document.title='pwned'</script>")).render());
    Chromium.Page page = chromium.load(html);
    assertThat(page.consoleErrors()).as(page.log()).isEmpty();
    Document dom = Jsoup.parse(page.dom());
    assertThat(dom.select("script")).isEmpty();
    assertThat(dom.title()).isEqualTo("Parallax report");
    assertThat(dom.selectFirst("#art0 .text").text()).contains("<script>document.title='pwned'</script>");
  }
}
