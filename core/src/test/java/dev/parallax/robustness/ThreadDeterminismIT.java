package dev.parallax.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.AnalyzedArticle;
import dev.parallax.CorpusAnalysis;
import dev.parallax.Parallax;
import dev.parallax.article.Article;
import dev.parallax.article.Corpus;
import dev.parallax.json.AnalysisJson;
import dev.parallax.json.ParallaxJson;
import dev.parallax.text.NlpModels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Over 500 articles in shuffled orders, analysis with several threads gives JSON byte-identical to
 * one thread: per article, and for the canonical entities resolved across the corpus.
 */
class ThreadDeterminismIT {

  @Test
  void multiThreadedAnalysisIsByteIdenticalToSingleThreadedInAnyInputOrder() throws Exception {
    List<Article> articles = corpus(520);
    NlpModels models = NlpModels.english();
    Parallax one = Parallax.builder().models(models).threads(1).build();
    Parallax four = Parallax.builder().models(models).threads(4).build();

    String reference = null;
    String referenceEntities = null;
    long seed = 20261123L;
    for (int round = 0; round < 2; round++) {
      List<Article> shuffled = new ArrayList<>(articles);
      Collections.shuffle(shuffled, new Random(seed + round));
      CorpusAnalysis single = one.analyze(Corpus.of(shuffled));
      CorpusAnalysis multi = four.analyze(Corpus.of(shuffled));
      String s = perArticle(single);
      String m = perArticle(multi);
      assertThat(m).as("threads=4 vs threads=1, seed %d", seed + round).isEqualTo(s);
      String se = ParallaxJson.mapper().writeValueAsString(single.entities());
      assertThat(ParallaxJson.mapper().writeValueAsString(multi.entities())).isEqualTo(se);
      if (reference == null) {
        reference = s;
        referenceEntities = se;
      } else {
        assertThat(s).as("same result for another input order").isEqualTo(reference);
        assertThat(se).isEqualTo(referenceEntities);
      }
    }
  }

  /** Per-article JSON lines sorted by article id, so input order does not matter. */
  private static String perArticle(CorpusAnalysis a) {
    return a.articles().stream()
        .sorted(Comparator.comparing(AnalyzedArticle::id))
        .map(AnalysisJson::articleLine)
        .collect(Collectors.joining("\n"));
  }

  /** Articles built from the bundled sample's paragraphs, recombined deterministically. */
  private static List<Article> corpus(int n) {
    List<String> paragraphs = new ArrayList<>();
    for (Article a : Corpus.bundled().load().articles()) {
      for (String p : a.text().split("\n")) {
        if (p.length() > 80) {
          paragraphs.add(p);
        }
      }
    }
    Random r = new Random(42);
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder sb = new StringBuilder();
      int k = 2 + r.nextInt(3);
      for (int j = 0; j < k; j++) {
        sb.append(paragraphs.get(r.nextInt(paragraphs.size()))).append('\n');
      }
      out.add(Article.builder(String.format("a%04d", i), sb.toString()).published(LocalDate.of(2025, 4, 1 + i % 28)).build());
    }
    return out;
  }
}
