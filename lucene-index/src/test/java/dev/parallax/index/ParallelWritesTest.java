package dev.parallax.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelWritesTest {

  @Test
  void writesEveryItemOnceOnSeveralThreads() throws IOException {
    List<Integer> items = IntStream.range(0, 1000).boxed().toList();
    Set<Integer> seen = ConcurrentHashMap.newKeySet();
    Set<String> threads = ConcurrentHashMap.newKeySet();
    ParallelWrites.run(items, 3, i -> {
      assertThat(seen.add(i)).isTrue();
      threads.add(Thread.currentThread().getName());
    });
    assertThat(seen).hasSize(1000);
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
