package dev.parallax.cli;

import dev.parallax.CorpusAnalysis;
import dev.parallax.framing.Framing;
import dev.parallax.framing.FramingReport;
import dev.parallax.json.ParallaxJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code parallax framing}: labels per referent, stance, loaded language, frames and tone by outlet. */
@Command(
    name = "framing",
    mixinStandardHelpOptions = true,
    description = "How outlets frame the story: labels per referent, hedging, loaded language, policy frames and tone.")
final class FramingCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Option(names = "--format", defaultValue = "text", description = "text, markdown or json. Default: ${DEFAULT-VALUE}.")
  String format;

  @Override
  public Integer call() throws Exception {
    if (!List.of("text", "markdown", "json").contains(format)) {
      throw new UsageException("--format must be text, markdown or json, got '" + format + "'");
    }
    CorpusAnalysis analysis = Analyses.run(common, "framing");
    FramingReport report = Framing.of(analysis);
    common.write(
        out -> {
          switch (format) {
            case "json" -> ParallaxJson.mapper().writerWithDefaultPrettyPrinter().writeValue(out, report);
            case "markdown" -> out.write(report.toMarkdown().getBytes(StandardCharsets.UTF_8));
            default -> out.write(report.toText().getBytes(StandardCharsets.UTF_8));
          }
        });
    return 0;
  }
}
