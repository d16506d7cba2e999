package dev.parallax.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.AnalyzedArticle;
import dev.parallax.Parallax;
import dev.parallax.article.Article;
import dev.parallax.article.Corpus;
import dev.parallax.article.LoadResult;
import dev.parallax.text.NlpModels;
import dev.parallax.text.Sentence;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 50 MB article is loaded from disk and analysed by the whole pipeline (every stage on); all its
 * spans stay inside the text and no stage fails.
 */
class LargeArticleIT {

  @TempDir Path dir;

  @Test
  void aFiftyMegabyteArticleIsLoadedAndAnalysed() throws Exception {
    StringBuilder paragraph = new StringBuilder();
    for (Article a : Corpus.bundled().load().articles()) {
      paragraph.append(a.text()).append('\n');
    }
    StringBuilder sb = new StringBuilder(50 * 1024 * 1024 + paragraph.length());
    while (sb.length() < 50 * 1024 * 1024) {
      sb.append(paragraph);
    }
    Files.writeString(dir.resolve("huge.txt"), sb, StandardCharsets.UTF_8);
    sb = null;
    LoadResult r = Corpus.directory(dir).load();
    assertThat(r.diagnostics()).isEmpty();
    Article huge = r.articles().get(0);
    assertThat(huge.text().length()).isGreaterThanOrEqualTo(50 * 1024 * 1024 / 2);
    AnalyzedArticle a = Parallax.builder().models(NlpModels.english()).build().analyze(huge);
    assertThat(a.diagnostics()).noneMatch(d -> d.message().startsWith("stage failed"));
    Sentence last = a.text().sentences().get(a.text().sentences().size() - 1);
    assertThat(last.end()).isLessThanOrEqualTo(huge.text().length());
    assertThat(a.figures()).isNotEmpty().allSatisfy(f -> assertThat(huge.text().substring(f.start(), f.end())).isEqualTo(f.text()));
    assertThat(a.entities()).isNotEmpty();
  }
}
