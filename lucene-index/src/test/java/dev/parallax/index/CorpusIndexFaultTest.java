package dev.parallax.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.tests.store.MockDirectoryWrapper;
import org.junit.jupiter.api.Test;

/**
 * Simulated power loss, disk full and random I/O errors with Lucene's MockDirectoryWrapper: after
 * each fault the index opens again and holds every acknowledged (committed) article exactly once.
 */
class CorpusIndexFaultTest {

  private static final long SEED = Long.getLong("parallax.seed", System.nanoTime());

  private static MockDirectoryWrapper directory(Random random) {
    MockDirectoryWrapper dir = new MockDirectoryWrapper(random, new ByteBuffersDirectory());
    dir.setCheckIndexOnClose(false);
    dir.setThrottling(MockDirectoryWrapper.Throttling.NEVER);
    dir.setUseSlowOpenClosers(false);
    return dir;
  }

  /** Closes an index whose directory just failed; the failure is expected and ignored. */
  private static void abandon(CorpusIndex index) {
    try {
      index.close();
    } catch (IOException | RuntimeException expected) {
      // the crashed or failing directory refuses the final commit; the writer is rolled back
    }
  }

  @Test
  void powerLossKeepsEveryAcknowledgedCommit() throws IOException {
    Random random = new Random(SEED);
    String ctx = "seed " + SEED + " (rerun with -Dparallax.seed=" + SEED + ")";
    try (MockDirectoryWrapper dir = directory(random)) {
      AtomicLong acked = new AtomicLong();
      for (int round = 0; round < 30; round++) {
        CorpusIndex index = CorpusIndex.open(dir, false, false, 1 + random.nextInt(3));
        IndexChecks.verify(index, acked.get(), ctx + ", round " + round);
        long next = index.cursor().map(IngestCursor::next).orElse(0L);
        long total = next + 1 + random.nextInt(60);
        int batch = 1 + random.nextInt(20);
        index.ingest("syn", Synthetic.articles(total), Synthetic::analyze, batch, c -> acked.set(c.next()));
        // Uncommitted work that the power loss may take away.
        for (long i = total; i < total + random.nextInt(10); i++) {
          index.put(Synthetic.analyze(Synthetic.article(i)));
        }
        dir.crash();
        abandon(index);
        dir.clearCrash();
      }
      CorpusIndex last = CorpusIndex.open(dir, false, false);
      assertThat(IndexChecks.verify(last, acked.get(), ctx)).isEqualTo(acked.get());
      last.close();
    }
  }

  @Test
  void diskFullLosesNoAcknowledgedCommitAndIndexingResumesWhenSpaceReturns() throws IOException {
    Random random = new Random(SEED + 1);
    String ctx = "seed " + SEED + " (rerun with -Dparallax.seed=" + SEED + ")";
    try (MockDirectoryWrapper dir = directory(random)) {
      AtomicLong acked = new AtomicLong();
      long limit = 40_000;
      int failures = 0;
      long target = 600;
      for (int round = 0; round < 200 && acked.get() < target; round++) {
        dir.setMaxSizeInBytes(0);
        CorpusIndex index = CorpusIndex.open(dir, false, false, 1 + random.nextInt(3));
        IndexChecks.verify(index, acked.get(), ctx + ", round " + round);
        limit += 20_000 + random.nextInt(20_000);
        dir.setMaxSizeInBytes(dir.sizeInBytes() + limit);
        try {
          index.ingest("syn", Synthetic.articles(target), Synthetic::analyze, 1 + random.nextInt(40), c -> acked.set(c.next()));
        } catch (RuntimeException e) {
          failures++;
          assertThat(e).as(ctx).hasRootCauseInstanceOf(IOException.class);
        }
        dir.setMaxSizeInBytes(0);
        abandon(index);
      }
      assertThat(failures).as("the disk filled up at least once, " + ctx).isPositive();
      CorpusIndex last = CorpusIndex.open(dir, false, false);
      assertThat(IndexChecks.verify(last, acked.get(), ctx)).isEqualTo(target);
      last.close();
    }
  }

  @Test
  void randomIoErrorsLoseNoAcknowledgedCommit() throws IOException {
    Random random = new Random(SEED + 2);
    String ctx = "seed " + SEED + " (rerun with -Dparallax.seed=" + SEED + ")";
    try (MockDirectoryWrapper dir = directory(random)) {
      AtomicLong acked = new AtomicLong();
      int failures = 0;
      int replaced = 0;
      long target = 400;
      for (int round = 0; round < 300 && acked.get() < target; round++) {
        dir.setRandomIOExceptionRate(0);
        dir.setRandomIOExceptionRateOnOpen(0);
        CorpusIndex index = CorpusIndex.open(dir, false, false, 1 + random.nextInt(3));
        IndexChecks.verify(index, acked.get(), ctx + ", round " + round);
        dir.setRandomIOExceptionRate(0.02 + random.nextDouble() * 0.05);
        dir.setRandomIOExceptionRateOnOpen(0.02);
        try {
          // Several attempts on the same open index: a failed writer is replaced, not retried.
          for (int attempt = 0; attempt < 3 && acked.get() < target; attempt++) {
            try {
              index.ingest("syn", Synthetic.articles(target), Synthetic::analyze, 1 + random.nextInt(30), c -> acked.set(c.next()));
            } catch (RuntimeException e) {
              failures++;
            }
          }
        } finally {
          replaced += index.writerReplacements();
          if (random.nextBoolean()) {
            dir.crash();
            abandon(index);
            dir.clearCrash();
          } else {
            abandon(index);
          }
        }
      }
      dir.setRandomIOExceptionRate(0);
      dir.setRandomIOExceptionRateOnOpen(0);
      assertThat(failures).as("I/O errors happened, " + ctx).isPositive();
      assertThat(replaced).as("a tragic writer was replaced, " + ctx).isPositive();
      CorpusIndex last = CorpusIndex.open(dir, false, false);
      assertThat(IndexChecks.verify(last, acked.get(), ctx)).isEqualTo(acked.get());
      last.close();
    }
  }

  @Test
  void aWriterThatFailsFatallyIsReplacedAndTheFailedCommitIsNotRetried() throws IOException {
    try (MockDirectoryWrapper dir = directory(new Random(SEED + 3))) {
      CorpusIndex index = CorpusIndex.open(dir, false, false);
      index.put(Stories.a1());
      index.commit(new IngestCursor("s", 1));
      index.put(Stories.a2());
      dir.setRandomIOExceptionRate(1.0);
      assertThatThrownBy(() -> index.commit(new IngestCursor("s", 2))).isInstanceOf(java.io.UncheckedIOException.class);
      dir.setRandomIOExceptionRate(0);
      assertThat(index.writerReplacements()).isEqualTo(1);
      // The new writer starts from the last commit: a2 (never acknowledged) is gone, a1 is there.
      assertThat(index.cursor()).contains(new IngestCursor("s", 1));
      assertThat(index.contains("a1")).isTrue();
      assertThat(index.contains("a2")).isFalse();
      // And it works: the caller resumes.
      index.put(Stories.a2());
      index.commit(new IngestCursor("s", 2));
      assertThat(index.articleCount()).isEqualTo(2);
      index.close();
      CorpusIndex reopened = CorpusIndex.open(dir, false, false);
      assertThat(reopened.articleCount()).isEqualTo(2);
      assertThat(reopened.cursor()).contains(new IngestCursor("s", 2));
      reopened.close();
    }
  }
}
