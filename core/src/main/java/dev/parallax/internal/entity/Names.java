package dev.parallax.internal.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Name folding for matching: accents removed ("López" = "Lopez"), case folded ("Nato" = "NATO"),
 * hyphens, periods and apostrophes dropped inside words ("COVID-19" = "COVID19", "U.S." = "US"),
 * possessive endings removed ("Merkel’s" = "Merkel").
 *
 * <p>Stateless and thread-safe.
 */
public final class Names {
  private Names() {}

  /** The folded words of a name: lower case, no accents, no inner punctuation. */
  public static List<String> foldedWords(String name) {
    StringBuilder joined = new StringBuilder();
    for (String word : name.strip().split("\\s+")) {
      joined.append(stripPossessive(word)).append(' ');
    }
    String s = joined.toString();
    if (!isAscii(s)) {
      s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
    s = s.toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        w.append(c);
      } else if (c == '-' || c == '.' || c == '\'' || c == '’' || c == '‐' || c == '‑') {
        // joined: "covid-19" -> "covid19", "u.s." -> "us"
        continue;
      } else if (w.length() > 0) {
        out.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      out.add(w.toString());
    }
    return out;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        return false;
      }
    }
    return true;
  }

  /** The folded name as one key: words joined by single spaces. */
  public static String fold(String name) {
    return String.join(" ", foldedWords(name));
  }

  /** A URL-safe slug of the folded name: "José Ruiz López" -> "jose-ruiz-lopez". */
  public static String slug(String name) {
    String s = String.join("-", foldedWords(name));
    return s.isEmpty() ? "x" : s;
  }

  /**
   * Removes a leading capitalized article that a mention may include ("The New York Times" -> "New
   * York Times"), so names and keys do not depend on it.
   */
  public static String stripLeadingArticle(String s) {
    return s.startsWith("The ") && s.length() > 4 ? s.substring(4) : s;
  }

  /** Removes a trailing possessive: "Merkel’s" -> "Merkel", "Jones'" -> "Jones". */
  public static String stripPossessive(String s) {
    if (s.length() > 2 && (s.endsWith("'s") || s.endsWith("’s") || s.endsWith("'S") || s.endsWith("’S"))) {
      return s.substring(0, s.length() - 2);
    }
    if (s.length() > 2 && (s.endsWith("s'") || s.endsWith("s’"))) {
      return s.substring(0, s.length() - 1);
    }
    return s;
  }

  /** Length of a possessive ending of {@code s} (0, 1 or 2 characters). */
  public static int possessiveLength(String s) {
    return s.length() - stripPossessive(s).length();
  }

  /** The initials of the capitalized words of a name ("Human Rights Watch" -> "HRW"). */
  public static String initials(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
        sb.appendCodePoint(w.codePointAt(0));
      }
    }
    return sb.toString();
  }

  /** True when {@code part} is a contiguous run of {@code whole}'s words ending at its end. */
  public static boolean isSuffix(List<String> part, List<String> whole) {
    if (part.isEmpty() || part.size() >= whole.size()) {
      return false;
    }
    return whole.subList(whole.size() - part.size(), whole.size()).equals(part);
  }
}
