package dev.parallax.internal.time;

import dev.parallax.text.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tense of the clause around a date expression, read from the nearest verb's form and the
 * auxiliaries in front of it: it decides whether "Friday" or "in May" is the most recent past one
 * or the next one.
 *
 * <p>Immutable and thread-safe.
 */
enum Tense {
  PAST,
  /** Present tense or no verb: treated like the past, except for explicit month-day dates. */
  PRESENT,
  FUTURE;

  private static final Set<String> MODAL_FUTURE = Set.of("will", "'ll", "\u2019ll", "shall", "wo", "would", "may", "might", "should", "must");
  /** Verbs whose "to"-complement lies ahead: "is set to", "is expected to", "plans to". */
  private static final Set<String> FUTURE_GOVERNORS =
      Set.of("set", "expect", "schedule", "plan", "due", "go", "going", "aim", "intend", "prepare", "slate", "poise",
          "hope", "vow", "pledge", "promise", "seek", "want");
  /** Participles that make "is ... for Friday" future: "is scheduled for", "are due on". */
  private static final Set<String> FUTURE_FORMS =
      Set.of("scheduled", "due", "set", "slated", "planned", "expected", "poised", "going", "timetabled");
  private static final Set<String> PRESENT_BE = Set.of("is", "are", "am", "'s", "\u2019s", "be", "being");
  private static final Set<String> PAST_AUX = Set.of("was", "were", "had", "did");
  private static final Set<String> FUTURE_ADJ = Set.of("next", "upcoming", "coming", "forthcoming");
  private static final int WINDOW = 15;
  private static final Set<String> DEADLINE = Set.of("by", "until", "till", "before");

  /**
   * The tense governing {@code [start, end)} in a sentence.
   *
   * @param tokens the sentence's tokens
   */
  static Tense around(List<Token> tokens, int start, int end) {
    int first = 0;
    while (first < tokens.size() && tokens.get(first).start() < start) {
      first++;
    }
    int after = first;
    while (after < tokens.size() && tokens.get(after).start() < end) {
      after++;
    }
    if (first > 0 && FUTURE_ADJ.contains(low(tokens.get(first - 1)))) {
      return FUTURE;
    }
    Tense verb = verbTense(tokens, first, after);
    if (verb == PRESENT && first > 0 && DEADLINE.contains(low(tokens.get(first - 1)))) {
      return FUTURE; // "by early June", "until Friday"
    }
    return verb;
  }

  private static Tense verbTense(List<Token> tokens, int first, int after) {
    for (int k = first - 1; k >= 0 && k >= first - WINDOW; k--) {
      Token t = tokens.get(k);
      if (t.text().equals(";")) {
        break;
      }
      if (isVerb(t)) {
        return classify(tokens, k);
      }
    }
    for (int k = after; k < tokens.size() && k < after + WINDOW; k++) {
      Token t = tokens.get(k);
      if (t.text().equals(";")) {
        break;
      }
      if (isVerb(t)) {
        return classify(tokens, k);
      }
    }
    return PRESENT;
  }

  private static boolean isVerb(Token t) {
    return t.tag().equals("VERB") || t.tag().equals("AUX");
  }

  private static String low(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  private static Tense classify(List<Token> tokens, int k) {
    String t = low(tokens.get(k));
    if (MODAL_FUTURE.contains(t)) {
      return FUTURE;
    }
    boolean pastAux = false;
    boolean presentBe = false;
    for (int j = k - 1; j >= 0 && j >= k - 4; j--) {
      String w = low(tokens.get(j));
      if (MODAL_FUTURE.contains(w) && isVerb(tokens.get(j))) {
        return FUTURE; // the auxiliary "may", not "Theresa May"
      }
      if (PAST_AUX.contains(w)) {
        pastAux = true;
      }
      if (PRESENT_BE.contains(w)) {
        presentBe = true;
      }
      if (w.equals("to") && j >= 1) {
        for (int g = j - 1; g >= 0 && g >= j - 3; g--) {
          String gl = tokens.get(g).lemma();
          String gt = low(tokens.get(g));
          if (FUTURE_GOVERNORS.contains(gl) || FUTURE_GOVERNORS.contains(gt) || FUTURE_FORMS.contains(gt)) {
            boolean pastGov = !gt.equals(gl) && gt.endsWith("ed") || PAST_AUX.contains(gt);
            for (int h = g - 1; h >= 0 && h >= g - 2; h--) {
              if (PAST_AUX.contains(low(tokens.get(h)))) {
                pastGov = true;
              }
              if (PRESENT_BE.contains(low(tokens.get(h)))) {
                pastGov = false;
              }
            }
            return pastGov ? PAST : FUTURE;
          }
        }
      }
    }
    if (k >= 2 && low(tokens.get(k - 1)).equals("be") && low(tokens.get(k - 2)).equals("to")) {
      return FUTURE; // "an event to be held on October 12"
    }
    String lemma = tokens.get(k).lemma();
    if (presentBe && !pastAux && (FUTURE_GOVERNORS.contains(lemma) || FUTURE_FORMS.contains(t))) {
      return FUTURE; // "is scheduled for Friday"
    }
    if (pastAux || isPast(t, lemma)) {
      return PAST;
    }
    return PRESENT;
  }

  private static boolean isPast(String t, String lemma) {
    if (PAST_AUX.contains(t)) {
      return true;
    }
    if (t.equals(lemma) || t.endsWith("ing") || PRESENT_BE.contains(t) || t.equals("has") || t.equals("have")
        || t.equals("does") || t.equals("do")) {
      return false;
    }
    return !(t.equals(lemma + "s") || t.equals(lemma + "es") || t.endsWith("ies"));
  }
}
