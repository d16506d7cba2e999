package dev.parallax.internal.framing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Base noun-phrase chunking from UD tags: a run of determiners, numbers, adjectives, nouns, proper nouns,
 * adverbs before adjectives and participles before nouns, ending at its last noun; a possessive splits
 * the possessor from the phrase. One left-to-right pass, linear in the sentence length.
 *
 * <p>Stateless and thread-safe.
 */
final class Chunker {

  private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its", "our", "my", "your", "whose");
  private static final Set<String> PARTICIPLE_OK_BEFORE =
      Set.of("DET", "ADJ", "NUM", "ADP", "PUNCT", "CCONJ", "SCONJ", "VERB");
  private static final Set<String> DEGREE = Set.of("most", "more", "less", "least", "very", "so", "too");
  private static final Set<String> INSIDE_BEFORE_PARTICIPLE = Set.of("DET", "ADJ", "NUM", "PRON");

  private Chunker() {}

  static List<NounPhrase> chunk(List<Word> ws, Set<String> dropmod) {
    List<NounPhrase> out = new ArrayList<>();
    int n = ws.size();
    int i = 0;
    while (i < n) {
      if (!startable(ws, i)) {
        i++;
        continue;
      }
      int start = i;
      int core = i;
      int j = i;
      while (j < n) {
        Word x = ws.get(j);
        if (x.possessive() && j > core) {
          core = j + 1;
          j++;
          continue;
        }
        if (x.is("DET") || (x.is("PRON") && POSSESSIVE_PRONOUNS.contains(x.lower()))) {
          if (j == core) {
            j++;
            continue;
          }
          break;
        }
        if (x.is("NUM") || x.is("ADJ") || x.nominal()) {
          j++;
          continue;
        }
        if (x.is("ADV") && j + 1 < n && (j == core || x.lower().endsWith("ly") || DEGREE.contains(x.lower()))
            && (ws.get(j + 1).is("ADJ") || (j == core && participleModifier(ws, j + 1, j + 1)))) {
          j++;
          continue;
        }
        if (participleModifier(ws, j, core)) {
          j++;
          continue;
        }
        break;
      }
      int head = -1;
      for (int k = j - 1; k >= core; k--) {
        if (ws.get(k).nominal()) {
          head = k;
          break;
        }
      }
      if (head < 0 && j - 1 > core && ws.get(core).lower().equals("the") && ws.get(j - 1).is("ADJ")) {
        head = j - 1; // "the wealthy", "the injured"
      }
      if (head >= 0) {
        int label = core;
        while (label < head && droppable(ws.get(label), dropmod)) {
          label++;
        }
        out.add(new NounPhrase(start, core, label, head));
      }
      i = Math.max(j, i + 1);
    }
    return out;
  }

  private static boolean droppable(Word w, Set<String> dropmod) {
    return w.is("DET") || w.is("NUM") || w.is("PRON") || w.punct() || dropmod.contains(w.lower())
        || (w.is("ADV") && !w.lower().endsWith("ly"));
  }

  private static boolean startable(List<Word> ws, int i) {
    Word w = ws.get(i);
    if (w.is("DET") || w.is("NUM") || w.is("ADJ") || w.nominal()) {
      return true;
    }
    if (w.is("PRON") && POSSESSIVE_PRONOUNS.contains(w.lower())) {
      return true;
    }
    if (w.is("ADV") && i + 1 < ws.size() && ws.get(i + 1).is("ADJ")) {
      return true;
    }
    return participleModifier(ws, i, i);
  }

  /** A participle used as an adjective before a noun: "arrested men", "the growing crowd". */
  static boolean participleModifier(List<Word> ws, int j, int core) {
    Word x = ws.get(j);
    if (!x.is("VERB") || j + 1 >= ws.size()) {
      return false;
    }
    Word next = ws.get(j + 1);
    if (!(next.nominal() || next.is("ADJ"))) {
      return false;
    }
    String l = x.lower();
    boolean participle = l.endsWith("ed") || l.endsWith("en") || l.endsWith("ing") || !x.lemma().equals(l);
    if (!participle) {
      return false;
    }
    if (j > core) {
      return INSIDE_BEFORE_PARTICIPLE.contains(ws.get(j - 1).tag());
    }
    if (l.endsWith("ing")) {
      return j > 0 && ws.get(j - 1).is("DET");
    }
    return j == 0 || PARTICIPLE_OK_BEFORE.contains(ws.get(j - 1).tag());
  }
}
