package dev.parallax.examples;

import dev.parallax.CorpusAnalysis;
import dev.parallax.Parallax;
import dev.parallax.article.Corpus;
import dev.parallax.report.Export;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Exports every figure, date, entity mention and disagreement claim to four CSV files a spreadsheet
 * can open, one row per item with its outlet and character offsets.
 *
 * <pre>
 * java -cp examples/target/parallax.jar dev.parallax.examples.ExportClaimsToCsv out-dir [bundled|PATH]
 * </pre>
 *
 * <p>Not thread-safe; a program with one {@code main}.
 */
public final class ExportClaimsToCsv {
  private ExportClaimsToCsv() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "parallax-csv");
    CorpusAnalysis analysis = Parallax.builder().build().analyze(Corpus.open(args.length > 1 ? args[1] : "bundled"));
    Files.createDirectories(dir);
    // One file per kind of item. Export quotes cells per RFC 4180 and prefixes text cells that a
    // spreadsheet would run as a formula (=, +, -, @) with a ', so hostile article text stays text.
    for (Export.What what : Export.What.values()) {
      Path file = dir.resolve(what.name().toLowerCase(java.util.Locale.ROOT) + ".csv");
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        Export.write(analysis, what, Export.Format.CSV, w);
      }
      long rows = Files.readAllLines(file, StandardCharsets.UTF_8).size() - 1;
      System.out.printf("%-36s %5d row(s)%n", file, rows);
    }
  }
}
