package dev.parallax.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.AnalyzedArticle;
import dev.parallax.Parallax;
import dev.parallax.article.Article;
import dev.parallax.article.Corpus;
import dev.parallax.time.DateMention;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dates on 12 Reuters-21578 articles annotated by hand before the extractor was run on them
 * (src/test/resources/eval/reuters-dates-heldout.tsv; whole articles, datelines included). Skips
 * itself when the shared data is absent.
 */
class DateHeldOutIT {

  private record Gold(String article, String text, int occurrence, String value) {}

  private static int gold;
  private static int goldMatched;
  private static int valueAgrees;
  private static int predicted;
  private static int predictedMatched;
  private static final List<String> errors = new ArrayList<>();

  @BeforeAll
  static void evaluate() throws IOException {
    Path shared = Path.of(System.getProperty("parallax.shared", "../shared"));
    Path reuters = shared.resolve("data").resolve("reuters21578.jsonl");
    assumeTrue(Files.isRegularFile(reuters), "Reuters-21578 not found under " + shared);
    Map<String, List<Gold>> byArticle = new LinkedHashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(DateHeldOutIT.class.getResourceAsStream("/eval/reuters-dates-heldout.tsv")),
        StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t");
        byArticle.computeIfAbsent(f[0], k -> new ArrayList<>())
            .add(new Gold(f[0], f[1], Integer.parseInt(f[2]), f[3]));
      }
    }
    Map<String, Article> articles = new HashMap<>();
    try (Stream<Article> s = Corpus.jsonl(reuters).stream(d -> {})) {
      s.filter(a -> byArticle.containsKey(a.id())).forEach(a -> articles.put(a.id(), a));
    }
    Parallax p = Parallax.builder().entities(false).figures(false).quotes(false).build();
    for (Map.Entry<String, List<Gold>> e : byArticle.entrySet()) {
      Article a = Objects.requireNonNull(articles.get(e.getKey()), e.getKey());
      AnalyzedArticle x = p.analyze(a);
      List<int[]> spans = new ArrayList<>();
      for (Gold g : e.getValue()) {
        spans.add(find(a.text(), g));
      }
      predicted += x.dates().size();
      for (DateMention d : x.dates()) {
        if (spans.stream().anyMatch(s -> d.start() < s[1] && s[0] < d.end())) {
          predictedMatched++;
        } else {
          errors.add(a.id() + " FALSE ALARM [" + d.text() + "] " + d.value());
        }
      }
      for (int i = 0; i < spans.size(); i++) {
        int[] s = spans.get(i);
        Gold g = e.getValue().get(i);
        gold++;
        List<DateMention> over = x.dates().stream().filter(d -> d.start() < s[1] && s[0] < d.end())
            .collect(Collectors.toList());
        if (over.isEmpty()) {
          errors.add(a.id() + " MISS [" + g.text + "] " + g.value);
          continue;
        }
        goldMatched++;
        if (over.stream().anyMatch(d -> DateEval.agrees(d.value(), g.value))) {
          valueAgrees++;
        } else {
          errors.add(a.id() + " VALUE [" + g.text + "] gold " + g.value + " predicted "
              + over.stream().map(d -> d.value()).collect(Collectors.joining(", ")));
        }
      }
    }
    System.out.printf("Reuters held-out dates: %d gold, %d predicted, precision %.3f, recall %.3f,"
            + " value accuracy %.3f (%d/%d)%n%s%n", gold, predicted, precision(), recall(), valueAccuracy(),
        valueAgrees, goldMatched, String.join("\n", errors));
  }

  /** The span of the n-th occurrence of the gold text, any whitespace run matching any other. */
  private static int[] find(String text, Gold g) {
    Pattern p = Pattern.compile(Stream.of(g.text.split(" ")).map(Pattern::quote).collect(Collectors.joining("\\s+")));
    Matcher m = p.matcher(text);
    int n = 0;
    while (m.find()) {
      boolean word = (m.start() == 0 || !Character.isLetterOrDigit(text.charAt(m.start() - 1)))
          && (m.end() == text.length() || !Character.isLetterOrDigit(text.charAt(m.end())));
      if (word && ++n == g.occurrence) {
        return new int[] {m.start(), m.end()};
      }
    }
    throw new IllegalStateException("gold text not found: " + g);
  }

  private static double precision() {
    return predicted == 0 ? 0 : (double) predictedMatched / predicted;
  }

  private static double recall() {
    return gold == 0 ? 0 : (double) goldMatched / gold;
  }

  private static double valueAccuracy() {
    return goldMatched == 0 ? 0 : (double) valueAgrees / goldMatched;
  }

  @Test
  void detectsHeldOutReutersDatesWithPrecisionAboveFloor() {
    assertThat(precision()).as(String.join("\n", errors)).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void detectsHeldOutReutersDatesWithRecallAboveFloor() {
    assertThat(recall()).as(String.join("\n", errors)).isGreaterThanOrEqualTo(0.93);
  }

  @Test
  void normalizesHeldOutReutersDatesWithValueAccuracyAboveFloor() {
    assertThat(valueAccuracy()).as(String.join("\n", errors)).isGreaterThanOrEqualTo(0.88);
  }
}
