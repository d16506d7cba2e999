package dev.parallax.internal.eval;

import dev.parallax.AnalyzedArticle;
import dev.parallax.Parallax;
import dev.parallax.article.Article;
import dev.parallax.time.DateMention;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Scores date extraction against the TIMEX3 gold of MEANTIME (English, intra-document CAT XML).
 * Each document's text is rebuilt from its tokens, one MEANTIME sentence per line, with a
 * token-to-offset map; the document's CREATION_TIME TIMEX3 becomes the publication date; the full
 * pipeline runs with only the date stage on; predictions are matched to gold TIMEX3 by span overlap.
 *
 * <p>Scope: MEANTIME annotates only the title, the dateline and the first sentences of each article
 * (sentences 0 to 5), so only predictions there are scored. The creation-time expression itself
 * (the dateline) is left out of both gold and predictions, because it is the reference date the
 * evaluation feeds in. Value accuracy is measured over matched gold expressions: a prediction's
 * value agrees when it equals the gold value, when it is an interval ({@code 2019/2025-04-14}) one
 * of whose ends equals it (TimeML marks only "2019" in "since 2019"), or when it is the X-padded
 * form of a gold decade or century ({@code 197X} for {@code 197}); the strict figure counts only
 * exact string equality.
 *
 * <p>Thread-safe.
 */
public final class DateEval {

  /** MEANTIME sentences that carry annotation: title, dateline and the first four body sentences. */
  static final int LAST_ANNOTATED_SENTENCE = 5;

  /**
   * Scores of one run. Immutable and thread-safe.
   *
   * @param documents documents read
   * @param gold gold TIMEX3 expressions in scope (creation time excluded)
   * @param predicted predicted date mentions in scope
   * @param predictedMatched predictions overlapping at least one gold expression
   * @param goldMatched gold expressions overlapped by at least one prediction
   * @param valueAgrees matched gold expressions whose value agrees (see class doc)
   * @param valueExact matched gold expressions with an exactly equal predicted value
   * @param errors human-readable misses, false alarms and wrong values
   */
  public record Result(
      int documents,
      int gold,
      int predicted,
      int predictedMatched,
      int goldMatched,
      int valueAgrees,
      int valueExact,
      List<String> errors) {

    public Result {
      errors = List.copyOf(errors);
    }

    /** Share of predictions that overlap a gold expression. */
    public double precision() {
      return predicted == 0 ? 0 : (double) predictedMatched / predicted;
    }

    /** Share of gold expressions overlapped by a prediction. */
    public double recall() {
      return gold == 0 ? 0 : (double) goldMatched / gold;
    }

    /** Harmonic mean of precision and recall. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of matched gold expressions whose value agrees. */
    public double valueAccuracy() {
      return goldMatched == 0 ? 0 : (double) valueAgrees / goldMatched;
    }

    /** Share of matched gold expressions with exactly the gold value string. */
    public double strictValueAccuracy() {
      return goldMatched == 0 ? 0 : (double) valueExact / goldMatched;
    }

    /** A one-paragraph summary. */
    public String summary() {
      return String.format(
          "%d documents, %d gold, %d predicted%n"
              + "detection (overlap): precision %.3f recall %.3f F1 %.3f%n"
              + "value accuracy on matched gold: %.3f (%d/%d); strict string equality: %.3f",
          documents, gold, predicted, precision(), recall(), f1(), valueAccuracy(), valueAgrees, goldMatched,
          strictValueAccuracy());
    }
  }

  private record Gold(int start, int end, String text, String value, boolean creationTime) {}

  private record Doc(String id, String text, Optional<LocalDate> published, List<Gold> gold, int scopeEnd) {}

  private DateEval() {}

  /** The MEANTIME English folder under a shared-data path ({@code ../shared} or {@code ../shared/data}). */
  public static Path meantimeDir(Path shared) {
    Path a = shared.resolve("data").resolve("meantime_en").resolve("intra-doc_annotation");
    return Files.isDirectory(a) ? a : shared.resolve("meantime_en").resolve("intra-doc_annotation");
  }

  /** Scores the dates with a freshly built analyzer (dates only). */
  public static Result evaluate(Path shared) {
    return evaluate(shared, Parallax.builder().entities(false).figures(false).quotes(false).build());
  }

  /**
   * Scores the dates found by {@code parallax} on every MEANTIME English document.
   *
   * @throws UncheckedIOException if the MEANTIME folder cannot be read
   */
  public static Result evaluate(Path shared, Parallax parallax) {
    Objects.requireNonNull(shared, "shared");
    Objects.requireNonNull(parallax, "parallax");
    Path dir = meantimeDir(shared);
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.toString().endsWith(".xml")).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    int gold = 0;
    int predicted = 0;
    int predictedMatched = 0;
    int goldMatched = 0;
    int agrees = 0;
    int exact = 0;
    List<String> errors = new ArrayList<>();
    for (Path f : files) {
      Doc doc = read(f);
      Article article = Article.builder(doc.id, doc.text).published(doc.published.orElse(null)).build();
      AnalyzedArticle a = parallax.analyze(article);
      List<Gold> dct = doc.gold.stream().filter(Gold::creationTime).collect(Collectors.toList());
      List<Gold> golds = doc.gold.stream().filter(g -> !g.creationTime).collect(Collectors.toList());
      List<DateMention> preds = new ArrayList<>();
      for (DateMention d : a.dates()) {
        boolean inScope = d.start() < doc.scopeEnd;
        boolean onDct = dct.stream().anyMatch(g -> overlaps(d, g));
        if (inScope && !onDct) {
          preds.add(d);
        }
      }
      gold += golds.size();
      predicted += preds.size();
      for (DateMention d : preds) {
        if (golds.stream().anyMatch(g -> overlaps(d, g))) {
          predictedMatched++;
        } else {
          errors.add(doc.id + " FALSE ALARM [" + d.text() + "] " + d.value());
        }
      }
      for (Gold g : golds) {
        List<DateMention> over = preds.stream().filter(d -> overlaps(d, g)).collect(Collectors.toList());
        if (over.isEmpty()) {
          errors.add(doc.id + " MISS [" + g.text + "] " + g.value);
          continue;
        }
        goldMatched++;
        if (over.stream().anyMatch(d -> d.value().equals(g.value))) {
          exact++;
        }
        if (over.stream().anyMatch(d -> agrees(d.value(), g.value))) {
          agrees++;
        } else {
          errors.add(doc.id + " VALUE [" + g.text + "] gold " + g.value + " predicted "
              + over.stream().map(d -> "[" + d.text() + "] " + d.value()).collect(Collectors.joining(", "))
              + " (published " + doc.published.map(LocalDate::toString).orElse("?") + ")");
        }
      }
    }
    return new Result(files.size(), gold, predicted, predictedMatched, goldMatched, agrees, exact, errors);
  }

  /** Hand-annotated held-out gold for Reuters-21578 articles (a test resource; see docs/accuracy.md). */
  public static final String REUTERS_HELD_OUT = "eval/reuters-dates-heldout.tsv";

  /**
   * Scores dates on the hand-annotated Reuters-21578 held-out articles; whole articles are scored.
   * The gold (ids, span strings, values) is read from the classpath or, when the test resources are
   * not on it, from {@code core/src/test/resources}; the texts from {@code data/reuters21578.jsonl}
   * under {@code shared}. Returns an empty result when either is missing.
   *
   * @throws UncheckedIOException if a file cannot be read
   */
  public static Result evaluateReutersHeldOut(Path shared, Parallax parallax) {
    Objects.requireNonNull(shared, "shared");
    Objects.requireNonNull(parallax, "parallax");
    Path reuters = shared.resolve("data").resolve("reuters21578.jsonl");
    if (!Files.isRegularFile(reuters)) {
      reuters = shared.resolve("reuters21578.jsonl");
    }
    List<String> lines = readResource(REUTERS_HELD_OUT);
    if (lines.isEmpty() || !Files.isRegularFile(reuters)) {
      return new Result(0, 0, 0, 0, 0, 0, 0, List.of());
    }
    Map<String, List<String[]>> byArticle = new java.util.LinkedHashMap<>();
    for (String line : lines) {
      if (!line.startsWith("#") && !line.isBlank()) {
        String[] f = line.split("\t");
        byArticle.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
      }
    }
    Map<String, Article> articles = new HashMap<>();
    try (Stream<Article> s = dev.parallax.article.Corpus.jsonl(reuters).stream(d -> {})) {
      s.filter(a -> byArticle.containsKey(a.id())).forEach(a -> articles.put(a.id(), a));
    }
    int gold = 0;
    int predicted = 0;
    int predictedMatched = 0;
    int goldMatched = 0;
    int agrees = 0;
    int exact = 0;
    List<String> errors = new ArrayList<>();
    for (Map.Entry<String, List<String[]>> e : byArticle.entrySet()) {
      Article a = articles.get(e.getKey());
      if (a == null) {
        throw new IllegalStateException("held-out article not in " + reuters + ": " + e.getKey());
      }
      List<DateMention> preds = parallax.analyze(a).dates();
      List<Gold> golds = new ArrayList<>();
      for (String[] f : e.getValue()) {
        int[] span = find(a.text(), f[1], Integer.parseInt(f[2]));
        golds.add(new Gold(span[0], span[1], f[1], f[3], false));
      }
      gold += golds.size();
      predicted += preds.size();
      for (DateMention d : preds) {
        if (golds.stream().anyMatch(g -> overlaps(d, g))) {
          predictedMatched++;
        } else {
          errors.add(a.id() + " FALSE ALARM [" + d.text() + "] " + d.value());
        }
      }
      for (Gold g : golds) {
        List<DateMention> over = preds.stream().filter(d -> overlaps(d, g)).collect(Collectors.toList());
        if (over.isEmpty()) {
          errors.add(a.id() + " MISS [" + g.text + "] " + g.value);
          continue;
        }
        goldMatched++;
        if (over.stream().anyMatch(d -> d.value().equals(g.value))) {
          exact++;
        }
        if (over.stream().anyMatch(d -> agrees(d.value(), g.value))) {
          agrees++;
        } else {
          errors.add(a.id() + " VALUE [" + g.text + "] gold " + g.value + " predicted "
              + over.stream().map(DateMention::value).collect(Collectors.joining(", ")));
        }
      }
    }
    return new Result(byArticle.size(), gold, predicted, predictedMatched, goldMatched, agrees, exact, errors);
  }

  private static List<String> readResource(String resource) {
    try (InputStream in = DateEval.class.getClassLoader().getResourceAsStream(resource)) {
      if (in != null) {
        return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
      }
      Path inTree = Path.of("core/src/test/resources").resolve(resource);
      return Files.isRegularFile(inTree) ? Files.readAllLines(inTree, StandardCharsets.UTF_8) : List.of();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The span of the n-th whole-word occurrence of {@code s}, any whitespace run matching a space. */
  private static int[] find(String text, String s, int occurrence) {
    java.util.regex.Pattern p = java.util.regex.Pattern.compile(
        Stream.of(s.split(" ")).map(java.util.regex.Pattern::quote).collect(Collectors.joining("\\s+")));
    java.util.regex.Matcher m = p.matcher(text);
    int n = 0;
    while (m.find()) {
      boolean word = (m.start() == 0 || !Character.isLetterOrDigit(text.charAt(m.start() - 1)))
          && (m.end() == text.length() || !Character.isLetterOrDigit(text.charAt(m.end())));
      if (word && ++n == occurrence) {
        return new int[] {m.start(), m.end()};
      }
    }
    throw new IllegalStateException("held-out gold text not found: " + s + " #" + occurrence);
  }

  private static boolean overlaps(DateMention d, Gold g) {
    return d.start() < g.end && g.start < d.end();
  }

  /** Whether a predicted value agrees with a gold value (see the class documentation). */
  static boolean agrees(String predicted, String gold) {
    if (predicted.equals(gold)) {
      return true;
    }
    int slash = predicted.indexOf('/');
    if (slash > 0 && (predicted.substring(0, slash).equals(gold) || predicted.substring(slash + 1).equals(gold))) {
      return true;
    }
    // X-padded decades and centuries: 197X ~ 197, 17XX ~ 17
    String stripped = predicted;
    while (stripped.endsWith("X") && stripped.length() > 2) {
      stripped = stripped.substring(0, stripped.length() - 1);
    }
    return !stripped.equals(predicted) && stripped.equals(gold) && gold.chars().allMatch(Character::isDigit);
  }

  // ------------------------------------------------------------------ reading MEANTIME

  private static final Set<String> NO_SPACE_BEFORE =
      Set.of(",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m",
          "''", "'");
  private static final Set<String> NO_SPACE_AFTER = Set.of("(", "[", "{", "$", "``", "US$");

  private static Doc read(Path file) {
    Document xml;
    try (InputStream in = Files.newInputStream(file)) {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      xml = b.parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("bad MEANTIME file " + file + ": " + e.getMessage(), e);
    }
    Element root = xml.getDocumentElement();
    String id = root.getAttribute("doc_id");
    if (id.isBlank()) {
      id = file.getFileName().toString();
    }
    NodeList tokens = root.getElementsByTagName("token");
    StringBuilder text = new StringBuilder();
    Map<String, int[]> offsets = new HashMap<>();
    int sentence = -1;
    int scopeEnd = Integer.MAX_VALUE;
    String prev = "";
    for (int i = 0; i < tokens.getLength(); i++) {
      Element t = (Element) tokens.item(i);
      int s = Integer.parseInt(t.getAttribute("sentence"));
      String word = t.getTextContent();
      if (word.equals("``") || word.equals("''")) {
        word = "\"";
      }
      if (s != sentence) {
        if (sentence >= 0) {
          text.append('\n');
        }
        if (s > LAST_ANNOTATED_SENTENCE && scopeEnd == Integer.MAX_VALUE) {
          scopeEnd = text.length();
        }
        sentence = s;
      } else if (!NO_SPACE_BEFORE.contains(t.getTextContent()) && !NO_SPACE_AFTER.contains(prev)) {
        text.append(' ');
      }
      int start = text.length();
      text.append(word);
      offsets.put(t.getAttribute("t_id"), new int[] {start, text.length()});
      prev = t.getTextContent();
    }
    String body = text.toString();
    List<Gold> gold = new ArrayList<>();
    Optional<LocalDate> published = Optional.empty();
    NodeList timexes = root.getElementsByTagName("TIMEX3");
    for (int i = 0; i < timexes.getLength(); i++) {
      Element x = (Element) timexes.item(i);
      boolean dct = "CREATION_TIME".equals(x.getAttribute("functionInDocument"));
      if (dct && published.isEmpty()) {
        published = parseDate(x.getAttribute("value"));
      }
      NodeList anchors = x.getElementsByTagName("token_anchor");
      int start = Integer.MAX_VALUE;
      int end = -1;
      for (int k = 0; k < anchors.getLength(); k++) {
        int[] o = offsets.get(((Element) anchors.item(k)).getAttribute("t_id"));
        if (o != null) {
          start = Math.min(start, o[0]);
          end = Math.max(end, o[1]);
        }
      }
      if (end < 0) {
        continue;
      }
      gold.add(new Gold(start, end, body.substring(start, end), x.getAttribute("value"), dct));
    }
    if (published.isEmpty()) {
      // no CREATION_TIME: the dateline (sentence 1) holds the publication date
      int dateline = body.indexOf('\n');
      int datelineEnd = dateline < 0 ? -1 : body.indexOf('\n', dateline + 1);
      for (int i = 0; i < gold.size(); i++) {
        Gold g = gold.get(i);
        Optional<LocalDate> d = parseDate(g.value);
        if (d.isPresent() && g.start > dateline && (datelineEnd < 0 || g.end <= datelineEnd)) {
          published = d;
          gold.set(i, new Gold(g.start, g.end, g.text, g.value, true));
          break;
        }
      }
    }
    return new Doc(id, body, published, gold, scopeEnd);
  }

  private static Optional<LocalDate> parseDate(String v) {
    try {
      if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return Optional.of(LocalDate.parse(v));
      }
      if (v.matches("\\d{2}-\\d{2}-\\d{4}")) {
        // one MEANTIME file writes its creation time day-first
        return Optional.of(LocalDate.of(Integer.parseInt(v.substring(6)), Integer.parseInt(v.substring(3, 5)),
            Integer.parseInt(v.substring(0, 2))));
      }
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Prints the MEANTIME and Reuters held-out scores for {@code args[0]} (the shared folder, default
   * {@code ../shared}); with {@code --errors} also every miss, false alarm and wrong value.
   */
  public static void main(String[] args) {
    Path shared = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared");
    boolean errors = List.of(args).contains("--errors");
    Parallax parallax = Parallax.builder().entities(false).figures(false).quotes(false).build();
    Result r = evaluate(shared, parallax);
    Result h = evaluateReutersHeldOut(shared, parallax);
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
        StandardCharsets.UTF_8);
    if (errors) {
      r.errors().forEach(out::println);
      h.errors().forEach(out::println);
    }
    out.println("MEANTIME dates: " + r.summary());
    out.println("Reuters held-out dates: " + (h.documents() == 0 ? "gold or data not found" : h.summary()));
  }
}
