package dev.parallax.cli;

import dev.parallax.CorpusAnalysis;
import dev.parallax.report.Export;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parallax export}: figures, dates, entities or disagreements as CSV, JSON Lines or Markdown. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export one row per figure, date, entity mention or disagreement claim, with article, outlet and offsets.",
      "CSV cells that a spreadsheet would evaluate as formulas are prefixed with '."
    })
final class ExportCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Option(names = "--what", required = true, paramLabel = "ITEMS", description = "figures, dates, entities or disagreements.")
  String what;

  @Option(names = "--format", defaultValue = "csv", description = "csv, jsonl or md. Default: ${DEFAULT-VALUE}.")
  String format;

  @Override
  public Integer call() throws Exception {
    Export.What w =
        switch (what.toLowerCase(Locale.ROOT)) {
          case "figures" -> Export.What.FIGURES;
          case "dates" -> Export.What.DATES;
          case "entities" -> Export.What.ENTITIES;
          case "disagreements" -> Export.What.DISAGREEMENTS;
          default -> throw new UsageException(
              "--what must be figures, dates, entities or disagreements, got '" + Sanitize.line(what) + "'");
        };
    Export.Format f =
        switch (format.toLowerCase(Locale.ROOT)) {
          case "csv" -> Export.Format.CSV;
          case "jsonl" -> Export.Format.JSONL;
          case "md", "markdown" -> Export.Format.MARKDOWN;
          default -> throw new UsageException("--format must be csv, jsonl or md, got '" + Sanitize.line(format) + "'");
        };
    CorpusAnalysis analysis = Analyses.run(common, "export");
    common.write(
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          java.util.List<dev.parallax.report.ClaimGroup> groups =
              w == Export.What.DISAGREEMENTS
                  ? dev.parallax.report.internal.FromComparison.groups(dev.parallax.compare.Comparison.of(analysis))
                  : java.util.List.of();
          Export.write(analysis, groups, w, f, writer);
          writer.flush();
        });
    return 0;
  }
}
