package dev.parallax.internal.time;

import dev.parallax.article.Article;
import dev.parallax.text.AnnotatedText;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import dev.parallax.time.DateMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds dates, times, durations, intervals and recurrences in annotated text and normalizes them
 * to TIMEX3-style values against the article's publication date.
 *
 * <p>Each prose sentence (boilerplate is skipped) is cut into small units and scanned left to right
 * by a fixed grammar with bounded look-ahead, so the work is linear in the text length. Relative
 * expressions are resolved against {@link Article#published()}: weekday names and bare months
 * ("on Friday", "in May") refer to the most recent past one unless the clause's verb is future
 * ("will", "is set to", "next", "upcoming"), in which case they refer to the next one; a weekday
 * equal to the publication weekday is the publication day. Without a publication date relative
 * expressions keep an underspecified value ({@code XXXX-05}) and the anchor {@code "unresolved"}.
 * The full rules are in docs/dates.md.
 *
 * <p>Not thread-safe; use one per thread.
 */
public final class DateExtractor {

  /** Finds and normalizes every date expression in the article's prose sentences. */
  public List<DateMention> extract(Article article, AnnotatedText text) {
    String t = text.text();
    Resolver resolver = new Resolver(article.published());
    List<DateMention> out = new ArrayList<>();
    Expr lastDay = null;
    List<Sentence> sentences = text.sentences();
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      if (s.boilerplate()) {
        continue;
      }
      // pieces of one sentence cut by the pipeline are scanned together
      int last = si;
      while (last + 1 < sentences.size() && last - si < MAX_JOINED
          && falseEnd(t, sentences.get(last), sentences.get(last + 1))) {
        last++;
      }
      Sentence lastSentence = sentences.get(last);
      List<Token> tokens = text.tokens().subList(s.firstToken(), lastSentence.endToken());
      List<Lexer.Unit> units = Lexer.lex(t, s.start(), lastSentence.end());
      Grammar grammar = new Grammar(t, units, offset -> tagAt(tokens, offset));
      List<Grammar.Match> matches = new ArrayList<>();
      int i = 0;
      while (i < units.size()) {
        Grammar.Match m = grammar.match(i);
        if (m == null) {
          i++;
          continue;
        }
        matches.add(m);
        i = m.to();
      }
      // a clock time with no day of its own takes the day named elsewhere in its sentence
      Expr sentenceDay = null;
      for (Grammar.Match m : matches) {
        if (Grammar.isDay(m.expr()) && !(m.expr() instanceof Expr.SameDay)) {
          sentenceDay = m.expr();
          break;
        }
      }
      for (Grammar.Match m : matches) {
        Expr e = m.expr();
        if (sentenceDay != null && e instanceof Expr.Time time && time.day() == null) {
          e = new Expr.Time(sentenceDay, time.hour(), time.minute(), time.utc(), time.partOfDay());
        }
        boolean sameDay = e instanceof Expr.SameDay;
        if (sameDay) {
          e = lastDay != null ? lastDay : new Expr.Relative(Expr.Gran.DAY, 0);
        }
        int start = units.get(m.from()).start();
        int end = units.get(m.to() - 1).end();
        Tense tense = Tense.around(tokens, start, end);
        if (tense == Tense.PAST && e instanceof Expr.Day d && !d.year().given() && m.from() > 0
            && units.get(m.from() - 1).isAny("until", "till", "by", "through", "payable", "effective", "due",
                "record", "beginning", "starting")) {
          tense = Tense.PRESENT; // "adjourned until May 2", "payable May 12": the nearest one
        }
        Optional<Resolver.Resolved> r = resolver.resolve(e, tense);
        if (r.isEmpty()) {
          continue;
        }
        Resolver.Resolved x = r.get();
        if (!sameDay && Grammar.isDay(e) && x.start().isPresent() && x.start().equals(x.end())) {
          LocalDate d = x.start().get();
          lastDay = new Expr.Day(Expr.YearRef.abs(d.getYear()), d.getMonthValue(), d.getDayOfMonth());
        }
        int sentence = Math.max(s.index(), text.sentenceAt(start));
        out.add(new DateMention(article.id(), t.substring(start, end), x.value(), x.type(), start, end, sentence,
            x.anchor(), x.start(), x.end()));
      }
      si = last;
    }
    return List.copyOf(out);
  }

  private static final int MAX_JOINED = 8;
  private static final List<String> ABBREVIATIONS =
      List.of("jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "a.m.",
          "p.m.");

  /**
   * Whether the cut between two sentences is false: after "Feb." or "p.m." on the same line, or
   * at a hard line wrap (one line break, no closing punctuation, next line starts lower-case or
   * with a digit: "in June\n1988").
   */
  private static boolean falseEnd(String t, Sentence s, Sentence next) {
    if (next.boilerplate()) {
      return false;
    }
    int newlines = 0;
    for (int k = s.end(); k < next.start(); k++) {
      if (t.charAt(k) == '\n') {
        newlines++;
      }
    }
    if (newlines == 0) {
      return endsWithAbbreviation(t, s);
    }
    if (newlines > 1 || s.end() <= s.start() || next.start() >= t.length()) {
      return false;
    }
    char lastChar = t.charAt(s.end() - 1);
    char first = t.charAt(next.start());
    return (Character.isLetterOrDigit(lastChar) || lastChar == ',')
        && (Character.isLowerCase(first) || Character.isDigit(first));
  }

  /** Whether a sentence ends with a month abbreviation or "a.m."/"p.m." (a false sentence end). */
  private static boolean endsWithAbbreviation(String t, Sentence s) {
    for (String a : ABBREVIATIONS) {
      int from = s.end() - a.length();
      if (from >= s.start() && t.regionMatches(true, from, a, 0, a.length())
          && (from == s.start() || !Character.isLetter(t.charAt(from - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** UD tag of the token that starts at (or contains) {@code offset}; "" when none. */
  private static String tagAt(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Token k = tokens.get(mid);
      if (offset < k.start()) {
        hi = mid - 1;
      } else if (offset >= k.end()) {
        lo = mid + 1;
      } else {
        return k.tag();
      }
    }
    return "";
  }
}
