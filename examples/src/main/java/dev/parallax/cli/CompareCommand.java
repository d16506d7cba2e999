package dev.parallax.cli;

import dev.parallax.CorpusAnalysis;
import dev.parallax.compare.Comparison;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parallax compare}: stories, disagreements with verdicts, omissions and share of voice. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = "Compare how outlets report the same story: figures, dates, roles and quotes with verdicts, "
        + "omissions per outlet, and who is quoted where.")
final class CompareCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Option(names = "--format", defaultValue = "text", description = "json, text or markdown. Default: ${DEFAULT-VALUE}.")
  String format;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("json") && !format.equals("text") && !format.equals("markdown")) {
      throw new UsageException("--format must be json, text or markdown, got '" + format + "'");
    }
    CorpusAnalysis analysis = Analyses.run(common, "compare");
    Comparison comparison = Comparison.of(analysis);
    String rendered =
        switch (format) {
          case "json" -> comparison.toJson();
          case "markdown" -> comparison.toMarkdown();
          default -> comparison.toText();
        };
    common.write(out -> out.write(rendered.getBytes(StandardCharsets.UTF_8)));
    return 0;
  }
}
