package dev.parallax.internal.entity.train;

import dev.parallax.internal.entity.train.GoldCorpora.GoldDoc;
import dev.parallax.internal.entity.train.GoldCorpora.GoldSentence;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds {@code gazetteer/common-words.txt}: words that the training documents (the same CC BY
 * GUM and MEANTIME documents as {@link NerTrainer}, held-out documents excluded) write in lower
 * case more often than capitalized inside a sentence. The recognizer uses it to reject title-cased
 * common phrases ("Tax System") as person names.
 *
 * <pre>
 * ./mvnw -q -pl core -am compile exec:java \
 *   -Dexec.mainClass=dev.parallax.internal.entity.train.CommonWords \
 *   -Dexec.args="/work/shared core/src/main/resources/dev/parallax/gazetteer/common-words.txt"
 * </pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class CommonWords {
  private CommonWords() {}

  /**
   * Writes the list.
   *
   * @param args shared directory (holding {@code data/}) and output file
   */
  public static void main(String[] args) throws IOException {
    Path data = Path.of(args[0]).resolve("data");
    Set<String> held = GoldCorpora.gumHeldOut(data.resolve("gum-ccby"));
    Map<String, int[]> counts = new HashMap<>();
    List<GoldDoc> docs = new java.util.ArrayList<>();
    GoldCorpora.readGum(data.resolve("gum-ccby")).stream().filter(d -> !held.contains(d.id())).forEach(docs::add);
    GoldCorpora.readMeantime(data.resolve("meantime_en")).stream().filter(d -> d.corpus().endsWith("/train")).forEach(docs::add);
    for (GoldDoc d : docs) {
      for (GoldSentence s : d.sentences()) {
        for (int i = 1; i < s.tokens().size(); i++) {
          String w = s.tokens().get(i);
          if (w.length() < 3 || !w.chars().allMatch(Character::isLetter)) {
            continue;
          }
          int[] c = counts.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new int[2]);
          c[Character.isUpperCase(w.charAt(0)) ? 1 : 0]++;
        }
      }
    }
    TreeSet<String> out = new TreeSet<>();
    counts.forEach((w, c) -> {
      if (c[0] > c[1]) {
        out.add(w);
      }
    });
    Files.writeString(Path.of(args[1]), String.join("\n", out) + "\n", StandardCharsets.UTF_8);
  }
}
