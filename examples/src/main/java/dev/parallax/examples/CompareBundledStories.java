package dev.parallax.examples;

import dev.parallax.CorpusAnalysis;
import dev.parallax.Parallax;
import dev.parallax.article.Corpus;
import dev.parallax.compare.Claim;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.Disagreement;

/**
 * Compares how the outlets of a corpus report the same story: every group of aligned claims
 * (figures about the same quantity, dates anchoring the same claim, titles given to the same person,
 * quotes), its verdict (AGREE, COMPATIBLE, CONFLICT, DIFFERENT_SCOPE) with an explanation, and each
 * outlet's claim with its offsets.
 *
 * <pre>
 * java -cp examples/target/parallax.jar dev.parallax.examples.CompareBundledStories [bundled|PATH]
 * </pre>
 *
 * <p>Not thread-safe; a program with one {@code main}.
 */
public final class CompareBundledStories {
  private CompareBundledStories() {}

  public static void main(String[] args) {
    // 1. Analyse the corpus once (models load here) and compare the outlets.
    CorpusAnalysis analysis = Parallax.builder().build().analyze(Corpus.open(args.length > 0 ? args[0] : "bundled"));
    Comparison comparison = Comparison.of(analysis);

    // 2. Print each aligned group: verdict, what it is about, why, and every outlet's claim.
    for (Disagreement d : comparison.disagreements()) {
      System.out.printf("== %s %s: %s%n", d.verdict(), d.kind(), d.about());
      System.out.printf("   %s%n", d.explanation());
      for (Claim c : d.claims()) {
        System.out.printf("   %-24s \"%s\" [%d..%d]%n", c.outlet(), c.text(), c.start(), c.end());
      }
    }

    // 3. A one-line summary.
    System.out.printf(
        "%d group(s) of aligned claims in %d story(ies) over %d articles%n",
        comparison.disagreements().size(), comparison.stories().size(), analysis.articles().size());
  }
}
