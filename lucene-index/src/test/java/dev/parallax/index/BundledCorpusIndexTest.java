package dev.parallax.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.CorpusAnalysis;
import dev.parallax.Parallax;
import dev.parallax.article.Corpus;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Acceptance on the real pipeline: the bundled corpus analysed by Parallax, then indexed and searched. */
class BundledCorpusIndexTest {

  private static final String A000 = "000_0739c94f3c52184a";
  private static final String A002 = "002_0dce748565759669";
  private static final String A003 = "003_6e5703e6f34a61ec";
  private static final String A004 = "004_c67a975a37603756";

  private static CorpusAnalysis analysis;

  @TempDir Path dir;

  @BeforeAll
  static void analyse() {
    analysis = Parallax.builder().build().analyze(Corpus.bundled());
  }

  private CorpusIndex indexed() throws IOException {
    CorpusIndex index = CorpusIndex.open(dir.resolve("idx"));
    index.ingest("bundled", analysis, 2, c -> {});
    return index;
  }

  @Test
  void entitySearchForAbregoGarciaFindsExactlyTheFourArticlesThatNameHimWithOrWithoutAccents() throws IOException {
    try (CorpusIndex index = indexed()) {
      assertThat(index.search(SearchQuery.builder().entity("Abrego Garcia").build()).articles())
          .containsExactlyInAnyOrder(A000, A002, A003, A004);
      assertThat(index.search(SearchQuery.builder().entity("Ábrego García").build()).articles())
          .containsExactlyInAnyOrder(A000, A002, A003, A004);
    }
  }

  @Test
  void entityItemHitsPointAtMentionsInTheArticleText() throws IOException {
    try (CorpusIndex index = indexed()) {
      SearchResult r = index.search(SearchQuery.builder().entity("Ábrego García").build());
      for (Hit h : r.hits()) {
        String text = analysis.article(h.article()).orElseThrow().article().text();
        assertThat(h.items()).as(h.article()).isNotEmpty();
        for (ItemHit it : h.items()) {
          assertThat(text.substring(it.start(), it.end())).isEqualTo(it.text());
        }
      }
    }
  }

  @Test
  void figureRange230To240FindsTheArticleThatGives238() throws IOException {
    try (CorpusIndex index = indexed()) {
      SearchResult r = index.search(SearchQuery.builder().figures(230, 240).figuresWithin(true).build());
      assertThat(r.articles()).contains(A002);
      Hit hit = r.hits().stream().filter(h -> h.article().equals(A002)).findFirst().orElseThrow();
      assertThat(hit.items()).extracting(ItemHit::value).contains("238");
      String text = analysis.article(A002).orElseThrow().article().text();
      for (ItemHit it : hit.items()) {
        assertThat(text.substring(it.start(), it.end())).isEqualTo(it.text());
      }
    }
  }

  @Test
  void indexingTheSameCorpusTwiceStillLeavesFiveArticles() throws IOException {
    try (CorpusIndex index = indexed()) {
      long docs = index.documentCount();
      index.put(analysis);
      index.commit();
      index.ingest("bundled-again", analysis, 3, c -> {});
      assertThat(index.articleCount()).isEqualTo(5);
      assertThat(index.documentCount()).isEqualTo(docs);
    }
  }
}
