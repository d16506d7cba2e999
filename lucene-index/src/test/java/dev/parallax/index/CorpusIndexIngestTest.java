package dev.parallax.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.AnalyzedArticle;
import dev.parallax.article.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusIndexIngestTest {

  @TempDir Path dir;

  @Test
  void ingestCommitsInBatchesAndReportsEachDurableCursor() throws IOException {
    List<IngestCursor> acked = new ArrayList<>();
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      IngestResult r = index.ingest("syn", Synthetic.articles(10), Synthetic::analyze, 4, acked::add);
      assertThat(r).isEqualTo(new IngestResult(0, 10, 3, new IngestCursor("syn", 10)));
      assertThat(acked).containsExactly(new IngestCursor("syn", 4), new IngestCursor("syn", 8), new IngestCursor("syn", 10));
      assertThat(index.articleCount()).isEqualTo(10);
      assertThat(index.cursor()).contains(new IngestCursor("syn", 10));
    }
  }

  @Test
  void anInterruptedIngestResumesAfterTheLastCommitWithoutDuplicates() throws IOException {
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      Function<Article, AnalyzedArticle> failsAtSeven =
          a -> {
            if (a.id().equals(Synthetic.id(7))) {
              throw new IllegalStateException("analysis blew up");
            }
            return Synthetic.analyze(a);
          };
      assertThatThrownBy(() -> index.ingest("syn", Synthetic.articles(20), failsAtSeven, 3, c -> {}))
          .hasMessage("analysis blew up");
      assertThat(index.cursor()).contains(new IngestCursor("syn", 6));
    }
    List<String> analysed = new ArrayList<>();
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      assertThat(index.cursor()).contains(new IngestCursor("syn", 6));
      IngestResult r =
          index.ingest(
              "syn",
              Synthetic.articles(20),
              a -> {
                analysed.add(a.id());
                return Synthetic.analyze(a);
              },
              3,
              c -> {});
      assertThat(r.skipped()).isEqualTo(6);
      assertThat(r.indexed()).isEqualTo(14);
      assertThat(analysed.get(0)).isEqualTo(Synthetic.id(6));
      assertThat(index.articleCount()).isEqualTo(20);
      assertThat(index.documentCount()).isEqualTo(20L * (1 + Synthetic.ITEMS));
      // Running it again analyses nothing and changes nothing.
      analysed.clear();
      IngestResult again = index.ingest("syn", Synthetic.articles(20), a -> {
        analysed.add(a.id());
        return Synthetic.analyze(a);
      }, 3, c -> {});
      assertThat(analysed).isEmpty();
      assertThat(again.skipped()).isEqualTo(20);
      assertThat(index.articleCount()).isEqualTo(20);
    }
  }

  @Test
  void aDifferentSourceStartsFromItsOwnBeginning() throws IOException {
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      index.ingest("first", Synthetic.articles(5), Synthetic::analyze, 10, c -> {});
      IngestResult r = index.ingest("second", Synthetic.articles(8), Synthetic::analyze, 10, c -> {});
      assertThat(r.skipped()).isZero();
      assertThat(r.indexed()).isEqualTo(8);
      assertThat(index.articleCount()).isEqualTo(8);
      assertThat(index.cursor()).contains(new IngestCursor("second", 8));
    }
  }

  @Test
  void manyReadersAndOneWriterNeverSeeDuplicatesOrErrors() throws Exception {
    int total = 400;
    try (CorpusIndex index = CorpusIndex.open(dir)) {
      AtomicBoolean done = new AtomicBoolean();
      ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
      AtomicLong searches = new AtomicLong();
      CountDownLatch started = new CountDownLatch(4);
      List<Thread> readers = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int seed = t;
        Thread r =
            new Thread(
                () -> {
                  started.countDown();
                  long lastCount = 0;
                  try {
                    while (!done.get()) {
                      long count = index.articleCount();
                      if (count < lastCount) {
                        throw new AssertionError("article count went back from " + lastCount + " to " + count);
                      }
                      lastCount = count;
                      SearchResult all = index.search(SearchQuery.builder().text("strike").page(0, 1000).build());
                      Set<String> distinct = new TreeSet<>(all.articles());
                      if (distinct.size() != all.articles().size() || all.total() != all.articles().size()) {
                        throw new AssertionError("duplicates: " + all.total() + " hits, " + distinct.size() + " distinct");
                      }
                      // Every article's own figure is found once, after the article is visible.
                      long n = (seed * 7919L + searches.get()) % Math.max(1, count);
                      SearchResult fig = index.search(SearchQuery.builder().figures(n, n).counting("workers").build());
                      if (count > n && !fig.articles().contains(Synthetic.id(n))) {
                        throw new AssertionError("figure " + n + " not found in " + count + " articles");
                      }
                      searches.incrementAndGet();
                    }
                  } catch (Throwable e) {
                    errors.add(e);
                  }
                },
                "reader-" + t);
        readers.add(r);
        r.start();
      }
      started.await();
      for (long i = 0; i < total; i++) {
        index.put(Synthetic.analyze(Synthetic.article(i)));
        if (i % 50 == 49) {
          index.commit(new IngestCursor("syn", i + 1));
        }
        if (i % 97 == 0) {
          index.put(Synthetic.analyze(Synthetic.article(i / 2))); // re-index an earlier one
        }
      }
      index.commit();
      done.set(true);
      for (Thread r : readers) {
        r.join();
      }
      assertThat(errors).isEmpty();
      assertThat(searches.get()).isPositive();
      assertThat(index.articleCount()).isEqualTo(total);
      assertThat(index.documentCount()).isEqualTo(total * (1L + Synthetic.ITEMS));
    }
  }
}
