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
 * same text = same entity).
 *
 * <p>Stateless and thread-safe.
 */
public final class CorefEval {
  private CorefEval() {}

  /** B-cubed scores. Immutable and thread-safe. */
  public record BCubed(double precision, double recall, double f1, int mentions) {}

  /** Resolver and baseline scores. Immutable and thread-safe. */
  public record Result(BCubed resolver, BCubed exactStringBaseline) {}

  /** Evaluates on {@code shared/data/meantime_en}. */
  public static Result evaluate(Path shared) {
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
    Result r = evaluate(Path.of(args.length > 0 ? args[0] : "../shared"));
    System.out.printf(Locale.ROOT, "| system | mentions | B3 P | B3 R | B3 F1 |%n|---|---|---|---|---|%n");
    Map<String, BCubed> rows = new LinkedHashMap<>();
    rows.put("resolver", r.resolver());
    rows.put("exact-string baseline", r.exactStringBaseline());
    for (Map.Entry<String, BCubed> e : rows.entrySet()) {
      BCubed b = e.getValue();
      System.out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f |%n", e.getKey(), b.mentions(), b.precision(), b.recall(), b.f1());
    }
  }
}
