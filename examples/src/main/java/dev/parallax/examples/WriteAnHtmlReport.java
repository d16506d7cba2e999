package dev.parallax.examples;

import dev.parallax.CorpusAnalysis;
import dev.parallax.Parallax;
import dev.parallax.article.Corpus;
import dev.parallax.framing.Framing;
import dev.parallax.report.HtmlReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the self-contained HTML report (outlets side by side, disagreements highlighted, charts)
 * for a corpus; open the file in any browser, offline.
 *
 * <pre>
 * java -cp examples/target/parallax.jar dev.parallax.examples.WriteAnHtmlReport report.html [bundled|PATH]
 * </pre>
 *
 * <p>Not thread-safe; a program with one {@code main}.
 */
public final class WriteAnHtmlReport {
  private WriteAnHtmlReport() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "report.html");
    String corpus = args.length > 1 ? args[1] : "bundled";
    CorpusAnalysis analysis = Parallax.builder().build().analyze(Corpus.open(corpus));
    // Everything not given to the builder (stories, disagreements, tables, charts) is derived from
    // the analysis. Every untrusted field is escaped; the page carries a strict CSP and no scripts.
    // Framing.of adds the framing tables (labels, hedging, loaded language, tone) and frame chart.
    String html =
        HtmlReport.builder(analysis).title("Parallax report: " + corpus).framing(Framing.of(analysis)).build().render();
    Files.writeString(out, html, StandardCharsets.UTF_8);
    System.out.printf("wrote %s (%,d bytes, %d articles)%n", out, Files.size(out), analysis.articles().size());
  }
}
