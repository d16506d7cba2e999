package dev.parallax.cli;

import dev.parallax.CorpusAnalysis;
import dev.parallax.json.AnalysisJson;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parallax analyze}: sentences, entities, figures, dates and quotes per article. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = "Analyze a corpus: sentences (with boilerplate marked), entities, figures, dates and quotes.")
final class AnalyzeCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Option(names = "--format", defaultValue = "json", description = "json or text. Default: ${DEFAULT-VALUE}.")
  String format;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("json") && !format.equals("text")) {
      throw new UsageException("--format must be json or text, got '" + format + "'");
    }
    CorpusAnalysis analysis = Analyses.run(common, "analyze");
    common.write(
        out -> {
          if (format.equals("json")) {
            AnalysisJson.write(analysis, out, true);
          } else {
            PrintWriter w = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            TextReport.analysis(analysis, w);
            w.flush();
          }
        });
    return 0;
  }

}
