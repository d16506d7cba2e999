package dev.parallax.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parallax.AnalyzedArticle;
import dev.parallax.article.Article;
import dev.parallax.article.Corpus;
import dev.parallax.article.Diagnostic;
import dev.parallax.article.LoadResult;
import dev.parallax.internal.Worker;
import dev.parallax.internal.load.TextDecoder;
import dev.parallax.text.NlpModels;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Jazzer fuzz targets for the loaders and the whole pipeline. In a normal {@code mvn test} they run
 * the committed regression inputs (src/test/resources/dev/parallax/fuzz/InputFuzzTestInputs/); with
 * {@code JAZZER_FUZZ=1} they fuzz (see docs/robustness.md). The only allowed outcome for any input is
 * a result plus diagnostics: no exception escapes.
 */
class InputFuzzTest {

  private static NlpModels models;

  private static synchronized NlpModels models() {
    if (models == null) {
      models = NlpModels.english();
    }
    return models;
  }

  @FuzzTest(maxDuration = "2m")
  void decoderNeverThrowsAndRoundTripsValidUtf8(byte[] bytes) {
    if (bytes == null) {
      return;
    }
    TextDecoder.Decoded d = TextDecoder.decode(bytes, false);
    if (d.ok()) {
      assertThat(d.text()).isNotNull();
      if (d.malformed() == 0 && bytes.length > 0 && (bytes[0] & 0xFF) != 0xEF && (bytes[0] & 0xFF) < 0xFE) {
        assertThat(d.text().getBytes(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(bytes);
      }
    }
    TextDecoder.Decoded strict = TextDecoder.decode(bytes, true);
    assertThat(strict.ok() || strict.error() != null).isTrue();
  }

  @FuzzTest(maxDuration = "2m")
  void jsonlLoaderReportsProblemsInsteadOfThrowing(byte[] bytes) {
    if (bytes == null) {
      return;
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("fuzz");
      Path f = Files.write(dir.resolve("c.jsonl"), bytes);
      LoadResult r = Corpus.jsonl(f).load();
      for (Article a : r.articles()) {
        assertThat(a.text()).isNotBlank();
      }
      for (Diagnostic d : r.diagnostics()) {
        assertThat(d.line()).isGreaterThanOrEqualTo(0);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(dir);
    }
  }

  @FuzzTest(maxDuration = "2m")
  void directoryLoaderWithManifestNeverEscapesOrThrows(byte[] manifest) {
    if (manifest == null) {
      return;
    }
    Path dir = null;
    try {
      dir = Files.createTempDirectory("fuzz");
      Files.writeString(dir.resolve("a.txt"), "Alpha.");
      Files.write(dir.resolve("manifest.jsonl"), manifest);
      LoadResult r = Corpus.directory(dir).load();
      for (Article a : r.articles()) {
        assertThat(a.text()).isEqualTo("Alpha.");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(dir);
    }
  }

  @FuzzTest(maxDuration = "5m")
  void pipelineKeepsEveryOffsetInsideTheText(String text) {
    if (text == null) {
      return; // null is misuse (a documented NullPointerException), not messy input
    }
    Worker w = new Worker(models(), Worker.Stages.ALL);
    Article a = Article.builder("fuzz", text).published(java.time.LocalDate.of(2024, 6, 1)).build();
    AnalyzedArticle r = w.analyze(a);
    for (Sentence s : r.text().sentences()) {
      assertThat(s.end()).isLessThanOrEqualTo(text.length());
      for (Token t : r.text().tokensOf(s)) {
        assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
      }
    }
    r.figures().forEach(f -> assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text()));
    r.dates().forEach(d -> assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text()));
    r.entities().forEach(e -> assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text()));
    r.quotes().forEach(q -> assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text()));
    assertThat(r.diagnostics()).noneMatch(d -> d.message().startsWith("stage failed"));
  }

  @FuzzTest(maxDuration = "2m")
  void figureExtractorKeepsIntervalsOrderedAndSpansExact(String text) {
    if (text == null) {
      return;
    }
    Article a = Article.of("fuzz", text);
    dev.parallax.text.AnnotatedText at = new dev.parallax.internal.nlp.TextPipeline(models()).annotate(text);
    for (dev.parallax.figure.Figure f : new dev.parallax.internal.figure.FigureExtractor().extract(a, at, List.of())) {
      assertThat(text.substring(f.start(), f.end())).isEqualTo(f.text());
      assertThat(f.lower()).isLessThanOrEqualTo(f.upper());
      assertThat(Double.isNaN(f.value())).isFalse();
    }
  }

  @FuzzTest(maxDuration = "2m")
  void dateExtractorKeepsBoundsOrderedAndSpansExact(String text) {
    if (text == null) {
      return;
    }
    Article a = Article.builder("fuzz", text).published(java.time.LocalDate.of(2024, 2, 29)).build();
    dev.parallax.text.AnnotatedText at = new dev.parallax.internal.nlp.TextPipeline(models()).annotate(text);
    for (dev.parallax.time.DateMention d : new dev.parallax.internal.time.DateExtractor().extract(a, at)) {
      assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text());
      if (d.startDate().isPresent() && d.endDate().isPresent()) {
        assertThat(d.startDate().get()).isBeforeOrEqualTo(d.endDate().get());
      }
    }
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var s = Files.walk(dir)) {
      List<Path> all = new ArrayList<>(s.toList());
      java.util.Collections.reverse(all);
      for (Path p : all) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // temp files; nothing to do
    }
  }
}
