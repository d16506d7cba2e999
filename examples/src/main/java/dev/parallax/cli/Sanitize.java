package dev.parallax.cli;

/** Neutralizes control and bidi characters in untrusted text printed to a terminal. Stateless. */
final class Sanitize {
  private Sanitize() {}

  /** One line: control characters (including newlines) and bidi overrides become spaces or U+FFFD. */
  static String line(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        sb.append(' ');
      } else if (Character.isISOControl(c) || isBidi(c)) {
        sb.append('\uFFFD');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  static boolean isBidi(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
        || c == '\u061C';
  }
}
