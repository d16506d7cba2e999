package dev.parallax.internal.eval;

import dev.parallax.entity.EntityMention;
import dev.parallax.entity.EntityType;
import dev.parallax.internal.entity.EntityResolver;
import dev.parallax.internal.entity.Names;
import dev.parallax.internal.entity.train.GoldCorpora;
import dev.parallax.internal.entity.train.GoldCorpora.GoldDoc;
import dev.parallax.internal.entity.train.GoldCorpora.GoldSentence;
import dev.parallax.internal.entity.train.GoldCorpora.GoldSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cross-document entity coreference on MEANTIME English gold name mentions (all 120 documents;
 * each of the four sub-corpora is one corpus): B-cubed precision, recall and F1 of {@link
 * EntityResolver} against the gold instance ids, next to an exact-string baseline (same type and
 * same text = same entity). {@link #evaluateEcbPlus} does the same on ECB+ name mentions.
 *
 * <p>Stateless and thread-safe.
 */
public final class CorefEval {
  private CorefEval() {}

  /** B-cubed scores. Immutable and thread-safe. */
  public record BCubed(double precision, double recall, double f1, int mentions) {}

  /** Resolver and baseline scores. Immutable and thread-safe. */
  public record Result(BCubed resolver, BCubed exactStringBaseline) {}

  private static final java.util.Set<String> NOT_NAME_START =
      java.util.Set.of("he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "our", "this", "that",
          "these", "those", "a", "an", "who", "whom", "him", "them", "my", "your", "there");

  /**
   * Evaluates on ECB+ ({@code shared/data/ecbplus/ECB+}, read at run time only; its texts are never
   * stored): each of the 43 topics is one corpus; gold mentions are person, organization and
   * location markables that look like names (capitalized words, no pronoun, a leading "The"
   * dropped) and carry a cross-document instance id.
   */
  public static Result evaluateEcbPlus(Path shared) {
    Path root = shared.resolve("data").resolve("ecbplus").resolve("ECB+");
    List<String> gold = new ArrayList<>();
    List<String> resolved = new ArrayList<>();
    List<String> baseline = new ArrayList<>();
    try (java.util.stream.Stream<Path> topics = java.nio.file.Files.list(root)) {
      for (Path topic : topics.filter(java.nio.file.Files::isDirectory).sorted().toList()) {
        List<Path> files;
        try (java.util.stream.Stream<Path> fs = java.nio.file.Files.list(topic)) {
          files = fs.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
        List<List<EntityMention>> perArticle = new ArrayList<>();
        List<List<String>> goldIds = new ArrayList<>();
        for (Path f : files) {
          List<String> gs = new ArrayList<>();
          perArticle.add(ecbMentions(f, gs));
          goldIds.add(gs);
        }
        EntityResolver.Linked linked = EntityResolver.link(perArticle);
        for (int i = 0; i < perArticle.size(); i++) {
          for (int k = 0; k < perArticle.get(i).size(); k++) {
            EntityMention m = perArticle.get(i).get(k);
            gold.add(goldIds.get(i).get(k));
            resolved.add(topic.getFileName() + "/" + linked.mentions().get(i).get(k).entity());
            baseline.add(topic.getFileName() + "/" + m.type() + "|" + m.text());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Result(bcubed(gold, resolved), bcubed(gold, baseline));
  }

  private static List<EntityMention> ecbMentions(Path f, List<String> goldOut) throws IOException {
    org.w3c.dom.Document d;
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(f)) {
      javax.xml.parsers.DocumentBuilderFactory dbf = javax.xml.parsers.DocumentBuilderFactory.newInstance();
      dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      d = dbf.newDocumentBuilder().parse(in);
    } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
      throw new IOException("cannot parse " + f + ": " + e.getMessage(), e);
    }
    Map<String, String> tokText = new HashMap<>();
    org.w3c.dom.NodeList toks = d.getElementsByTagName("token");
    for (int i = 0; i < toks.getLength(); i++) {
      org.w3c.dom.Element t = (org.w3c.dom.Element) toks.item(i);
      tokText.put(t.getAttribute("t_id"), t.getTextContent());
    }
    Map<String, String> instanceOf = new HashMap<>();
    org.w3c.dom.NodeList rels = d.getElementsByTagName("CROSS_DOC_COREF");
    for (int i = 0; i < rels.getLength(); i++) {
      org.w3c.dom.Element r = (org.w3c.dom.Element) rels.item(i);
      org.w3c.dom.NodeList src = r.getElementsByTagName("source");
      for (int k = 0; k < src.getLength(); k++) {
        instanceOf.put(((org.w3c.dom.Element) src.item(k)).getAttribute("m_id"), r.getAttribute("note"));
      }
    }
    String docId = f.getFileName().toString();
    List<EntityMention> out = new ArrayList<>();
    org.w3c.dom.Element markables = (org.w3c.dom.Element) d.getElementsByTagName("Markables").item(0);
    if (markables == null) {
      return out;
    }
    org.w3c.dom.NodeList ms = markables.getChildNodes();
    int offset = 0;
    for (int i = 0; i < ms.getLength(); i++) {
      if (!(ms.item(i) instanceof org.w3c.dom.Element m)) {
        continue;
      }
      String tag = m.getTagName();
      EntityType type = tag.equals("HUMAN_PART_PER") ? EntityType.PERSON
          : tag.equals("HUMAN_PART_ORG") ? EntityType.ORGANIZATION
          : tag.equals("LOC_FAC") ? EntityType.FACILITY
          : tag.startsWith("LOC_") ? EntityType.LOCATION : null;
      String inst = instanceOf.get(m.getAttribute("m_id"));
      org.w3c.dom.NodeList anchors = m.getElementsByTagName("token_anchor");
      if (type == null || inst == null || anchors.getLength() == 0) {
        continue;
      }
      List<String> words = new ArrayList<>();
      for (int k = 0; k < anchors.getLength(); k++) {
        String w = tokText.get(((org.w3c.dom.Element) anchors.item(k)).getAttribute("t_id"));
        if (w != null) {
          words.add(w);
        }
      }
      if (!words.isEmpty() && words.get(0).equals("The")) {
        words.remove(0);
      }
      if (words.isEmpty() || NOT_NAME_START.contains(words.get(0).toLowerCase(Locale.ROOT)) || !nameLike(words)) {
        continue;
      }
      String text = String.join(" ", words);
      String local = type.name().toLowerCase(Locale.ROOT) + ":" + Names.slug(text);
      out.add(new EntityMention(docId, text, type, local, offset, offset + text.length(), 0, ""));
      offset += text.length() + 1;
      goldOut.add(inst);
    }
    return out;
  }

  private static boolean nameLike(List<String> words) {
    for (String w : words) {
      boolean cap = !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
      if (!cap && !java.util.Set.of("of", "de", "the", "and", "for", "'s").contains(w)) {
        return false;
      }
    }
    return Character.isUpperCase(words.get(words.size() - 1).codePointAt(0));
  }

  /** MEANTIME's documents grouped by sub-corpus (airbus, apple, gm, stock), in file order. */
  private static Map<String, List<GoldDoc>> meantimeBySubCorpus(Path shared) {
    List<GoldDoc> docs;
    try {
      docs = GoldCorpora.readMeantime(shared.resolve("data").resolve("meantime_en"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, List<GoldDoc>> bySub = new LinkedHashMap<>();
    for (GoldDoc d : docs) {
      bySub.computeIfAbsent(d.corpus().split("/")[1], k -> new ArrayList<>()).add(d);
    }
    return bySub;
  }

  /** Evaluates on {@code shared/data/meantime_en}. */
  public static Result evaluate(Path shared) {
    Map<String, List<GoldDoc>> bySub = meantimeBySubCorpus(shared);
    List<String> gold = new ArrayList<>();
    List<String> resolved = new ArrayList<>();
    List<String> baseline = new ArrayList<>();
    for (Map.Entry<String, List<GoldDoc>> sub : bySub.entrySet()) {
      List<List<EntityMention>> perArticle = new ArrayList<>();
      List<List<String>> goldIds = new ArrayList<>();
      for (GoldDoc d : sub.getValue()) {
        List<EntityMention> ms = new ArrayList<>();
        List<String> gs = new ArrayList<>();
        int ni = 0;
        int offset = 0;
        int sentence = 0;
        for (GoldSentence s : d.sentences()) {
          int[] st = new int[s.tokens().size()];
          int[] en = new int[s.tokens().size()];
          String line = GoldCorpora.detokenize(s, st, en);
          for (GoldSpan g : s.names()) {
            String inst = d.instances().get(ni++);
            if (inst.isEmpty()) {
              continue;
            }
            String text = line.substring(st[g.start()], en[g.end() - 1]);
            EntityType type = EntityType.valueOf(g.type());
            String local = type.name().toLowerCase(Locale.ROOT) + ":" + Names.slug(text);
            ms.add(new EntityMention(d.id(), text, type, local, offset + st[g.start()], offset + en[g.end() - 1], sentence, ""));
            gs.add(sub.getKey() + "/" + inst);
          }
          offset += line.length() + 1;
          sentence++;
        }
        perArticle.add(ms);
        goldIds.add(gs);
      }
      EntityResolver.Linked linked = EntityResolver.link(perArticle);
      for (int i = 0; i < perArticle.size(); i++) {
        for (int k = 0; k < perArticle.get(i).size(); k++) {
          EntityMention m = perArticle.get(i).get(k);
          gold.add(goldIds.get(i).get(k));
          resolved.add(sub.getKey() + "/" + linked.mentions().get(i).get(k).entity());
          baseline.add(sub.getKey() + "/" + m.type() + "|" + m.text());
        }
      }
    }
    return new Result(bcubed(gold, resolved), bcubed(gold, baseline));
  }

  /**
   * End-to-end scores on MEANTIME: the whole pipeline ({@link dev.parallax.Parallax}: recognizer,
   * then cross-article resolution) runs on the documents' text, each sub-corpus as one corpus.
   * Mention detection is exact-span matching against the gold name mentions that carry an instance
   * id. B-cubed is computed over those gold mentions: a gold mention the recognizer found (same span)
   * gets the canonical entity it was given, a missed one is a singleton of its own, so detection
   * misses lower recall. Predicted mentions without a gold twin are left out of B-cubed, because
   * MEANTIME annotates only some of the names in a document and they cannot be judged.
   */
  public record Predicted(double detectionPrecision, double detectionRecall, BCubed bcubed, int predicted, int gold) {}

  /** Runs {@link Predicted} on {@code shared/data/meantime_en}. */
  public static Predicted evaluatePredicted(Path shared, dev.parallax.Parallax parallax) {
    Map<String, List<GoldDoc>> bySub = meantimeBySubCorpus(shared);
    List<String> gold = new ArrayList<>();
    List<String> pred = new ArrayList<>();
    int predictedSpans = 0;
    int matchedPredicted = 0;
    int goldSpans = 0;
    for (Map.Entry<String, List<GoldDoc>> sub : bySub.entrySet()) {
      List<dev.parallax.article.Article> articles = new ArrayList<>();
      Map<String, Map<String, String>> goldBySpan = new HashMap<>();
      for (GoldDoc d : sub.getValue()) {
        StringBuilder text = new StringBuilder();
        Map<String, String> spans = new HashMap<>();
        int ni = 0;
        for (GoldSentence s : d.sentences()) {
          int[] st = new int[s.tokens().size()];
          int[] en = new int[s.tokens().size()];
          String line = GoldCorpora.detokenize(s, st, en);
          int offset = text.length();
          for (GoldSpan g : s.names()) {
            String inst = d.instances().get(ni++);
            if (!inst.isEmpty()) {
              spans.put((offset + st[g.start()]) + ":" + (offset + en[g.end() - 1]), sub.getKey() + "/" + inst);
            }
          }
          text.append(line).append("\n\n");
        }
        articles.add(dev.parallax.article.Article.builder(d.id(), text.toString()).build());
        goldBySpan.put(d.id(), spans);
      }
      dev.parallax.CorpusAnalysis analysis = parallax.analyze(articles);
      for (dev.parallax.AnalyzedArticle a : analysis.articles()) {
        Map<String, String> spans = goldBySpan.get(a.article().id());
        Map<String, String> found = new HashMap<>();
        for (EntityMention m : a.entities()) {
          if (m.type() == EntityType.GROUP) {
            continue;
          }
          predictedSpans++;
          String key = m.start() + ":" + m.end();
          if (spans.containsKey(key)) {
            matchedPredicted++;
            found.put(key, sub.getKey() + "/" + m.entity());
          }
        }
        for (Map.Entry<String, String> g : spans.entrySet()) {
          goldSpans++;
          gold.add(g.getValue());
          pred.add(found.getOrDefault(g.getKey(), "missed/" + a.article().id() + "/" + g.getKey()));
        }
      }
    }
    long detected = pred.stream().filter(x -> !x.startsWith("missed/")).count();
    return new Predicted(
        predictedSpans == 0 ? 0 : matchedPredicted / (double) predictedSpans,
        goldSpans == 0 ? 0 : detected / (double) goldSpans,
        bcubed(gold, pred), predictedSpans, goldSpans);
  }

  /** B-cubed over mentions: per-mention precision and recall of its predicted cluster, averaged. */
  static BCubed bcubed(List<String> gold, List<String> pred) {
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> predSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    for (int i = 0; i < gold.size(); i++) {
      goldSize.merge(gold.get(i), 1, Integer::sum);
      predSize.merge(pred.get(i), 1, Integer::sum);
      both.merge(gold.get(i) + "\u0000" + pred.get(i), 1, Integer::sum);
    }
    double p = 0;
    double r = 0;
    for (int i = 0; i < gold.size(); i++) {
      double inter = both.get(gold.get(i) + "\u0000" + pred.get(i));
      p += inter / predSize.get(pred.get(i));
      r += inter / goldSize.get(gold.get(i));
    }
    int n = gold.size();
    p = n == 0 ? 0 : p / n;
    r = n == 0 ? 0 : r / n;
    return new BCubed(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), n);
  }

  /**
   * Prints the scores.
   *
   * @param args the shared directory (holding {@code data/})
   */
  public static void main(String[] args) {
    Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
    Result r = evaluate(shared);
    System.out.printf(Locale.ROOT, "| data / system | mentions | B3 P | B3 R | B3 F1 |%n|---|---|---|---|---|%n");
    Map<String, BCubed> rows = new LinkedHashMap<>();
    rows.put("MEANTIME / resolver", r.resolver());
    rows.put("MEANTIME / exact-string baseline", r.exactStringBaseline());
    if (java.nio.file.Files.isDirectory(shared.resolve("data/ecbplus/ECB+"))) {
      Result e = evaluateEcbPlus(shared);
      rows.put("ECB+ / resolver", e.resolver());
      rows.put("ECB+ / exact-string baseline", e.exactStringBaseline());
    }
    for (Map.Entry<String, BCubed> e : rows.entrySet()) {
      BCubed b = e.getValue();
      System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f |%n", e.getKey(), b.mentions(), b.precision(), b.recall(), b.f1());
    }
    Predicted p = evaluatePredicted(shared, dev.parallax.Parallax.builder().figures(false).dates(false).quotes(false).build());
    System.out.printf(Locale.ROOT, "%nEnd to end on MEANTIME (recognizer + resolver, predicted mentions):%n"
        + "mention detection: %d predicted, %d gold, precision %.3f (lower bound: partial gold), recall %.3f%n"
        + "B3 over gold mentions (missed = singletons): P %.3f R %.3f F1 %.3f%n",
        p.predicted(), p.gold(), p.detectionPrecision(), p.detectionRecall(), p.bcubed().precision(), p.bcubed().recall(), p.bcubed().f1());
  }
}
