package dev.parallax.internal.nlp;

import java.util.List;
import java.util.regex.Pattern;

/**
 * General rules that mark lines and sentences that are not article prose: navigation and menus,
 * tables of contents, "read more" and related-article lists, image and source credits, share
 * prompts, promotional lines and trailing lists of unrelated headlines. Nothing here knows any
 * particular article or site.
 */
public final class Boilerplate {

  /** A line that opens a trailing list of links, headlines or sources. */
  private static final Pattern LIST_MARKER =
      Pattern.compile(
          "(?i)^\\W*(table of contents|contents|related( (sources|articles|stories|posts|coverage|links|reading|content))?"
              + "|read (more|next|also)|more (from|stories|news|on this|like this)|you (may|might) also like|recommended( for you| reading)?"
              + "|see also|further reading|trending( now)?|popular( now| stories)?|latest( news| stories)?|most read|top stories"
              + "|sources?|references|tags|topics|share this( article| story)?)\\s*:?\\W*$");

  /** A line or sentence that is a credit, share prompt, promotion or navigation. */
  private static final Pattern CREDIT_OR_PROMPT =
      Pattern.compile(
          "(?i)^\\W*(image|photo|picture|video|graphic|illustration)s?\\s*(source|credit|courtesy|by)?\\s*(from)?\\s*[:|]"
              + "|^\\W*(image|photo|picture)s?\\s+(source|credit)s?\\b"
              + "|^\\W*(source|credit|caption|photograph)s?\\s*:\\s*\\S+$"
              + "|^\\W*(share|tweet|email|print|pin)( this)?( (article|story|post))?( on| via| to)?\\b.{0,40}$"
              + "|^\\W*(follow us|like us|sign up|subscribe|join our newsletter|download (our|the) app|click here|tap here"
              + "|advertisement|sponsored( content)?|skip to (main )?content|back to top|cookie)\\b.{0,120}$"
              + "|^\\W*(join us as we|stay tuned|don'?t miss)\\b");

  private static final Pattern URL_ONLY = Pattern.compile("(?i)^\\W*(https?://|www\\.)\\S+\\W*$");
  private static final Pattern MENU = Pattern.compile("^([^|•·»>]{1,30}\\s*[|•·»>]\\s*){2,}[^|•·»>]{0,30}$");
  private static final Pattern BULLETS_ONLY = Pattern.compile("^\\s*([•·▪►\\-*]\\s*[^.!?]{0,40}\\s*){1,}$");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?\"”’)]\\s*$");

  private Boilerplate() {}

  /** Marks each line [start,end) as boilerplate or prose. */
  static boolean[] classifyLines(String text, List<int[]> lines) {
    boolean[] out = new boolean[lines.size()];
    boolean inTrailingList = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = text.substring(lines.get(i)[0], lines.get(i)[1]);
      boolean prose = looksLikeProse(line);
      if (inTrailingList && prose && line.length() > 200) {
        inTrailingList = false; // the article resumed
      }
      if (line.length() < 60 && LIST_MARKER.matcher(line).matches()) {
        out[i] = true;
        // only lists after the first line open a trailing block
        inTrailingList = i > 0;
        continue;
      }
      if (inTrailingList) {
        out[i] = true;
        continue;
      }
      out[i] = isBoilerplateLine(line);
    }
    return out;
  }

  static boolean isBoilerplateLine(String line) {
    String l = line.strip();
    if (l.length() > 400) {
      return false; // menus, credits and bullets are short; never run the list patterns on long lines
    }
    return URL_ONLY.matcher(l).matches()
        || CREDIT_OR_PROMPT.matcher(l).find()
        || (MENU.matcher(l).matches() && !SENTENCE_END.matcher(l).find())
        || (BULLETS_ONLY.matcher(l).matches() && l.length() < 120 && countBullets(l) >= 1 && !SENTENCE_END.matcher(l).find());
  }

  /** True for a sentence that is a credit, prompt or promotion even inside a prose line. */
  static boolean isBoilerplateSentence(String sentence) {
    String l = sentence.strip();
    if (l.length() > 400) {
      return false;
    }
    return URL_ONLY.matcher(l).matches() || CREDIT_OR_PROMPT.matcher(l).find();
  }

  private static boolean looksLikeProse(String line) {
    return SENTENCE_END.matcher(line).find() && line.split("\\s+").length >= 8;
  }

  private static int countBullets(String l) {
    int n = 0;
    for (int i = 0; i < l.length(); i++) {
      char c = l.charAt(i);
      if (c == '•' || c == '·' || c == '▪' || c == '►') {
        n++;
      }
    }
    return n;
  }
}
