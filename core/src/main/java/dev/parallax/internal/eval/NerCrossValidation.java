package dev.parallax.internal.eval;

import dev.parallax.Parallax;
import dev.parallax.internal.entity.train.GoldCorpora.GoldDoc;
import dev.parallax.internal.entity.train.NerTrainer;
import dev.parallax.internal.eval.NerEval.Counts;
import dev.parallax.internal.eval.NerEval.Score;
import dev.parallax.text.NlpModels;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * K-fold cross-validation of the recognizer on the <em>training</em> documents only (the held-out
 * documents of {@link dev.parallax.internal.entity.train.GoldCorpora} are never read): document i
 * of the training list is in fold {@code i % k}; for each fold a name-finder model is trained with
 * {@link NerTrainer} on the other folds and the recognizer (rules + that model) is scored on the
 * fold. This is the development set for error analysis and rule changes, so the held-out numbers
 * of {@link NerEval} stay held out.
 *
 * <pre>
 * java -cp ... dev.parallax.internal.eval.NerCrossValidation /work/shared 4 /tmp/ner-cv [--retrain]
 * </pre>
 *
 * <p>With {@code -Dparallax.eval.verbose=true} every false negative and false positive is printed.
 *
 * <p>Stateless and thread-safe.
 */
public final class NerCrossValidation {
  private NerCrossValidation() {}

  /** Scores pooled over the folds. */
  public static NerEval.Result crossValidate(Path shared, int k, Path cache, boolean retrain) throws IOException {
    List<GoldDoc> docs = NerTrainer.trainingDocs(shared);
    NlpModels base = NlpModels.english();
    Map<String, List<Score>> byName = new LinkedHashMap<>();
    Files.createDirectories(cache);
    for (int f = 0; f < k; f++) {
      List<GoldDoc> train = new ArrayList<>();
      List<GoldDoc> test = new ArrayList<>();
      for (int i = 0; i < docs.size(); i++) {
        (i % k == f ? test : train).add(docs.get(i));
      }
      Path bin = cache.resolve("fold-" + f + "-of-" + k + ".bin");
      TokenNameFinderModel model;
      if (retrain || !Files.exists(bin)) {
        model = NerTrainer.train(train);
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(bin))) {
          model.serialize(os);
        }
      } else {
        try (InputStream in = Files.newInputStream(bin)) {
          model = new TokenNameFinderModel(in);
        }
      }
      NlpModels models = base.withNameFinderModel(model);
      Parallax px = Parallax.builder().models(models).figures(false).dates(false).quotes(false).build();
      List<GoldDoc> gum = test.stream().filter(d -> d.corpus().equals("gum")).toList();
      List<GoldDoc> mt = test.stream().filter(d -> !d.corpus().equals("gum")).toList();
      add(byName, NerEval.system("cv-gum/recognizer", gum, px, false));
      add(byName, NerEval.system("cv-gum-news/recognizer", gum.stream().filter(d -> d.id().contains("_news_")).toList(), px, false));
      add(byName, NerEval.model("cv-gum/model-only", gum, models));
      add(byName, NerEval.system("cv-meantime/recognizer", mt, px, false));
      add(byName, NerEval.system("cv-meantime/recognizer/complete-sentences", mt, px, true));
      add(byName, NerEval.system("cv-meantime/recognizer/corpus", mt, px, false, true));
      add(byName, NerEval.system("cv-gum/recognizer/corpus", gum, px, false, true));
      add(byName, NerEval.model("cv-meantime/model-only", mt, models));
    }
    List<Score> pooled = new ArrayList<>();
    byName.forEach((name, scores) -> {
      Map<String, Counts> sum = new LinkedHashMap<>();
      int n = 0;
      for (Score s : scores) {
        n += s.documents();
        s.byType().forEach((t, c) -> sum.merge(t, c, Counts::plus));
      }
      pooled.add(new Score(name, n, sum));
    });
    return new NerEval.Result(pooled);
  }

  private static void add(Map<String, List<Score>> m, Score s) {
    m.computeIfAbsent(s.name(), x -> new ArrayList<>()).add(s);
  }

  /**
   * Prints the pooled scores as a Markdown table.
   *
   * @param args shared directory, number of folds, model cache directory, optionally {@code --retrain}
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      throw new IllegalArgumentException("usage: NerCrossValidation <shared-dir> <k> <cache-dir> [--retrain]");
    }
    boolean retrain = args.length > 3 && args[3].equals("--retrain");
    NerEval.Result r = crossValidate(Path.of(args[0]), Integer.parseInt(args[1]), Path.of(args[2]), retrain);
    System.out.print(NerEval.table(r)); // a command-line tool: the table is its output
  }
}
