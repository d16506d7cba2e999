package dev.parallax.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.CorpusAnalysis;
import dev.parallax.Parallax;
import dev.parallax.article.Corpus;
import dev.parallax.compare.Disagreement.Kind;
import dev.parallax.compare.Disagreement.Verdict;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The five bundled articles end to end. Checks that need figures or entities skip until those
 * extractors are on the classpath, and then hold the acceptance criteria of issue 5.
 */
class BundledComparisonTest {
  private static CorpusAnalysis analysis;
  private static Comparison comparison;

  @BeforeAll
  static void run() {
    analysis = Parallax.builder().build().analyze(Corpus.bundled());
    comparison = Comparison.of(analysis);
  }

  @Test
  void groupsAllFiveArticlesIntoOneStoryWithoutDuplicates() {
    assertThat(comparison.stories()).hasSize(1);
    assertThat(comparison.stories().get(0).articles()).hasSize(5);
    assertThat(comparison.stories().get(0).duplicates()).isEmpty();
  }

  @Test
  void raisesNoFalseFigureOrAttributionConflicts() {
    assertThat(comparison.disagreements())
        .filteredOn(d -> d.verdict() == Verdict.CONFLICT && (d.kind() == Kind.FIGURE || d.kind() == Kind.ATTRIBUTION))
        .isEmpty();
  }

  @Test
  void findsTrumpsFantasticQuotedInTwoOutletsWithDifferentWording() {
    assertThat(comparison.disagreements(Kind.QUOTE))
        .anySatisfy(d -> {
          assertThat(d.verdict()).isEqualTo(Verdict.COMPATIBLE);
          assertThat(d.claims()).extracting(Claim::text).containsExactly("fantastic job", "fantastic");
        });
  }

  @Test
  void quotesMillerOnlyInOneOutlet() {
    assertThat(comparison.quotes())
        .filteredOn(v -> v.speaker().contains("Miller"))
        .allSatisfy(v -> assertThat(v.byOutlet()).extracting(Voice.OutletCount::outlet).containsExactly("002_0dce748565759669"))
        .isNotEmpty();
  }

  @Test
  void findsOverTwoHundredCompatibleWithTheTwoHundredSixtyOneDeported() {
    assumeTrue(analysis.articles().stream().anyMatch(a -> !a.figures().isEmpty()), "figure extractor not present");
    Disagreement d = comparison.disagreements(Kind.FIGURE).stream()
        .filter(x -> x.claims().stream().anyMatch(c -> c.text().startsWith("238")))
        .findFirst().orElseThrow();
    assertThat(d.verdict()).isEqualTo(Verdict.COMPATIBLE);
    assertThat(d.explanation()).contains("238 + 23 = 261");
    assertThat(d.claims()).extracting(Claim::text).contains("over 200", "more than 200");
    assertThat(d.outlets()).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void agreesOnTheTenMoreDeportedInFourOutlets() {
    assumeTrue(analysis.articles().stream().anyMatch(a -> !a.figures().isEmpty()), "figure extractor not present");
    assertThat(comparison.disagreements(Kind.FIGURE))
        .anySatisfy(d -> {
          assertThat(d.verdict()).isEqualTo(Verdict.AGREE);
          assertThat(d.about()).startsWith("additional");
          assertThat(d.outlets()).hasSize(4);
        });
  }

  @Test
  void flagsFormerPresidentAgainstPresidentAsRoleConflict() {
    assumeTrue(analysis.articles().stream().anyMatch(a -> !a.entities().isEmpty()), "entity recognizer not present");
    assertThat(comparison.disagreements(Kind.ROLE))
        .anySatisfy(d -> {
          assertThat(d.verdict()).isEqualTo(Verdict.CONFLICT);
          assertThat(d.about()).endsWith(": president");
          assertThat(d.claims()).extracting(Claim::detail).anySatisfy(r -> assertThat(r).startsWith("former"));
        });
  }

  @Test
  void listsTheSixMillionOnlyOneOutletReportsAsOmission() {
    assumeTrue(analysis.articles().stream().anyMatch(a -> !a.figures().isEmpty()), "figure extractor not present");
    assertThat(comparison.coverage())
        .anySatisfy(o -> {
          assertThat(o.fact()).contains("$6 million");
          assertThat(o.reportedBy()).isEqualTo(List.of("004_c67a975a37603756"));
        });
  }

  @Test
  void keepsUnnamedSpeakersApartFromNamedOrganizations() {
    assertThat(comparison.quotes())
        .filteredOn(v -> !v.speakerEntity().isEmpty())
        .allSatisfy(v -> assertThat(v.quotes()).extracting(Claim::detail)
            .noneMatch(d -> d.endsWith("— experts") || d.endsWith("— Critics")));
  }
}
