package dev.parallax.internal.nlp;

import java.util.ArrayList;
import java.util.List;

/** Splits text into non-blank lines at LF, CRLF or CR, as [start, end) spans without the breaks. */
final class Lines {
  private Lines() {}

  static List<int[]> of(String text) {
    List<int[]> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : '\n';
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        int s = start;
        int e = i;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
          s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
          e--;
        }
        if (s < e) {
          out.add(new int[] {s, e});
        }
        start = i + 1;
      }
    }
    return out;
  }
}
