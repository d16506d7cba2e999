package dev.parallax.text;

/**
 * A token as a span of the original text, with its Universal Dependencies part-of-speech tag
 * (PROPN, NOUN, NUM, VERB, ...) and lemma.
 *
 * <p>Immutable and thread-safe.
 *
 * @param start UTF-16 offset of the first character
 * @param end UTF-16 offset after the last character
 * @param text the token text, equal to {@code articleText.substring(start, end)}
 * @param tag UD part-of-speech tag
 * @param lemma lower-cased dictionary form
 * @param sentence index of the sentence the token belongs to
 */
public record Token(int start, int end, String text, String tag, String lemma, int sentence) {
  public Token {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad token span: " + start + ".." + end);
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException("token text length != span: \"" + text + "\" " + start + ".." + end);
    }
  }

  /** True for proper nouns (UD PROPN). */
  public boolean isProperNoun() {
    return tag.equals("PROPN");
  }

  /** True when the token starts with an upper-case letter. */
  public boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }
}
