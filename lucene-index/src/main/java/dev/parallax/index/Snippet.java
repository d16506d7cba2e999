package dev.parallax.index;

import java.util.List;
import java.util.Objects;

/**
 * A passage of an article's text around what matched: {@code articleText.substring(start, end)}
 * equals {@code text}, and each match is a span of the article text inside it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the passage
 * @param start UTF-16 offset of the passage in the article text
 * @param end UTF-16 offset after the passage
 * @param matches the matched spans inside the passage, in text order
 */
public record Snippet(String text, int start, int end, List<Match> matches) {

  /**
   * One matched span, in article-text offsets.
   *
   * <p>Immutable and thread-safe.
   *
   * @param start UTF-16 offset of the first matched character
   * @param end UTF-16 offset after the last matched character
   */
  public record Match(int start, int end) {
    public Match {
      if (start < 0 || end < start) {
        throw new IllegalArgumentException("bad match span: " + start + ".." + end);
      }
    }
  }

  public Snippet {
    Objects.requireNonNull(text, "text");
    matches = List.copyOf(matches);
    if (start < 0 || end < start || end - start != text.length()) {
      throw new IllegalArgumentException("bad snippet span: " + start + ".." + end + " for " + text.length() + " chars");
    }
    for (Match m : matches) {
      if (m.start() < start || m.end() > end) {
        throw new IllegalArgumentException("match " + m + " outside snippet " + start + ".." + end);
      }
    }
  }

  /** The passage with each match wrapped in {@code open} and {@code close}. */
  public String highlighted(String open, String close) {
    StringBuilder sb = new StringBuilder(text.length() + matches.size() * (open.length() + close.length()));
    int at = start;
    for (Match m : matches) {
      if (m.start() < at) {
        continue; // overlapping match: already inside a marked span
      }
      sb.append(text, at - start, m.start() - start).append(open);
      sb.append(text, m.start() - start, m.end() - start).append(close);
      at = m.end();
    }
    sb.append(text, at - start, text.length());
    return sb.toString();
  }
}
