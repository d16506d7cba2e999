package dev.parallax.article;

import dev.parallax.internal.nlp.TextPipeline;
import dev.parallax.text.NlpModels;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/** Child-JVM program for {@link StreamingLargeCorpusIT}: streams a JSONL corpus through loading and sentence splitting. */
public final class StreamingSentences {
  private StreamingSentences() {}

  public static void main(String[] args) {
    TextPipeline pipeline = new TextPipeline(NlpModels.english());
    AtomicLong articles = new AtomicLong();
    AtomicLong sentences = new AtomicLong();
    AtomicLong problems = new AtomicLong();
    try (Stream<Article> s = Corpus.jsonl(Path.of(args[0])).stream(d -> problems.incrementAndGet())) {
      s.forEach(
          a -> {
            articles.incrementAndGet();
            sentences.addAndGet(pipeline.sentences(a.text()).size());
          });
    }
    Runtime rt = Runtime.getRuntime();
    System.out.println(
        "articles=" + articles + " sentences=" + sentences + " problems=" + problems + " maxHeapMb=" + rt.maxMemory() / (1 << 20));
  }
}
