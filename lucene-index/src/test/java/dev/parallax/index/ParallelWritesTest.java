package dev.parallax.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelWritesTest {

  @Test
  void writesEveryItemOnceOnSeveralThreads() throws IOException {
    List<Integer> items = IntStream.range(0, 1000).boxed().toList();
    Set<Integer> seen = ConcurrentHashMap.newKeySet();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    // each thread's first write waits until all three threads hold an item, so the test does not
    // depend on one helper finishing the whole list before the calling thread starts
    CountDownLatch allStarted = new CountDownLatch(3);
    ParallelWrites.run(items, 3, i -> {
      assertThat(seen.add(i)).isTrue();
      if (threads.add(Thread.currentThread().getName())) {
        allStarted.countDown();
        try {
          assertThat(allStarted.await(30, TimeUnit.SECONDS)).as("all three threads took an item").isTrue();
        } catch (InterruptedException e) {
          throw new IOException(e);
        }
      }
    });
    assertThat(seen).hasSize(1000);
    assertThat(threads).hasSize(3);
    assertThat(threads).contains(Thread.currentThread().getName()).allMatch(n -> n.equals(Thread.currentThread().getName()) || n.startsWith("parallax-index-write-"));
  }

  @Test
  void theFirstFailureIsThrownAfterEveryThreadStopped() {
    List<Integer> items = IntStream.range(0, 1000).boxed().toList();
    Set<Integer> seen = ConcurrentHashMap.newKeySet();
    assertThatThrownBy(
            () ->
                ParallelWrites.run(items, 3, i -> {
                  if (i == 10) {
                    throw new IOException("disk full at 10");
                  }
                  seen.add(i);
                }))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full at 10");
    int after = seen.size();
    assertThat(after).isLessThan(1000);
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("parallax-index-write-") && t.isAlive());
  }
}
