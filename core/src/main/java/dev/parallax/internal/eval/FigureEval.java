package dev.parallax.internal.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.article.Article;
import dev.parallax.figure.Figure;
import dev.parallax.internal.figure.FigureExtractor;
import dev.parallax.internal.nlp.TextPipeline;
import dev.parallax.text.AnnotatedText;
import dev.parallax.text.NlpModels;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Measures figure extraction against two gold sets in the shared data directory: Parallax's own
 * annotations of Reuters-21578 sentences (value, qualifier) and the MEANTIME VALUE markables (spans
 * only). See {@code docs/accuracy.md} for the matching rules.
 *
 * <p>Thread-safe: every call builds its own pipeline.
 */
public final class FigureEval {

  /**
   * Classpath location of the Reuters development annotations (ids, offsets and short figure
   * strings only); the extractor was tuned while these were made.
   */
  public static final String REUTERS_DEV = "eval/reuters-figures.jsonl";

  /**
   * Classpath location of the first held-out Reuters annotations: scored once before any change,
   * then used to fix the defects they showed (so no longer held out).
   */
  public static final String REUTERS_HELD_OUT = "eval/reuters-figures-heldout.jsonl";

  /** Classpath location of the final Reuters test annotations, made last and never tuned on. */
  public static final String REUTERS_TEST = "eval/reuters-figures-test.jsonl";

  private static final double TOLERANCE = 1e-6;

  private FigureEval() {}

  /**
   * Counts for one gold set.
   *
   * <p>Immutable and thread-safe.
   *
   * @param sentences annotated sentences (Reuters) or documents (MEANTIME) evaluated
   * @param gold gold figures
   * @param predicted predicted figures in the evaluated text
   * @param matched predicted figures matched to a gold figure (one to one)
   * @param qualifierMatched matched figures whose qualifier equals the gold qualifier
   */
  public record Scores(int sentences, int gold, int predicted, int matched, int qualifierMatched) {
    /** Matched over predicted. */
    public double precision() {
      return predicted == 0 ? 0 : (double) matched / predicted;
    }

    /** Matched over gold. */
    public double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    /** Harmonic mean of precision and recall. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Matched figures with the gold qualifier, over matched figures. */
    public double qualifierAccuracy() {
      return matched == 0 ? 0 : (double) qualifierMatched / matched;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "units=%d gold=%d predicted=%d matched=%d P=%.3f R=%.3f F1=%.3f qualifier=%.3f",
          sentences, gold, predicted, matched, precision(), recall(), f1(), qualifierAccuracy());
    }
  }

  /**
   * Results on both gold sets; a set whose data is missing has zero counts.
   *
   * <p>Immutable and thread-safe.
   *
   * @param reutersDev value and qualifier scores on the Reuters development sentences
   * @param reutersHeldOut value and qualifier scores on the first held-out Reuters sentences
   * @param reutersTest value and qualifier scores on the final Reuters test sentences
   * @param meantime span-detection scores on MEANTIME VALUE markables
   */
  public record Result(Scores reutersDev, Scores reutersHeldOut, Scores reutersTest, Scores meantime) {}

  /** Runs both evaluations with the Reuters annotations from the classpath. */
  public static Result evaluate(Path shared) {
    NlpModels models = NlpModels.english();
    Path data = shared.resolve("data/reuters21578.jsonl");
    Scores dev = reuters(models, data, REUTERS_DEV);
    Scores heldOut = reuters(models, data, REUTERS_HELD_OUT);
    Scores test = reuters(models, data, REUTERS_TEST);
    Path mt = shared.resolve("data/meantime_en/intra-doc_annotation");
    Scores meantime = Files.isDirectory(mt) ? meantime(models, mt) : new Scores(0, 0, 0, 0, 0);
    return new Result(dev, heldOut, test, meantime);
  }

  private static Scores reuters(NlpModels models, Path data, String resource) {
    InputStream in = FigureEval.class.getClassLoader().getResourceAsStream(resource);
    Path inTree = Path.of("core/src/test/resources").resolve(resource);
    if (in == null && Files.isRegularFile(inTree)) {
      // the annotations are test resources (not shipped in the jar): read them from the source tree
      try {
        in = Files.newInputStream(inTree);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (in == null || !Files.isRegularFile(data)) {
      return new Scores(0, 0, 0, 0, 0);
    }
    try (InputStream gold = in) {
      return reuters(models, data, readLines(gold));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Prints both scores; the first argument is the shared directory (default {@code ../shared}). */
  public static void main(String[] args) {
    Path shared = Path.of(args.length > 0 ? args[0] : System.getProperty("parallax.shared", "../shared"));
    Result r = evaluate(shared);
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    out.println("reuters dev      " + r.reutersDev());
    out.println("reuters held-out " + r.reutersHeldOut());
    out.println("reuters test     " + r.reutersTest());
    out.println("meantime         " + r.meantime());
  }

  // ------------------------------------------------------------------ Reuters

  /**
   * Reuters text with its hard line wraps turned into spaces (same length, so offsets hold); a
   * newline followed by indentation still starts a paragraph.
   */
  public static String reflow(String text) {
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) {
      if (c[i] == '\n' && i + 1 < c.length && c[i + 1] != ' ' && c[i + 1] != '\n' && c[i + 1] != '\t') {
        c[i] = ' ';
      }
    }
    return new String(c);
  }

  private static Scores reuters(NlpModels models, Path data, List<String> goldLines) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, List<JsonNode>> byArticle = new HashMap<>();
    for (String line : goldLines) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode g = json.readTree(line);
      byArticle.computeIfAbsent(g.get("id").asText(), k -> new ArrayList<>()).add(g);
    }
    TextPipeline pipeline = new TextPipeline(models);
    FigureExtractor extractor = new FigureExtractor();
    int sentences = 0;
    int gold = 0;
    int predicted = 0;
    int matched = 0;
    int qualifiers = 0;
    try (Stream<String> lines = Files.lines(data, StandardCharsets.UTF_8)) {
      for (String line : (Iterable<String>) lines::iterator) {
        int q = line.indexOf("\"id\": \"");
        if (q < 0) {
          continue;
        }
        String id = line.substring(q + 7, line.indexOf('"', q + 7));
        List<JsonNode> golds = byArticle.get(id);
        if (golds == null) {
          continue;
        }
        String text = reflow(json.readTree(line).get("text").asText());
        AnnotatedText at = pipeline.annotate(text);
        List<Figure> figs = flatten(extractor.extract(Article.of(id, text), at, List.of()));
        for (JsonNode g : golds) {
          int s = g.get("s").asInt();
          int e = g.get("e").asInt();
          sentences++;
          List<Figure> pred = new ArrayList<>();
          for (Figure f : figs) {
            if (f.start() >= s && f.end() <= e) {
              pred.add(f);
            }
          }
          predicted += pred.size();
          Set<Figure> used = new HashSet<>();
          String sentence = text.substring(s, e);
          int from = 0;
          for (JsonNode gf : g.get("f")) {
            gold++;
            String gt = gf.get(0).asText();
            double gv = gf.get(1).asDouble();
            String gq = gf.get(2).asText();
            int at0 = sentence.indexOf(gt, from);
            if (at0 < 0) {
              at0 = sentence.indexOf(gt);
            }
            if (at0 < 0) {
              continue;
            }
            from = at0 + gt.length();
            int gs = s + at0;
            int ge = gs + gt.length();
            for (Figure f : pred) {
              if (!used.contains(f) && f.start() < ge && gs < f.end() && close(f.value(), gv)) {
                used.add(f);
                matched++;
                if (f.qualifier().name().equals(gq)) {
                  qualifiers++;
                }
                break;
              }
            }
          }
        }
      }
    }
    return new Scores(sentences, gold, predicted, matched, qualifiers);
  }

  /**
   * The figures scored: every stated figure and every part; a composite that only sums its parts
   * (its span covers them) is not scored itself.
   */
  public static List<Figure> flatten(List<Figure> figures) {
    List<Figure> out = new ArrayList<>();
    for (Figure f : figures) {
      boolean sum = f.isComposite() && f.start() <= f.parts().get(0).start()
          && f.end() >= f.parts().get(f.parts().size() - 1).end();
      if (!sum) {
        out.add(f);
      }
      out.addAll(flatten(f.parts()));
    }
    return out;
  }

  private static boolean close(double a, double b) {
    return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }

  private static List<String> readLines(InputStream in) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        out.add(l);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ MEANTIME

  private static final Set<String> NO_SPACE_BEFORE =
      Set.of(",", ".", ":", ";", "%", ")", "'s", "n't", "''", "'", "?", "!", "'re", "'ve", "'ll", "'m", "'d");
  private static final Set<String> NO_SPACE_AFTER = Set.of("$", "(", "``", "US$", "AU$", "#", "C$", "€", "£");

  /**
   * A MEANTIME document rebuilt as text (tokens joined with light detokenization, one sentence per
   * line), with its gold VALUE spans as {@code [start, end)} pairs.
   *
   * <p>Immutable and thread-safe (the span arrays are never modified).
   *
   * @param id file name
   * @param text the rebuilt text
   * @param values gold VALUE spans
   */
  public record MeantimeDoc(String id, String text, List<int[]> values) {
    public MeantimeDoc {
      values = List.copyOf(values);
    }
  }

  /** Reads one MEANTIME CAT XML file. */
  public static MeantimeDoc readMeantime(Path file) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document doc = f.newDocumentBuilder().parse(file.toFile());
      NodeList tokens = doc.getElementsByTagName("token");
      StringBuilder sb = new StringBuilder();
      Map<String, int[]> spans = new HashMap<>();
      String lastSentence = null;
      String prev = null;
      for (int i = 0; i < tokens.getLength(); i++) {
        Element t = (Element) tokens.item(i);
        String word = t.getTextContent();
        String sent = t.getAttribute("sentence");
        if (lastSentence != null && !sent.equals(lastSentence)) {
          sb.append('\n');
        } else if (prev != null && !NO_SPACE_BEFORE.contains(word) && !NO_SPACE_AFTER.contains(prev)) {
          sb.append(' ');
        }
        int s = sb.length();
        sb.append(word);
        spans.put(t.getAttribute("t_id"), new int[] {s, sb.length()});
        lastSentence = sent;
        prev = word;
      }
      List<int[]> values = new ArrayList<>();
      NodeList vs = doc.getElementsByTagName("VALUE");
      for (int i = 0; i < vs.getLength(); i++) {
        NodeList anchors = ((Element) vs.item(i)).getElementsByTagName("token_anchor");
        if (anchors.getLength() == 0) {
          continue;
        }
        int[] a = spans.get(((Element) anchors.item(0)).getAttribute("t_id"));
        int[] b = spans.get(((Element) anchors.item(anchors.getLength() - 1)).getAttribute("t_id"));
        if (a != null && b != null) {
          values.add(new int[] {a[0], b[1]});
        }
      }
      return new MeantimeDoc(file.getFileName().toString(), sb.toString(), values);
    } catch (Exception e) {
      throw new IllegalStateException("cannot read MEANTIME file " + file + ": " + e, e);
    }
  }

  private static Scores meantime(NlpModels models, Path dir) {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TextPipeline pipeline = new TextPipeline(models);
    FigureExtractor extractor = new FigureExtractor();
    int gold = 0;
    int predicted = 0;
    int matched = 0;
    for (Path file : files) {
      MeantimeDoc d = readMeantime(file);
      AnnotatedText at = pipeline.annotate(d.text());
      List<Figure> figs = flatten(extractor.extract(Article.of("m", d.text()), at, List.of()));
      predicted += figs.size();
      gold += d.values().size();
      Set<Figure> used = new HashSet<>();
      for (int[] v : d.values()) {
        for (Figure f : figs) {
          if (!used.contains(f) && f.start() < v[1] && v[0] < f.end()) {
            used.add(f);
            matched++;
            break;
          }
        }
      }
    }
    return new Scores(files.size(), gold, predicted, matched, matched);
  }
}
