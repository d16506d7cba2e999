package dev.parallax.cli;

import dev.parallax.CorpusAnalysis;
import dev.parallax.compare.Comparison;
import dev.parallax.report.HtmlReport;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parallax report}: one self-contained static HTML page comparing the outlets. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Write a self-contained static HTML report: outlets side by side, disagreements highlighted and linked,",
      "framing tables, and charts (figures on number lines, frames and share of voice per outlet).",
      "The page needs no JavaScript and makes no network requests."
    })
final class ReportCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Option(names = "--title", defaultValue = "Parallax report", description = "Page title. Default: ${DEFAULT-VALUE}.")
  String title;

  @Override
  public Integer call() throws Exception {
    CorpusAnalysis analysis = Analyses.run(common, "report");
    HtmlReport report = HtmlReport.builder(analysis).title(title).comparison(Comparison.of(analysis)).build();
    common.write(
        out -> {
          Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          report.write(w);
          w.flush();
        });
    return 0;
  }
}
