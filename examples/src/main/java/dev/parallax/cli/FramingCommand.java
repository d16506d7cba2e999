package dev.parallax.cli;

import dev.parallax.AnalyzedArticle;
import dev.parallax.CorpusAnalysis;
import dev.parallax.Parallax;
import dev.parallax.article.Corpus;
import dev.parallax.article.Diagnostic;
import dev.parallax.framing.Framing;
import dev.parallax.framing.FramingReport;
import dev.parallax.json.ParallaxJson;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
    Corpus corpus = common.openCorpus();
    Parallax parallax = Parallax.builder().threads(common.threads()).build();
    List<AnalyzedArticle> articles = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    try (Progress progress = new Progress("framing")) {
      parallax.analyzeEach(
          corpus,
          a -> {
            articles.add(a);
            progress.step();
          },
          diagnostics::add);
    }
    CorpusAnalysis analysis = parallax.resolve(articles, diagnostics);
    for (Diagnostic d : diagnostics) {
      System.err.println("parallax: " + Sanitize.line(d.toString()));
    }
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
