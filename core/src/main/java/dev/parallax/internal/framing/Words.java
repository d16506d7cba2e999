package dev.parallax.internal.framing;

import dev.parallax.internal.nlp.Lemmas;
import dev.parallax.text.AnnotatedText;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns a sentence's tokens into {@link Word}s for framing: splits glued quotes, possessives and dashes
 * ("city’s", "‘riot’", "MP-40—an"), joins hyphen compounds the tokenizer cut ("tax" "-cut"), and
 * corrects tags the tagger gets wrong in news prose (capitalised words inside a sentence are proper nouns;
 * participles and "-ous" adjectives before a noun are adjectives). Linear in the sentence length.
 *
 * <p>Stateless and thread-safe.
 */
final class Words {

  private static final String OPEN_QUOTES = "‘“\"'`«";
  private static final String CLOSE_QUOTES = "’”\"'`»";
  private static final Set<String> CONTENT_TAGS = Set.of("VERB", "ADJ", "NOUN", "AUX", "ADV", "NUM", "X", "INTJ");
  private static final Set<String> PRENOMINAL =
      Set.of("alleged", "suspected", "accused", "purported", "so-called", "reputed", "presumed", "notorious", "infamous");

  private Words() {}

  private record Piece(int start, int end, String text, String tag) {}

  static List<Word> of(AnnotatedText t, Sentence s, Set<String> commonWords) {
    List<Piece> pieces = new ArrayList<>();
    for (Token tok : t.tokensOf(s)) {
      split(tok, pieces);
    }
    List<Piece> merged = mergeHyphens(pieces);
    List<Word> out = new ArrayList<>(merged.size());
    for (int i = 0; i < merged.size(); i++) {
      Piece p = merged.get(i);
      String tag = p.tag();
      String next = i + 1 < merged.size() ? merged.get(i + 1).tag() : "";
      boolean initial = isInitial(merged, i);
      boolean cap = !p.text().isEmpty() && Character.isUpperCase(p.text().codePointAt(0));
      String lower = p.text().toLowerCase(Locale.ROOT);
      if (cap && !initial && CONTENT_TAGS.contains(tag) && !lower.equals("i") && Character.isLetter(p.text().charAt(0))) {
        tag = "PROPN";
      } else if (initial && tag.equals("PROPN") && commonWords.contains(Lemmas.noun(lower))) {
        tag = "NOUN";
      }
      boolean beforeNoun = next.equals("NOUN") || next.equals("PROPN") || next.equals("ADJ");
      if (beforeNoun && !tag.equals("ADJ") && !tag.equals("PROPN") && PRENOMINAL.contains(lower)) {
        tag = "ADJ";
      }
      if (tag.equals("ADJ") && !beforeNoun && commonWords.contains(lower)) {
        tag = "NOUN"; // "a ‘rioter.’"
      }
      String prevTag = out.isEmpty() ? "" : out.get(out.size() - 1).tag();
      if (tag.equals("ADV") && prevTag.equals("ADJ") && (next.equals("PUNCT") || next.isEmpty())
          && commonWords.contains(Lemmas.noun(lower))) {
        tag = "NOUN"; // "an ‘illegal alien.’": a quoted noun phrase the tagger reads as an adverb
      }
      out.add(new Word(i, p.start(), p.end(), p.text(), lower, tag, lemma(p.text(), lower, tag)));
    }
    return out;
  }

  private static boolean isInitial(List<Piece> ps, int i) {
    for (int k = 0; k < i; k++) {
      if (!ps.get(k).tag().equals("PUNCT")) {
        return false;
      }
    }
    return true;
  }

  private static String lemma(String text, String lower, String tag) {
    if (tag.equals("PART") && (lower.endsWith("s") || lower.equals("'") || lower.equals("’"))) {
      return "'s";
    }
    int dash = lower.lastIndexOf('-');
    if (dash > 0 && dash < lower.length() - 1 && tag.equals("NOUN")) {
      return lower.substring(0, dash + 1) + Lemmas.noun(lower.substring(dash + 1));
    }
    return Lemmas.lemma(text, tag);
  }

  /** Splits one token into pieces at glued quotes, possessives and dashes. */
  private static void split(Token tok, List<Piece> out) {
    String tx = tok.text();
    String[] tags = tok.tag().split("\\+");
    String tag = tags[0];
    int s = 0;
    int e = tx.length();
    while (e - s > 1 && OPEN_QUOTES.indexOf(tx.charAt(s)) >= 0) {
      out.add(new Piece(tok.start() + s, tok.start() + s + 1, tx.substring(s, s + 1), "PUNCT"));
      s++;
    }
    List<Piece> tail = new ArrayList<>();
    while (e - s > 1) {
      String core = tx.substring(s, e);
      String lc = core.toLowerCase(Locale.ROOT);
      if (e - s > 2 && (lc.endsWith("’s") || lc.endsWith("'s")) && !tag.equals("PUNCT")) {
        String suffixTag = tags.length > 1 ? tags[1] : "PART";
        tail.add(0, new Piece(tok.start() + e - 2, tok.start() + e, tx.substring(e - 2, e), suffixTag));
        e -= 2;
        break;
      }
      char c = tx.charAt(e - 1);
      if (CLOSE_QUOTES.indexOf(c) >= 0 || ";:!?".indexOf(c) >= 0) {
        tail.add(0, new Piece(tok.start() + e - 1, tok.start() + e, String.valueOf(c), "PUNCT"));
        e--;
        continue;
      }
      break;
    }
    // dashes inside the core
    int from = s;
    for (int k = s; k < e; k++) {
      char c = tx.charAt(k);
      if ((c == '—' || c == '–') && e - s > 1) {
        if (k > from) {
          out.add(piece(tok, tx, from, k, from == s ? tag : guess(tx.substring(from, k))));
        }
        out.add(new Piece(tok.start() + k, tok.start() + k + 1, String.valueOf(c), "PUNCT"));
        from = k + 1;
      }
    }
    if (e > from) {
      out.add(piece(tok, tx, from, e, from == s ? tag : guess(tx.substring(from, e))));
    }
    out.addAll(tail);
  }

  private static Piece piece(Token tok, String tx, int a, int b, String tag) {
    return new Piece(tok.start() + a, tok.start() + b, tx.substring(a, b), tag);
  }

  /** A tag for a word cut out of a glued token ("an" in "MP-40—an"). */
  private static String guess(String w) {
    String l = w.toLowerCase(Locale.ROOT);
    switch (l) {
      case "a", "an", "the", "this", "that", "these", "those" -> {
        return "DET";
      }
      case "and", "or", "but" -> {
        return "CCONJ";
      }
      case "is", "are", "was", "were", "be", "been" -> {
        return "AUX";
      }
      default -> {
        if (!w.isEmpty() && !Character.isLetterOrDigit(w.charAt(0))) {
          return "PUNCT";
        }
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
          return "PROPN";
        }
        return l.endsWith("ing") || l.endsWith("ed") ? "VERB" : "NOUN";
      }
    }
  }

  private static boolean hyphen(char c) {
    return c == '-' || c == '‐';
  }

  /** Joins adjacent pieces around a hyphen: "tax" "-cut", "low" "-" "income", "Smith-" "Jones". */
  private static List<Piece> mergeHyphens(List<Piece> ps) {
    List<Piece> out = new ArrayList<>();
    for (Piece p : ps) {
      if (!out.isEmpty()) {
        Piece prev = out.get(out.size() - 1);
        boolean adjacent = prev.end() == p.start();
        boolean joins =
            adjacent
                && !p.text().isEmpty()
                && !prev.text().isEmpty()
                && (hyphen(prev.text().charAt(prev.text().length() - 1)) || hyphen(p.text().charAt(0)))
                && (Character.isLetterOrDigit(prev.text().charAt(0)) || prev.text().length() > 1)
                && !(p.text().length() == 1 && prev.text().length() == 1);
        if (joins) {
          String text = prev.text() + p.text();
          out.set(out.size() - 1, new Piece(prev.start(), p.end(), text, mergedTag(prev, p)));
          continue;
        }
      }
      out.add(p);
    }
    return out;
  }

  private static String mergedTag(Piece a, Piece b) {
    String last = b.text().replace("-", "").replace("‐", "");
    if (last.isEmpty()) {
      return a.tag().equals("PUNCT") ? "NOUN" : a.tag();
    }
    boolean capA = Character.isUpperCase(a.text().codePointAt(0));
    boolean capB = Character.isUpperCase(last.codePointAt(0));
    if (capA && capB) {
      return "PROPN";
    }
    if (b.tag().equals("PUNCT") || b.tag().equals("SYM") || b.tag().equals("X")) {
      return "NOUN";
    }
    return b.tag();
  }
}
