package dev.parallax.internal.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into the small units the date grammar works on: letter runs, digit runs (with
 * internal separators and glued suffixes such as "18th", "1990s", "3pm"), and single punctuation
 * characters. Works in one left-to-right pass; every run longer than {@link #MAX_RUN} characters
 * becomes a {@link Kind#LONG} unit that no rule accepts, so candidate spans are length-capped
 * before anything is parsed.
 *
 * <p>Stateless and thread-safe.
 */
final class Lexer {

  /** Longest letter or digit run that can take part in a date. */
  static final int MAX_RUN = 24;

  enum Kind {
    /** Letters, possibly with dotted single letters ("a.m.") or glued digits ("Q3", "FY2008"). */
    WORD,
    /** Digits, possibly with internal separators ("2,019", "10:30"). */
    NUM,
    /** Digits with an ordinal suffix ("18th", "3rd"). */
    ORD,
    /** Digits glued to letters that make no date ("5G", "10k", "6bn"). */
    ALNUM,
    /** A single punctuation or symbol character. */
    PUNCT,
    /** An over-long run; never part of a date. */
    LONG
  }

  /**
   * One unit.
   *
   * @param kind what sort of unit
   * @param start offset of the first character in the article text
   * @param end offset after the last character
   * @param low lower-cased text; for NUM and ORD only the digits and separators
   * @param suffix glued letters after digits ("s", "am", "pm"), or "" (NUM only)
   * @param apostrophe true for a NUM written with a leading apostrophe ("'90s", "'82")
   * @param spaceBefore true when whitespace (or the start of the range) precedes the unit
   */
  record Unit(Kind kind, int start, int end, String low, String suffix, boolean apostrophe, boolean spaceBefore) {

    boolean is(String word) {
      return (kind == Kind.WORD || kind == Kind.PUNCT) && low.equals(word);
    }

    boolean isAny(String... words) {
      for (String w : words) {
        if (is(w)) {
          return true;
        }
      }
      return false;
    }

    /** A plain number: digits only, no separators, no suffix, no apostrophe. */
    boolean isPlainNumber() {
      return kind == Kind.NUM && suffix.isEmpty() && !apostrophe && allDigits(low);
    }

    /** Value of a plain number or ordinal, or -1. */
    int intValue() {
      if ((kind == Kind.NUM || kind == Kind.ORD) && allDigits(low) && low.length() <= 9) {
        return Integer.parseInt(low);
      }
      return -1;
    }

    boolean isDash() {
      return kind == Kind.PUNCT && (low.equals("-") || low.equals("\u2013") || low.equals("\u2014"));
    }
  }

  private Lexer() {}

  static boolean allDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean digit(String t, int i, int to) {
    return i < to && t.charAt(i) >= '0' && t.charAt(i) <= '9';
  }

  private static boolean letter(String t, int i, int to) {
    return i < to && Character.isLetter(t.charAt(i));
  }

  private static boolean apostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u2018';
  }

  /** Units of {@code text[from, to)}. Linear in {@code to - from}. */
  static List<Unit> lex(String text, int from, int to) {
    List<Unit> out = new ArrayList<>();
    int i = from;
    boolean space = true;
    while (i < to) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        i++;
        continue;
      }
      int j;
      if (Character.isLetter(c)) {
        j = i;
        while (letter(text, j, to)) {
          j++;
        }
        // dotted single letters: a.m., p.m., U.S.
        if (j - i == 1 && j < to && text.charAt(j) == '.' && letter(text, j + 1, to) && !letter(text, j + 2, to)) {
          int k = j;
          while (k + 1 < to && text.charAt(k) == '.' && letter(text, k + 1, to) && !letter(text, k + 2, to)) {
            k += 2;
          }
          if (k < to && text.charAt(k) == '.') {
            k++;
          }
          j = k;
        }
        boolean glued = false;
        if (j - i <= 3 && digit(text, j, to)) {
          while (digit(text, j, to)) {
            j++;
          }
          glued = true;
        }
        Kind kind = j - i > MAX_RUN ? Kind.LONG : Kind.WORD;
        if (glued) {
          while (letter(text, j, to) || digit(text, j, to)) {
            j++;
            kind = Kind.LONG; // "A380B", "MP3s": not a date token
          }
          if (j - i > MAX_RUN) {
            kind = Kind.LONG;
          }
        }
        out.add(new Unit(kind, i, j, text.substring(i, Math.min(j, i + MAX_RUN)).toLowerCase(Locale.ROOT), "", false, space));
      } else if (c >= '0' && c <= '9' || apostrophe(c) && digit(text, i + 1, to) && digit(text, i + 2, to)
          && !digit(text, i + 3, to)) {
        boolean apos = !(c >= '0' && c <= '9');
        int ds = apos ? i + 1 : i;
        j = ds;
        while (true) {
          while (digit(text, j, to)) {
            j++;
          }
          if (j + 1 < to && (text.charAt(j) == ',' || text.charAt(j) == '.' || text.charAt(j) == ':')
              && digit(text, j + 1, to) && !apos) {
            j++;
            continue;
          }
          break;
        }
        int de = j;
        while (letter(text, j, to)) {
          j++;
        }
        String suffix = text.substring(de, Math.min(j, de + MAX_RUN)).toLowerCase(Locale.ROOT);
        Kind kind;
        if (suffix.isEmpty() || suffix.equals("s") || suffix.equals("am") || suffix.equals("pm")) {
          kind = Kind.NUM;
        } else if (!apos && (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th"))) {
          kind = Kind.ORD;
          suffix = "";
        } else {
          kind = Kind.ALNUM;
        }
        if (digit(text, j, to) || de - ds > MAX_RUN || j - i > MAX_RUN) {
          // "3rd4": glued junk
          while (digit(text, j, to) || letter(text, j, to)) {
            j++;
          }
          kind = Kind.LONG;
        }
        String digits = text.substring(ds, Math.min(de, ds + MAX_RUN));
        out.add(new Unit(kind, i, j, digits, suffix, apos, space));
      } else {
        j = i + Character.charCount(text.codePointAt(i));
        if (j > to) {
          j = to;
        }
        out.add(new Unit(Kind.PUNCT, i, j, text.substring(i, j), "", false, space));
      }
      space = false;
      i = j;
    }
    return out;
  }
}
