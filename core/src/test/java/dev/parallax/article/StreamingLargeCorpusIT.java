package dev.parallax.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 19,043-article Reuters JSONL streams through loading and sentence splitting in a 256 MB heap. */
class StreamingLargeCorpusIT {

  @Test
  void reutersStreamsThroughSentenceSplittingWithA256MegabyteHeap() throws IOException, InterruptedException {
    Path reuters = SharedData.require("data/reuters21578.jsonl");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx256m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    StreamingSentences.class.getName(),
                    reuters.toString()))
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int code = p.waitFor();
    assertThat(code).as(out).isZero();
    assertThat(out).contains("articles=19043 ").contains("problems=0 ").contains("maxHeapMb=256");
  }
}
