package dev.parallax.internal.entity.train;

import dev.parallax.internal.entity.train.GoldCorpora.GoldDoc;
import dev.parallax.internal.entity.train.GoldCorpora.GoldSentence;
import dev.parallax.internal.entity.train.GoldCorpora.GoldSpan;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains Parallax's English name-finder model (maxent, default OpenNLP features) from the CC BY
 * parts of the shared data: GUM news/interview/academic/court and MEANTIME English, both minus the
 * held-out documents of {@link GoldCorpora}. Only completely annotated sentences are used, and
 * every fifth sentence is also added upper-cased and every fifth (offset) title-cased, so
 * headlines are not out of domain.
 *
 * <pre>
 * ./mvnw -q -pl core -am compile exec:java \
 *   -Dexec.mainClass=dev.parallax.internal.entity.train.NerTrainer \
 *   -Dexec.args="/work/shared core/src/main/resources/dev/parallax/models/parallax-ner-en.bin"
 * </pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class NerTrainer {
  private NerTrainer() {}

  /** Training iterations and feature cutoff: fixed for reproducibility. */
  static final int ITERATIONS = 120;

  static final int CUTOFF = 2;

  private static final Set<String> KEEP_LOWER = Set.of("of", "de", "del", "la", "the", "and", "for", "y", "a", "an", "in", "on", "at", "to");

  /** The training documents: GUM and MEANTIME minus the held-out documents of {@link GoldCorpora}. */
  public static List<GoldDoc> trainingDocs(Path shared) throws IOException {
    Path data = shared.resolve("data");
    Set<String> gumHeld = GoldCorpora.gumHeldOut(data.resolve("gum-ccby"));
    List<GoldDoc> docs = new ArrayList<>();
    for (GoldDoc d : GoldCorpora.readGum(data.resolve("gum-ccby"))) {
      if (!gumHeld.contains(d.id())) {
        docs.add(d);
      }
    }
    for (GoldDoc d : GoldCorpora.readMeantime(data.resolve("meantime_en"))) {
      if (d.corpus().endsWith("/train")) {
        docs.add(d);
      }
    }
    return docs;
  }

  /** The training samples: complete sentences of the non-held-out documents, plus cased copies. */
  public static List<NameSample> samples(Path shared) throws IOException {
    return samples(trainingDocs(shared));
  }

  /** The training samples of these documents: their complete sentences, plus cased copies. */
  public static List<NameSample> samples(List<GoldDoc> docs) {
    List<NameSample> out = new ArrayList<>();
    int n = 0;
    for (GoldDoc d : docs) {
      boolean first = true;
      for (GoldSentence s : d.sentences()) {
        if (!s.complete() || s.tokens().isEmpty()) {
          continue;
        }
        String[] toks = s.tokens().toArray(String[]::new);
        Span[] spans = new Span[s.names().size()];
        for (int i = 0; i < spans.length; i++) {
          GoldSpan g = s.names().get(i);
          spans[i] = new Span(g.start(), g.end(), g.type());
        }
        out.add(new NameSample(toks, spans, first));
        first = false;
        n++;
        if (n % 5 == 0) {
          out.add(new NameSample(cased(toks, true), spans, false));
        } else if (n % 5 == 2) {
          out.add(new NameSample(cased(toks, false), spans, false));
        }
      }
    }
    return out;
  }

  static String[] cased(String[] toks, boolean upper) {
    String[] out = new String[toks.length];
    for (int i = 0; i < toks.length; i++) {
      String t = toks[i];
      if (upper) {
        out[i] = t.toUpperCase(Locale.ROOT);
      } else if (i > 0 && KEEP_LOWER.contains(t)) {
        out[i] = t;
      } else {
        out[i] = t.isEmpty() ? t : t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
      }
    }
    return out;
  }

  /** Trains the model on {@link #samples(Path)}. */
  public static TokenNameFinderModel train(Path shared) throws IOException {
    return train(trainingDocs(shared));
  }

  /** Trains a model on {@link #samples(List)} of these documents. */
  public static TokenNameFinderModel train(List<GoldDoc> docs) throws IOException {
    List<NameSample> samples = samples(docs);
    TrainingParameters params = TrainingParameters.defaultParams();
    params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
    params.put(TrainingParameters.ITERATIONS_PARAM, ITERATIONS);
    params.put(TrainingParameters.CUTOFF_PARAM, CUTOFF);
    params.put(TrainingParameters.THREADS_PARAM, 1);
    // Decode with a beam of one: with the rules on top, the same F1 as OpenNLP's default beam of
    // three at a third of the name finder's cost (docs/accuracy.md, "Speed").
    params.put(opennlp.tools.ml.BeamSearch.BEAM_SIZE_PARAMETER, 1);
    return NameFinderME.train(
        "en", null, ObjectStreamUtils.createObjectStream(samples), params, new TokenNameFinderFactory());
  }

  /**
   * Trains and writes the model.
   *
   * @param args shared directory (holding {@code data/}) and output model file
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: NerTrainer <shared-dir> <out.bin>");
    }
    TokenNameFinderModel model = train(Path.of(args[0]));
    Path out = Path.of(args[1]);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out))) {
      model.serialize(os);
    }
  }
}
