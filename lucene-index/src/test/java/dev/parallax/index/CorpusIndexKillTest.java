package dev.parallax.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repeatedly kills (SIGKILL) a child JVM while it ingests into an on-disk index, then reopens the
 * index: it always opens, holds every commit the child acknowledged, and has no duplicates. The
 * number of kills is {@code -Dparallax.kills} (20 by default; the {@code kill-soak} profile runs 200).
 */
class CorpusIndexKillTest {

  private static final int KILLS = Integer.getInteger("parallax.kills", 20);
  private static final long SEED = Long.getLong("parallax.seed", System.nanoTime());

  @TempDir Path tmp;

  /** One run of the child: its process, its acknowledgements and whether it finished. */
  private static final class Child {
    final Process process;
    final AtomicLong acked = new AtomicLong(-1);
    final CountDownLatch opened = new CountDownLatch(1);
    final CountDownLatch firstAck = new CountDownLatch(1);
    final List<String> lines = new ArrayList<>();
    final Thread reader;
    volatile boolean done;

    Child(Path index, long total, int batch) throws IOException {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      ProcessBuilder pb =
          new ProcessBuilder(
              java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
              IngestChild.class.getName(), index.toString(), Long.toString(total), Integer.toString(batch));
      pb.redirectError(ProcessBuilder.Redirect.DISCARD);
      process = pb.start();
      reader =
          new Thread(
              () -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  String line;
                  while ((line = r.readLine()) != null) {
                    synchronized (lines) {
                      lines.add(line);
                    }
                    if (line.startsWith("OPEN ")) {
                      opened.countDown();
                    } else if (line.startsWith("ACK ")) {
                      acked.set(Long.parseLong(line.substring(4)));
                      firstAck.countDown();
                    } else if (line.equals("DONE")) {
                      done = true;
                    }
                  }
                } catch (IOException ignored) {
                  // the child was killed
                }
              },
              "kill-test-child-reader");
      reader.start();
    }

    void awaitExit() throws InterruptedException {
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("child exited").isTrue();
      reader.join(10_000);
    }
  }

  @Test
  void killingTheIndexerAtRandomPointsNeverLosesAnAcknowledgedCommit() throws Exception {
    Random random = new Random(SEED);
    String ctx = "seed " + SEED + " (rerun with -Dparallax.seed=" + SEED + ")";
    Path index = tmp.resolve("idx");
    long acked = 0;
    int killedMidRun = 0;
    for (int kill = 0; kill < KILLS; kill++) {
      int batch = 1 + random.nextInt(64);
      Child child = new Child(index, 1_000_000, batch);
      // Usually kill during ingestion (after the first commit), sometimes while it is still opening.
      if (random.nextInt(5) > 0) {
        child.firstAck.await(60, TimeUnit.SECONDS);
      }
      Thread.sleep(random.nextInt(250));
      child.process.destroyForcibly();
      child.awaitExit();
      if (child.acked.get() > 0) {
        killedMidRun++;
      }
      acked = Math.max(acked, child.acked.get());
      String round = ctx + ", kill " + kill + ", batch " + batch + ", acked " + acked;
      try (CorpusIndex reopened = CorpusIndex.open(index)) {
        long next = IndexChecks.verify(reopened, acked, round);
        acked = Math.max(acked, next);
      }
    }
    assertThat(killedMidRun).as("kills that hit a running ingest, " + ctx).isGreaterThan(KILLS / 2);
    // Finally let one run finish: it resumes from the cursor and completes the source.
    long total = acked + 100;
    Child last = new Child(index, total, 25);
    last.awaitExit();
    assertThat(last.done).as("last child finished: %s", last.lines).isTrue();
    try (CorpusIndex reopened = CorpusIndex.open(index)) {
      assertThat(IndexChecks.verify(reopened, total, ctx + ", final")).isEqualTo(total);
      assertThat(reopened.articleCount()).isEqualTo(total);
    }
  }
}
