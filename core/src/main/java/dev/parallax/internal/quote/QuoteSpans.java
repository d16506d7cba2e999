package dev.parallax.internal.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotation spans in one linear scan: curly double (“ ”), curly single (‘ ’), guillemets and
 * straight double or single quotes. A span never crosses a line break and is at most {@code max}
 * characters; an apostrophe inside a word ("don't", "Smith’s") is never a quotation mark. Stateless.
 */
final class QuoteSpans {
  private QuoteSpans() {}

  /** Spans as {@code [indexOfOpeningMark, indexOfClosingMark]}, in text order, not nested. */
  static List<int[]> find(String text, int max) {
    List<int[]> out = new ArrayList<>();
    int open = -1;
    char closeWith = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        open = -1;
        continue;
      }
      if (open >= 0) {
        if (i - open > max) {
          open = -1; // unbalanced: forget the opening mark and look again from here
        } else if (c == closeWith && closes(text, i, c)) {
          if (i > open + 1) {
            out.add(new int[] {open, i});
          }
          open = -1;
          continue;
        } else {
          continue;
        }
      }
      switch (c) {
        case '“' -> {
          open = i;
          closeWith = '”';
        }
        case '‘' -> {
          open = i;
          closeWith = '’';
        }
        case '«' -> {
          open = i;
          closeWith = '»';
        }
        case '"', '\'' -> {
          if (opens(text, i)) {
            open = i;
            closeWith = c;
          }
        }
        default -> {}
      }
    }
    return out;
  }

  /** A straight mark opens a quote after a space, a bracket, a dash or the line start, before a letter. */
  private static boolean opens(String text, int i) {
    char prev = i == 0 ? ' ' : text.charAt(i - 1);
    boolean before = Character.isWhitespace(prev) || "([{—–-:".indexOf(prev) >= 0;
    boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
    return before && after;
  }

  /** A closing mark ends a quote unless it is an apostrophe inside a word. */
  private static boolean closes(String text, int i, char c) {
    if (c != '’' && c != '\'') {
      return true;
    }
    boolean letterAfter = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
    boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
    return !(letterAfter && letterBefore);
  }
}
