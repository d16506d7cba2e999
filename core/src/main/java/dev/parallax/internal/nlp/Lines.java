package dev.parallax.internal.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into paragraphs, as [start, end) spans trimmed of surrounding whitespace.
 *
 * <p>Most web news puts one paragraph per line, so every line break ends a paragraph. Wire copy is
 * often hard-wrapped at a fixed width, with sentences running across line breaks and paragraphs
 * marked by indentation or blank lines. Such a text is recognized (most lines short, most not
 * ending a sentence) and its soft line breaks are kept inside the paragraph, so that sentences,
 * figures and names are not cut at the wrap.
 */
final class Lines {
  /** A line at most this long may be a wrapped line. */
  static final int WRAP_WIDTH = 100;

  private Lines() {}

  /** Paragraph spans of the text. */
  static List<int[]> of(String text) {
    List<int[]> raw = rawLines(text);
    if (!isHardWrapped(text, raw)) {
      List<int[]> out = new ArrayList<>(raw.size());
      for (int[] l : raw) {
        if (l[2] < l[3]) {
          out.add(new int[] {l[2], l[3]});
        }
      }
      return out;
    }
    List<int[]> out = new ArrayList<>();
    int width = typicalWidth(raw);
    int blockStart = -1;
    int blockEnd = -1;
    for (int[] l : raw) {
      boolean blank = l[2] >= l[3];
      boolean indented = !blank && l[2] > l[0];
      if (blank || indented) {
        if (blockStart >= 0) {
          out.add(new int[] {blockStart, blockEnd});
          blockStart = -1;
        }
        if (blank) {
          continue;
        }
      }
      if (blockStart < 0) {
        blockStart = l[2];
      }
      blockEnd = l[3];
      if (endsParagraph(text, l, width)) {
        out.add(new int[] {blockStart, blockEnd});
        blockStart = -1;
      }
    }
    if (blockStart >= 0) {
      out.add(new int[] {blockStart, blockEnd});
    }
    return out;
  }

  /**
   * Lines as {lineStart, lineEnd, trimmedStart, trimmedEnd}; blank lines have trimmedStart ==
   * trimmedEnd.
   */
  private static List<int[]> rawLines(String text) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : '\n';
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          // CRLF: the line ends here, the LF is skipped below
        }
        int s = start;
        int e = i;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
          s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        out.add(new int[] {start, i, s, e});
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    return out;
  }

  /**
   * A hard-wrapped text: nearly all non-blank lines short, and many lines ending mid-sentence with
   * the next line continuing in lower case.
   */
  static boolean isHardWrapped(String text, List<int[]> raw) {
    int lines = 0;
    int shortLines = 0;
    int continued = 0;
    int[] prev = null;
    for (int[] l : raw) {
      if (l[2] >= l[3]) {
        prev = null;
        continue;
      }
      lines++;
      if (l[3] - l[0] <= WRAP_WIDTH) {
        shortLines++;
      }
      if (prev != null && !endsSentence(text, prev)) {
        char first = text.charAt(l[2]);
        if (Character.isLowerCase(first) || Character.isDigit(first) || first == '(' || first == ',') {
          continued++;
        }
      }
      prev = l;
    }
    return lines >= 4 && shortLines * 10 >= lines * 9 && continued >= Math.max(2, lines / 5);
  }

  private static boolean endsSentence(String text, int[] l) {
    return ".!?\"”’:;)".indexOf(text.charAt(l[3] - 1)) >= 0;
  }

  /** In wrapped text: a headline, a dateline, or a clearly short last line of a paragraph. */
  private static boolean endsParagraph(String text, int[] l, int width) {
    String line = text.substring(l[2], l[3]);
    if (line.endsWith(" -") || line.endsWith("--") || line.endsWith(":")) {
      return true;
    }
    boolean hasLetter = false;
    boolean allCaps = true;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        hasLetter = true;
        if (Character.isLowerCase(c)) {
          allCaps = false;
          break;
        }
      }
    }
    if (hasLetter && allCaps) {
      return true;
    }
    return endsSentence(text, l) && (l[3] - l[0]) * 10 < width * 7;
  }

  private static int typicalWidth(List<int[]> raw) {
    int max = 0;
    for (int[] l : raw) {
      if (l[2] < l[3]) {
        max = Math.max(max, l[3] - l[0]);
      }
    }
    return max;
  }
}
