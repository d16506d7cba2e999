package dev.parallax.internal.framing;

/**
 * A word of a story sentence: a token re-split at dashes, quotes and possessives and re-joined at hyphens,
 * with a corrected UD tag and a lower-cased lemma.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index position in the sentence's word list
 * @param start UTF-16 offset in the article text
 * @param end UTF-16 offset after the word
 * @param text the word as written
 * @param lower lower-cased text
 * @param tag UD tag after correction
 * @param lemma lower-cased lemma
 */
record Word(int index, int start, int end, String text, String lower, String tag, String lemma) {

  boolean is(String t) {
    return tag.equals(t);
  }

  boolean nominal() {
    return tag.equals("NOUN") || tag.equals("PROPN");
  }

  boolean punct() {
    return tag.equals("PUNCT") || tag.equals("SYM");
  }

  boolean possessive() {
    return tag.equals("PART") && (lower.equals("'s") || lower.equals("’s") || lower.equals("'") || lower.equals("’"));
  }

  boolean capitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }
}
