package dev.parallax.report.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.owasp.encoder.Encode;

/** Context-aware escaping of untrusted text for the HTML report. Stateless and thread-safe. */
public final class Esc {
  private Esc() {}

  /**
   * Replaces control characters (other than newline and tab) and bidi controls with U+FFFD, one
   * character for one, so offsets into the text stay valid.
   */
  public static String neutralize(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad = (Character.isISOControl(c) && c != '\n' && c != '\t') || isBidi(c);
      if (bad) {
        if (sb == null) {
          sb = new StringBuilder(s);
        }
        sb.setCharAt(i, '\uFFFD');
      }
    }
    return sb == null ? s : sb.toString();
  }

  /**
   * Like {@link #neutralize} but for flat text outputs (CSV, Markdown): also keeps carriage
   * returns, which those writers quote or replace themselves.
   */
  public static String neutralizeForText(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad = (Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') || isBidi(c);
      if (bad) {
        if (sb == null) {
          sb = new StringBuilder(s);
        }
        sb.setCharAt(i, '\uFFFD');
      }
    }
    return sb == null ? s : sb.toString();
  }

  static boolean isBidi(char c) {
    return (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u061C';
  }

  /** Text for HTML element content (also inside inline SVG {@code <text>} and {@code <title>}). */
  public static String html(String s) {
    return Encode.forHtmlContent(neutralize(s));
  }

  /** Text for a quoted HTML or SVG attribute value. */
  public static String attr(String s) {
    return Encode.forHtmlAttribute(neutralize(s));
  }

  /**
   * A URL safe to put in an {@code href}: only absolute {@code http} and {@code https} URLs with a
   * host are accepted, returned attribute-encoded; anything else (javascript:, data:, relative,
   * entity-encoded schemes) is empty.
   */
  public static Optional<String> href(String url) {
    String u = url.strip();
    try {
      URI uri = new URI(u);
      String scheme = uri.getScheme();
      if (scheme == null || uri.getHost() == null) {
        return Optional.empty();
      }
      String sc = scheme.toLowerCase(Locale.ROOT);
      if (!sc.equals("http") && !sc.equals("https")) {
        return Optional.empty();
      }
      return Optional.of(Encode.forHtmlAttribute(uri.toASCIIString()));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
