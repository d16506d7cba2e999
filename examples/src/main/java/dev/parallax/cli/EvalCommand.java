package dev.parallax.cli;

import dev.parallax.internal.eval.CorefEval;
import dev.parallax.internal.eval.DateEval;
import dev.parallax.internal.eval.FigureEval;
import dev.parallax.internal.eval.NerEval;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parallax eval}: reproduces every number in docs/accuracy.md from the evaluation data in the
 * shared data folder (figures, dates, named entities, cross-document resolution).
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Reproduce docs/accuracy.md: figure, date, NER and cross-document resolution scores on the shared data.")
final class EvalCommand implements Callable<Integer> {

  @Option(
      names = "--shared",
      paramLabel = "DIR",
      defaultValue = "../shared",
      description = "The shared folder holding data/ (MEANTIME, GUM, ECB+, Reuters). Default: ${DEFAULT-VALUE}.")
  Path shared;

  @Option(
      names = "--only",
      split = ",",
      paramLabel = "PART",
      description = "Run only these parts: figures, dates, entities, coref. Default: all.")
  List<String> only;

  @Option(names = "--debug", description = "Print stack traces on errors.")
  boolean debug;

  @Override
  public Integer call() {
    if (!Files.isDirectory(shared.resolve("data"))) {
      throw new UsageException("no evaluation data: " + shared.resolve("data") + " does not exist (use --shared DIR)");
    }
    Set<String> parts = new LinkedHashSet<>(only == null ? List.of("figures", "dates", "entities", "coref") : only);
    for (String p : parts) {
      if (!List.of("figures", "dates", "entities", "coref").contains(p)) {
        throw new UsageException("--only: unknown part '" + p + "' (figures, dates, entities, coref)");
      }
    }
    String dir = shared.toString();
    for (String p : parts) {
      System.out.println("## " + p);
      switch (p) {
        case "figures" -> FigureEval.main(new String[] {dir});
        case "dates" -> DateEval.main(new String[] {dir});
        case "entities" -> NerEval.main(new String[] {dir});
        default -> CorefEval.main(new String[] {dir});
      }
      System.out.println();
    }
    return 0;
  }
}
