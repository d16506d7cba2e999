package dev.parallax.internal.time;

import dev.parallax.internal.time.Expr.Gran;
import dev.parallax.internal.time.Expr.Part;
import dev.parallax.internal.time.Expr.Rel;
import dev.parallax.internal.time.Expr.YearRef;
import dev.parallax.internal.time.Lexer.Kind;
import dev.parallax.internal.time.Lexer.Unit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A hand-written grammar of English date, time and duration expressions over the units of one
 * sentence. Every rule looks at most a few units ahead, so scanning a sentence is linear in its
 * length; no regular expression is involved.
 *
 * <p>Not thread-safe; use one per sentence.
 */
final class Grammar {

  /** A matched expression: units {@code [from, to)}. */
  record Match(int from, int to, Expr expr) {}

  private record P(int end, Expr expr) {}

  private record Amount(int end, double value, boolean vague, boolean article) {}

  private record YearP(int end, YearRef year) {}

  static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
          Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
          Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11),
          Map.entry("december", 12));
  static final Map<String, Integer> MONTH_ABBR =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
          Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
          Map.entry("nov", 11), Map.entry("dec", 12));
  /** Month names that are also common words or first names; alone they need a preposition. */
  private static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march", "june", "april", "august");

  static final Map<String, Integer> WEEKDAYS =
      Map.of("monday", 1, "tuesday", 2, "wednesday", 3, "thursday", 4, "friday", 5, "saturday", 6, "sunday", 7);

  private static final Map<String, Integer> NUMBER_WORDS =
      Map.ofEntries(
          Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
          Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
          Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
          Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
          Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
          Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
          Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
          Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("single", 1));

  private static final Map<String, Integer> ORDINAL_WORDS =
      Map.ofEntries(
          Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
          Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
          Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12),
          Map.entry("thirteenth", 13), Map.entry("fourteenth", 14), Map.entry("fifteenth", 15),
          Map.entry("sixteenth", 16), Map.entry("seventeenth", 17), Map.entry("eighteenth", 18),
          Map.entry("nineteenth", 19), Map.entry("twentieth", 20), Map.entry("thirtieth", 30));

  private static final Map<String, Integer> DECADE_WORDS =
      Map.of("twenties", 1920, "thirties", 1930, "forties", 1940, "fifties", 1950, "sixties", 1960, "seventies",
          1970, "eighties", 1980, "nineties", 1990);

  private static final Map<String, Integer> TENS =
      Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80,
          "ninety", 90);

  /** Duration units: TIMEX3 letter, whether it belongs after the T, and how many of it make one. */
  private record DUnit(String letter, boolean time, int factor, Gran gran) {}

  private static final Map<String, DUnit> UNITS =
      Map.ofEntries(
          Map.entry("second", new DUnit("S", true, 1, null)), Map.entry("seconds", new DUnit("S", true, 1, null)),
          Map.entry("minute", new DUnit("M", true, 1, null)), Map.entry("minutes", new DUnit("M", true, 1, null)),
          Map.entry("hour", new DUnit("H", true, 1, null)), Map.entry("hours", new DUnit("H", true, 1, null)),
          Map.entry("day", new DUnit("D", false, 1, Gran.DAY)), Map.entry("days", new DUnit("D", false, 1, Gran.DAY)),
          Map.entry("week", new DUnit("W", false, 1, Gran.WEEK)),
          Map.entry("weeks", new DUnit("W", false, 1, Gran.WEEK)),
          Map.entry("fortnight", new DUnit("W", false, 2, Gran.WEEK)),
          Map.entry("month", new DUnit("M", false, 1, Gran.MONTH)),
          Map.entry("months", new DUnit("M", false, 1, Gran.MONTH)),
          Map.entry("quarter", new DUnit("Q", false, 1, Gran.QUARTER)),
          Map.entry("quarters", new DUnit("Q", false, 1, Gran.QUARTER)),
          Map.entry("year", new DUnit("Y", false, 1, Gran.YEAR)),
          Map.entry("years", new DUnit("Y", false, 1, Gran.YEAR)),
          Map.entry("decade", new DUnit("Y", false, 10, Gran.YEAR)),
          Map.entry("decades", new DUnit("Y", false, 10, Gran.YEAR)),
          Map.entry("century", new DUnit("Y", false, 100, Gran.YEAR)),
          Map.entry("centuries", new DUnit("Y", false, 100, Gran.YEAR)));

  private static final Map<String, String> SEASONS =
      Map.of("spring", "SP", "summer", "SU", "autumn", "FA", "fall", "FA", "winter", "WI");

  private static final Map<String, String> DAY_PARTS =
      Map.of("morning", "TMO", "afternoon", "TAF", "evening", "TEV", "night", "TNI");

  private static final Map<String, String> RECURRENCE_ADJ =
      Map.of("annual", "P1Y", "annually", "P1Y", "yearly", "P1Y", "monthly", "P1M", "weekly", "P1W",
          "daily", "P1D", "quarterly", "P3M");

  /** Prepositions and modifiers that make an ambiguous month name ("May", "March") a month. */
  private static final Set<String> MONTH_CONTEXT =
      Set.of("in", "since", "until", "till", "by", "from", "through", "during", "before", "after", "of", "early",
          "late", "mid", "last", "next", "this", "each", "every", "between", "to", "and", "or", "-", "\u2013",
          "throughout", "on", "into", "for");

  /** Words after a bare four-digit number that make it a count, not a year. */
  private static final Set<String> COUNT_WORDS =
      Set.of("%", "percent", "per", "pct", "people", "persons", "km", "kg", "miles", "mile", "feet", "foot", "metres",
          "meters", "tons", "tonnes", "points", "votes", "units", "dollars", "euros", "pounds", "yen", "barrels",
          "shares", "m", "mm", "cm", "kilometres", "kilometers", "acres", "hectares", "cases", "deaths", "jobs",
          "troops", "soldiers", "workers", "employees", "members", "children", "students", "residents",
          "families", "homes", "houses", "calories", "times", "items", "copies", "vehicles", "cars", "seats");

  /** Words before a bare four-digit number that make it an identifier or amount, not a year. */
  private static final Set<String> ID_WORDS =
      Set.of("no", "no.", "number", "flight", "route", "room", "page", "pages", "chapter", "section", "article",
          "model", "version", "#", "highway", "interstate", "bus", "code", "pin", "box", "$", "\u20ac", "\u00a3",
          "\u00a5", "us$", "usd", "eur", "gbp", "rs", "lines", "line", "item", "unit", "suite", "apartment",
          "platform", "gate", "exit", "bill", "resolution", "tier", "level", "rule");

  /** Plural nouns after which a four-digit number is still a year: "2019 elections". */
  private static final Set<String> EVENT_NOUNS =
      Set.of("elections", "polls", "olympics", "games", "championships", "protests", "floods", "riots", "talks",
          "accords", "negotiations", "results", "earnings", "rankings", "budgets", "accounts", "reforms", "attacks",
          "bombings", "killings", "wildfires", "fires", "storms", "hurricanes", "earthquakes", "celebrations",
          "commemorations", "hearings", "midterms", "primaries", "sanctions", "regulations", "rules", "laws");

  private static final Set<String> DETERMINERS =
      Set.of("the", "its", "his", "her", "their", "our", "this", "that", "a", "an", "s", "my", "your");

  private final String text;
  private final List<Unit> u;
  private final IntFunction<String> tagAt;
  private final int n;
  private static final Unit NONE = new Unit(Kind.PUNCT, 0, 0, "", "", false, true);

  /**
   * @param text the article text
   * @param units the units of one sentence
   * @param tagAt UD tag of the token starting at a character offset, or "" when unknown
   */
  Grammar(String text, List<Unit> units, IntFunction<String> tagAt) {
    this.text = text;
    this.u = units;
    this.tagAt = tagAt;
    this.n = units.size();
  }

  private Unit u(int i) {
    return i >= 0 && i < n ? u.get(i) : NONE;
  }

  private boolean w(int i, String word) {
    return u(i).is(word);
  }

  private boolean capitalized(int i) {
    Unit x = u(i);
    return x.kind() == Kind.WORD && Character.isUpperCase(text.charAt(x.start()));
  }

  /** The expression starting at unit {@code i}, or null. */
  Match match(int i) {
    P iv = interval(i);
    if (iv != null) {
      return new Match(i, iv.end, iv.expr);
    }
    P best = null;
    best = longer(best, clock(i));
    best = longer(best, point(i));
    best = longer(best, duration(i));
    if (best == null) {
      return null;
    }
    best = withTime(best);
    return new Match(i, best.end, best.expr);
  }

  private static P longer(P a, P b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return b.end > a.end ? b : a;
  }

  // ---------------------------------------------------------------- intervals

  private P interval(int i) {
    if (w(i, "since")) {
      P p = point(i + 1);
      if (p != null) {
        return new P(p.end, new Expr.Since(p.expr));
      }
      return null;
    }
    if (w(i, "between") || w(i, "from")) {
      P a = point(i + 1);
      if (a == null) {
        return null;
      }
      int j = a.end;
      boolean between = w(i, "between");
      if (!between && w(j, ",") && u(j + 1).isAny("to", "until", "through")) {
        j++; // "from March one, 1988, to September one, 1989"
      }
      if (between ? w(j, "and") : u(j).isAny("to", "until", "till", "through", "-", "\u2013", "thru")) {
        P b = point(j + 1);
        if (b != null) {
          return new P(b.end, new Expr.Between(a.expr, b.expr));
        }
      }
      return null;
    }
    // April-September
    int m1 = monthAt(i);
    if (m1 > 0 && u(i + 1).isDash() && !u(i + 1).spaceBefore() && !u(i + 2).spaceBefore() && monthAt(i + 2) > 0) {
      P b = monthFirst(i + 2);
      if (b != null && b.expr instanceof Expr.Month) {
        return new P(b.end, new Expr.Between(new Expr.Month(YearRef.NONE, m1, Rel.NONE), b.expr));
      }
    }
    // 2009-2011, 2018-19, 2009 to 2011, 1987/88
    if (yearNumber(i) > 0 && yearOk(i, true)) {
      int y1 = yearNumber(i);
      Unit d = u(i + 1);
      Unit y = u(i + 2);
      if (d.is("/") && !d.spaceBefore() && !y.spaceBefore() && y.isPlainNumber() && !u(i - 1).is("/")
          && !(u(i + 3).is("/") && !u(i + 3).spaceBefore())) {
        int y2 = y.low().length() == 2 ? (y1 / 100) * 100 + y.intValue() : y.low().length() == 4 ? y.intValue() : -1;
        if (y2 == y1 + 1) {
          return new P(i + 3, new Expr.Between(new Expr.Year(y1), new Expr.Year(y2))); // a split year: 1987/88
        }
      }
      boolean glued = d.isDash() && !d.spaceBefore() && !y.spaceBefore();
      if ((glued || d.is("to") || d.isDash()) && y.isPlainNumber() && !w(i - 1, "from") && !w(i - 1, "between")) {
        int y2 = -1;
        if (y.low().length() == 4) {
          y2 = y.intValue();
        } else if (y.low().length() == 2 && glued) {
          y2 = (y1 / 100) * 100 + y.intValue();
        }
        if (y2 > y1 && y2 - y1 <= 50 && !COUNT_WORDS.contains(u(i + 3).low())) {
          return new P(i + 3, new Expr.Between(new Expr.Year(y1), new Expr.Year(y2)));
        }
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- points

  /** A date or period (not a duration). */
  private P point(int i) {
    P best = partial(i);
    best = longer(best, simple(i));
    return best;
  }

  private P partial(int i) {
    Unit x = u(i);
    // early June, mid-2019, late 2006
    if (x.isAny("early", "mid", "late")) {
      Part part = x.is("early") ? Part.EARLY : x.is("mid") ? Part.MID : Part.LATE;
      int j = i + 1;
      if (u(j).isDash() && !u(j).spaceBefore()) {
        j++;
      } else if (x.is("mid")) {
        return null;
      }
      P in = simple(j);
      if (in != null && partable(in.expr)) {
        return new P(in.end, new Expr.Partial(in.expr, part));
      }
      return null;
    }
    // the end of last year, the beginning of the year, end-2019
    int j = i;
    if (w(j, "the")) {
      j++;
    }
    if (u(j).isAny("end", "beginning", "start", "middle") && w(j + 1, "of")) {
      Part part = u(j).is("end") ? Part.LATE : u(j).is("middle") ? Part.MID : Part.EARLY;
      int k = j + 2;
      if (w(k, "the") && u(k + 1).isAny("year", "month", "week")) {
        return new P(k + 2, new Expr.Partial(new Expr.Relative(gran(u(k + 1).low()), 0), part));
      }
      P in = simple(k);
      if (in != null && partable(in.expr)) {
        return new P(in.end, new Expr.Partial(in.expr, part));
      }
      return null;
    }
    // earlier this year, later this month, earlier today
    if (x.isAny("earlier", "later")) {
      Part part = x.is("earlier") ? Part.EARLIER : Part.LATER;
      if (u(i + 1).isAny("today", "tonight")) {
        return new P(i + 2, new Expr.Relative(Gran.DAY, 0));
      }
      if (w(i + 1, "this") && u(i + 2).isAny("week", "month", "year")) {
        return new P(i + 3, new Expr.Partial(new Expr.Relative(gran(u(i + 2).low()), 0), part));
      }
    }
    return null;
  }

  private static boolean partable(Expr e) {
    return e instanceof Expr.Month || e instanceof Expr.Year || e instanceof Expr.Decade
        || e instanceof Expr.Century || e instanceof Expr.Relative r && r.gran() != Gran.DAY
        || e instanceof Expr.Quarter || e instanceof Expr.Season;
  }

  private static Gran gran(String unit) {
    switch (unit) {
      case "week":
        return Gran.WEEK;
      case "month":
        return Gran.MONTH;
      case "quarter":
        return Gran.QUARTER;
      case "day":
        return Gran.DAY;
      default:
        return Gran.YEAR;
    }
  }

  private P simple(int i) {
    Unit x = u(i);
    if (x.kind() == Kind.PUNCT && !x.apostrophe() || x.kind() == Kind.LONG || x.kind() == Kind.ALNUM) {
      return null;
    }
    P best = null;
    best = longer(best, deictic(i));
    best = longer(best, relative(i));
    best = longer(best, withThe(i));
    best = longer(best, weekday(i));
    best = longer(best, monthFirst(i));
    best = longer(best, dayFirst(i));
    best = longer(best, year(i));
    best = longer(best, isoDate(i));
    best = longer(best, decade(i));
    best = longer(best, century(i));
    best = longer(best, quarter(i));
    best = longer(best, half(i));
    best = longer(best, season(i));
    best = longer(best, fiscal(i));
    return best;
  }

  private P deictic(int i) {
    Unit x = u(i);
    if (x.isAny("late", "early", "later", "earlier") && w(i + 1, "in") && w(i + 2, "the") && w(i + 3, "day")) {
      return new P(i + 4, new Expr.SameDay());
    }
    if (x.is("the") && w(i + 1, "day") && (u(i - 1).isAny("for", "end", "ended", "ending", "ends", "finish",
        "finished", "finishing", "close", "closed", "closing") || w(i - 1, "of") && u(i - 2).isAny("start", "end"))) {
      return new P(i + 2, new Expr.SameDay()); // "ended the day", "for the day" in market reports
    }
    int off;
    if (x.is("today")) {
      off = 0;
    } else if (x.is("yesterday")) {
      off = -1;
    } else if (x.is("tomorrow")) {
      off = 1;
    } else if (x.is("tonight")) {
      return new P(i + 1, new Expr.Time(new Expr.Relative(Gran.DAY, 0), 0, 0, false, "TNI"));
    } else {
      return null;
    }
    Expr day = new Expr.Relative(Gran.DAY, off);
    String part = DAY_PARTS.get(u(i + 1).low());
    if (part != null && u(i + 1).kind() == Kind.WORD) {
      return new P(i + 2, new Expr.Time(day, 0, 0, false, part));
    }
    return new P(i + 1, day);
  }

  private P relative(int i) {
    Unit x = u(i);
    if (x.isAny("previous", "preceding") && w(i - 1, "the") && u(i + 1).isAny("year", "quarter")) {
      return new P(i + 2, new Expr.Relative(gran(u(i + 1).low()), -1));
    }
    if (!x.isAny("this", "last", "next", "past", "coming")) {
      return null;
    }
    int j = i + 1;
    Rel rel = x.is("this") ? Rel.THIS : x.is("last") ? Rel.LAST : Rel.NEXT;
    if (x.is("past") || x.is("coming")) {
      return null; // "the past week" is a duration
    }
    if (x.is("this") && w(j, "past")) {
      rel = Rel.LAST;
      j++;
    }
    Unit y = u(j);
    int off = rel == Rel.LAST ? -1 : rel == Rel.NEXT ? 1 : 0;
    if (y.isAny("week", "month", "year", "quarter")) {
      if (w(i - 1, "the") && rel == Rel.NEXT
          || w(i - 1, "the") && rel == Rel.LAST && (y.isAny("week", "month")
              || u(i - 2).isAny("over", "in", "within", "throughout"))) {
        return null; // "the last week", "over the last year": a duration
      }
      return new P(j + 1, new Expr.Relative(gran(y.low()), off));
    }
    if (y.is("weekend")) {
      return new P(j + 1, new Expr.Weekend(rel));
    }
    if (y.is("night") && rel == Rel.LAST) {
      return new P(j + 1, new Expr.Time(new Expr.Relative(Gran.DAY, -1), 0, 0, false, "TNI"));
    }
    if (rel == Rel.THIS && DAY_PARTS.containsKey(y.low())) {
      return new P(j + 1, new Expr.Time(new Expr.Relative(Gran.DAY, 0), 0, 0, false, DAY_PARTS.get(y.low())));
    }
    Integer dow = WEEKDAYS.get(y.low());
    if (dow != null && capitalized(j)) {
      return new P(j + 1, new Expr.Weekday(dow, rel));
    }
    Integer m = MONTHS.get(y.low());
    if (m != null && capitalized(j)) {
      return new P(j + 1, new Expr.Month(YearRef.NONE, m, rel));
    }
    String season = SEASONS.get(y.low());
    if (season != null) {
      return new P(j + 1, new Expr.Season(YearRef.NONE, season, rel));
    }
    return null;
  }

  private P withThe(int i) {
    if (!w(i, "the")) {
      return null;
    }
    if (w(i + 1, "weekend")) {
      return new P(i + 2, new Expr.Weekend(Rel.NONE));
    }
    if (w(i + 1, "year") && yearNumber(i + 2) > 0) {
      return new P(i + 3, new Expr.Year(yearNumber(i + 2)));
    }
    P in = null;
    in = longer(in, decade(i + 1));
    in = longer(in, century(i + 1));
    in = longer(in, quarter(i + 1));
    in = longer(in, half(i + 1));
    P s = season(i + 1);
    if (s != null && s.end > i + 2) {
      in = longer(in, s);
    }
    return in;
  }

  private P weekday(int i) {
    Integer dow = WEEKDAYS.get(u(i).low());
    if (dow == null || !capitalized(i)
        || u(i - 1).isAny("black", "cyber", "super", "good", "bloody", "ash", "holy", "palm", "blue", "easter")
        && capitalized(i - 1)) {
      return null; // named days ("Black Monday", "Good Friday") are not this week's weekdays
    }
    int j = i + 1;
    if (w(j, ",")) {
      j++;
    }
    P date = longer(monthFirst(j), dayFirst(j));
    if (date != null && date.expr instanceof Expr.Day) {
      return new P(date.end, date.expr);
    }
    if (j == i + 1 && capitalized(j) && monthAt(j) == 0 && !DAY_PARTS.containsKey(u(j).low())) {
      return null; // a name: "The Sunday Times", "Monday Night Football"
    }
    String part = DAY_PARTS.get(u(i + 1).low());
    if (part != null) {
      return new P(i + 2, new Expr.Time(new Expr.Weekday(dow, Rel.NONE), 0, 0, false, part));
    }
    return new P(i + 1, new Expr.Weekday(dow, Rel.NONE));
  }

  private int monthAt(int i) {
    Unit x = u(i);
    if (x.kind() != Kind.WORD || !capitalized(i)) {
      return 0;
    }
    Integer m = MONTHS.get(x.low());
    if (m != null) {
      return m;
    }
    m = MONTH_ABBR.get(x.low());
    return m == null ? 0 : -m;
  }

  private int dayNumber(int i) {
    Unit x = u(i);
    if (x.kind() == Kind.WORD && monthAt(i - 1) != 0) {
      // Reuters style "March one, 1988": a number word right after a month, then a comma or year
      int v = NUMBER_WORDS.getOrDefault(x.low(), 0);
      int end = i + 1;
      if (TENS.containsKey(x.low()) && u(i + 1).isDash() && NUMBER_WORDS.getOrDefault(u(i + 2).low(), 10) < 10) {
        v += NUMBER_WORDS.get(u(i + 2).low());
        end = i + 3;
      }
      boolean closes = w(end, ",") || yearNumber(end) > 0;
      return end == i + 1 && v >= 1 && v <= 31 && closes && !x.is("single") ? v : 0;
    }
    if ((x.kind() == Kind.NUM && x.suffix().isEmpty() && !x.apostrophe() || x.kind() == Kind.ORD)
        && Lexer.allDigits(x.low()) && x.low().length() <= 2) {
      int d = x.intValue();
      return d >= 1 && d <= 31 ? d : 0;
    }
    return 0;
  }

  /** A four-digit year number at i (no glued suffix), or 0. */
  private int yearNumber(int i) {
    Unit x = u(i);
    if (x.isPlainNumber() && x.low().length() == 4) {
      int y = x.intValue();
      return y >= 1000 && y <= 2099 ? y : 0;
    }
    if (x.kind() == Kind.NUM && x.apostrophe() && x.suffix().isEmpty() && x.low().length() == 2) {
      int yy = x.intValue();
      return yy <= 30 ? 2000 + yy : 1900 + yy;
    }
    return 0;
  }

  private P monthFirst(int i) {
    int m = monthAt(i);
    if (m == 0) {
      return null;
    }
    boolean abbr = m < 0;
    m = Math.abs(m);
    int j = i + 1;
    if (abbr && w(j, ".") && !u(j).spaceBefore()) {
      j++;
    }
    int d = dayNumber(j);
    if (d > 0 && !(u(j + 1).is(":") || u(j + 1).is("%")) && !COUNT_WORDS.contains(u(j + 1).low())) {
      int k = j + 1;
      int kk = w(k, ",") ? k + 1 : k;
      int y = yearNumber(kk);
      if (y > 0 && !u(kk).apostrophe()) {
        return new P(kk + 1, new Expr.Day(YearRef.abs(y), m, d));
      }
      return new P(k, new Expr.Day(YearRef.NONE, m, d));
    }
    int k = j;
    if (w(k, "of") || w(k, ",")) {
      k++;
    }
    int y = yearNumber(k);
    if (y > 0) {
      return new P(k + 1, new Expr.Month(YearRef.abs(y), m, Rel.NONE));
    }
    if (w(j, "of")) {
      YearP yp = yearSpec(j);
      if (yp != null) {
        return new P(yp.end, new Expr.Month(yp.year, m, Rel.NONE));
      }
    }
    // a month name on its own
    if (abbr) {
      return null;
    }
    String tag = tagAt.apply(u(i).start());
    if (tag.equals("VERB") || tag.equals("AUX")) {
      return null;
    }
    String name = u(i).low();
    if (AMBIGUOUS_MONTHS.contains(name)) {
      Unit prev = u(i - 1);
      boolean context = MONTH_CONTEXT.contains(prev.low()) || u(i + 1).is("'s") || u(i + 1).is("\u2019");
      if (!context || tag.equals("NOUN") && !prev.isAny("in", "since", "until", "by", "of", "early", "late", "mid")) {
        return null;
      }
    }
    return new P(i + 1, new Expr.Month(YearRef.NONE, m, Rel.NONE));
  }

  private P dayFirst(int i) {
    int d = dayNumber(i);
    if (d == 0) {
      return null;
    }
    int j = i + 1;
    if (w(j, "of")) {
      j++;
    }
    int m = monthAt(j);
    if (m == 0) {
      return null;
    }
    m = Math.abs(m);
    int k = j + 1;
    if (w(k, ".") && !u(k).spaceBefore()) {
      k++;
    }
    int kk = w(k, ",") ? k + 1 : k;
    int y = yearNumber(kk);
    if (y > 0 && !u(kk).apostrophe()) {
      return new P(kk + 1, new Expr.Day(YearRef.abs(y), m, d));
    }
    return new P(k, new Expr.Day(YearRef.NONE, m, d));
  }

  /** "of 2009", "of this year", "of last year", "2009". */
  private YearP yearSpec(int i) {
    int j = i;
    if (w(j, "of")) {
      j++;
    }
    int y = yearNumber(j);
    if (y > 0) {
      return new YearP(j + 1, YearRef.abs(y));
    }
    if (u(j).isAny("this", "last", "next") && w(j + 1, "year")) {
      return new YearP(j + 2, YearRef.rel(w(j, "this") ? 0 : w(j, "last") ? -1 : 1));
    }
    if (w(j, "the") && w(j + 1, "year") && j > i) {
      return new YearP(j + 2, YearRef.rel(0));
    }
    return null;
  }

  /** An ISO 8601 date written out: "2025-04-14". */
  private P isoDate(int i) {
    Unit x = u(i);
    if (!x.isPlainNumber() || x.low().length() != 4 || yearNumber(i) == 0) {
      return null;
    }
    Unit d1 = u(i + 1);
    Unit m = u(i + 2);
    Unit d2 = u(i + 3);
    Unit d = u(i + 4);
    if (d1.is("-") && d2.is("-") && !d1.spaceBefore() && !m.spaceBefore() && !d2.spaceBefore() && !d.spaceBefore()
        && m.isPlainNumber() && m.low().length() == 2 && d.isPlainNumber() && d.low().length() == 2
        && !(u(i + 5).isDash() && !u(i + 5).spaceBefore()) && !(u(i - 1).kind() == Kind.PUNCT && !x.spaceBefore()
            && u(i - 1).isAny("/", "-", "."))) {
      int month = m.intValue();
      int day = d.intValue();
      if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
        return new P(i + 5, new Expr.Day(YearRef.abs(yearNumber(i)), month, day));
      }
    }
    return null;
  }

  private P year(int i) {
    int y = yearNumber(i);
    if (y == 0 || !yearOk(i, false)) {
      return null;
    }
    return new P(i + 1, new Expr.Year(y));
  }

  /** Whether the number at i reads as a year in its context. */
  private boolean yearOk(int i, boolean rangeStart) {
    Unit x = u(i);
    if (x.apostrophe()) {
      return u(i - 1).isAny("in", "since", "of", "by", "from", "until", "before", "after", "the", "and", "to");
    }
    int y = x.intValue();
    Unit prev = u(i - 1);
    Unit next = u(i + 1);
    if (ID_WORDS.contains(prev.low())) {
      return false;
    }
    if (y < 1800 && !prev.isAny("in", "since", "of", "by", "from", "until", "before", "after", "circa", "around")
        && !next.isAny("ad", "bc", "bce", "ce")) {
      return false;
    }
    if (!x.spaceBefore() && prev.kind() == Kind.PUNCT) {
      boolean prefix = prev.isDash() && u(i - 2).isAny("mid", "pre", "post", "early", "late", "end");
      if (!prefix && !prev.isAny("(", "\"", "\u201c", "'", "\u2018", "[")) {
        return false;
      }
    }
    if (!next.spaceBefore() && next.kind() == Kind.PUNCT && !rangeStart) {
      if (next.isDash() || next.isAny("/", ":", ".") && u(i + 2).kind() == Kind.NUM && !u(i + 2).spaceBefore()) {
        return false;
      }
    }
    if (next.is("%") || COUNT_WORDS.contains(next.low())) {
      return false;
    }
    if (next.kind() == Kind.WORD && !DETERMINERS.contains(prev.low())) {
      String tag = tagAt.apply(next.start());
      String low = next.low();
      if (tag.equals("NOUN") && low.endsWith("s") && !low.endsWith("ss") && low.length() > 3
          && !EVENT_NOUNS.contains(low)) {
        return false; // "2019 people"
      }
    }
    return true;
  }

  private P decade(int i) {
    Unit x = u(i);
    Integer dw = DECADE_WORDS.get(x.low());
    if (dw != null && x.kind() == Kind.WORD && u(i - 1).isAny("the", "early", "mid", "late", "-")) {
      return new P(i + 1, new Expr.Decade(dw));
    }
    if (x.kind() != Kind.NUM || !x.suffix().equals("s") || !Lexer.allDigits(x.low())) {
      return null;
    }
    int v = x.intValue();
    if (x.low().length() == 4 && v % 10 == 0 && v >= 1000 && v <= 2090) {
      return new P(i + 1, new Expr.Decade(v));
    }
    if (x.low().length() == 2 && v % 10 == 0) {
      boolean ok = x.apostrophe()
          || u(i - 1).isAny("the", "early", "mid", "late", "and", "or", "-", "\u2013", "'", "\u2019");
      if (ok && !u(i - 1).isAny("their", "his", "her")) {
        return new P(i + 1, new Expr.Decade(1900 + v));
      }
    }
    return null;
  }

  /** An ordinal as digits ("19th") or words ("nineteenth", "twenty-first"); returns {value, end}. */
  private int[] ordinal(int i) {
    Unit x = u(i);
    if (x.kind() == Kind.ORD) {
      return new int[] {x.intValue(), i + 1};
    }
    Integer tens = TENS.get(x.low());
    if (tens != null && u(i + 1).isDash() && ORDINAL_WORDS.containsKey(u(i + 2).low())
        && ORDINAL_WORDS.get(u(i + 2).low()) < 10) {
      return new int[] {tens + ORDINAL_WORDS.get(u(i + 2).low()), i + 3};
    }
    Integer o = ORDINAL_WORDS.get(x.low());
    if (o != null) {
      return new int[] {o, i + 1};
    }
    return null;
  }

  private P century(int i) {
    int[] o = ordinal(i);
    if (o == null || o[0] < 1 || o[0] > 21) {
      return null;
    }
    int j = o[1];
    if (u(j).isDash()) {
      j++;
    }
    if (w(j, "century")) {
      return new P(j + 1, new Expr.Century(o[0]));
    }
    return null;
  }

  private P quarter(int i) {
    Unit x = u(i);
    if (x.kind() == Kind.WORD && x.low().length() == 2 && x.low().charAt(0) == 'q'
        && x.low().charAt(1) >= '1' && x.low().charAt(1) <= '4') {
      int q = x.low().charAt(1) - '0';
      YearP yp = yearSpec(i + 1);
      return yp != null ? new P(yp.end, new Expr.Quarter(yp.year, q)) : new P(i + 1, new Expr.Quarter(YearRef.NONE, q));
    }
    int q;
    int j;
    if (x.isAny("final", "last")) {
      q = 4;
      j = i + 1;
    } else {
      int[] o = ordinal(i);
      if (o == null || o[0] < 1 || o[0] > 4) {
        return null;
      }
      q = o[0];
      j = o[1];
    }
    if (u(j).isDash()) {
      j++;
    }
    if (!w(j, "quarter")) {
      return null;
    }
    YearP yp = yearSpec(j + 1);
    if (yp != null) {
      return new P(yp.end, new Expr.Quarter(yp.year, q));
    }
    if (x.isAny("final", "last")) {
      return null; // "the last quarter" is relative, handled elsewhere
    }
    return new P(j + 1, new Expr.Quarter(YearRef.NONE, q));
  }

  private P half(int i) {
    Unit x = u(i);
    if (x.kind() == Kind.WORD && (x.low().equals("h1") || x.low().equals("h2")) && yearNumber(i + 1) > 0) {
      return new P(i + 2, new Expr.Half(YearRef.abs(yearNumber(i + 1)), x.low().charAt(1) - '0'));
    }
    if (x.isAny("first", "second") && w(i + 1, "half")) {
      YearP yp = yearSpec(i + 2);
      if (yp != null) {
        return new P(yp.end, new Expr.Half(yp.year, x.is("first") ? 1 : 2));
      }
    }
    return null;
  }

  private P season(int i) {
    String code = SEASONS.get(u(i).low());
    if (code == null || u(i).kind() != Kind.WORD) {
      return null;
    }
    YearP yp = yearSpec(i + 1);
    if (yp != null) {
      return new P(yp.end, new Expr.Season(yp.year, code, Rel.NONE));
    }
    if (u(i).is("fall") || u(i).is("spring") && !u(i - 1).isAny("the", "in", "this", "last", "next", "since")) {
      return null;
    }
    return new P(i + 1, new Expr.Season(YearRef.NONE, code, Rel.NONE));
  }

  private P fiscal(int i) {
    Unit x = u(i);
    if ((x.is("fiscal") || x.is("fy")) && yearNumber(i + 1) > 0) {
      return new P(i + 2, new Expr.Fiscal(yearNumber(i + 1)));
    }
    if (x.kind() == Kind.WORD && x.low().startsWith("fy") && x.low().length() == 6
        && Lexer.allDigits(x.low().substring(2))) {
      return new P(i + 1, new Expr.Fiscal(Integer.parseInt(x.low().substring(2))));
    }
    return null;
  }

  // ---------------------------------------------------------------- clock times

  private P clock(int i) {
    Unit x = u(i);
    if (x.is("noon") || x.is("midday")) {
      return zone(i + 1, 12, 0);
    }
    if (x.is("midnight")) {
      return zone(i + 1, 0, 0);
    }
    if (x.kind() != Kind.NUM || x.apostrophe()) {
      return null;
    }
    String s = x.low();
    int h;
    int m = 0;
    int colon = s.indexOf(':');
    if (colon > 0) {
      String hs = s.substring(0, colon);
      String rest = s.substring(colon + 1);
      int colon2 = rest.indexOf(':');
      String ms = colon2 >= 0 ? rest.substring(0, colon2) : rest;
      if (hs.length() > 2 || ms.length() != 2 || !Lexer.allDigits(hs) || !Lexer.allDigits(ms)) {
        return null;
      }
      h = Integer.parseInt(hs);
      m = Integer.parseInt(ms);
      if (h > 24 || m > 59) {
        return null;
      }
    } else if (Lexer.allDigits(s) && s.length() <= 2) {
      h = Integer.parseInt(s);
      boolean ampm = x.suffix().equals("am") || x.suffix().equals("pm") || u(i + 1).isAny("a.m.", "p.m.");
      if (!ampm || h < 1 || h > 12) {
        return null;
      }
    } else if (Lexer.allDigits(s) && s.length() == 4 && x.suffix().isEmpty()
        && u(i + 1).isAny("utc", "gmt", "hrs", "hours") && s.charAt(0) <= '2') {
      h = Integer.parseInt(s.substring(0, 2));
      m = Integer.parseInt(s.substring(2));
      if (h > 23 || m > 59 || u(i + 1).is("hours") && s.charAt(0) != '0') {
        return null;
      }
    } else {
      return null;
    }
    int j = i + 1;
    boolean pm = x.suffix().equals("pm");
    boolean am = x.suffix().equals("am");
    if (u(j).isAny("a.m.", "p.m.") || u(j).isAny("am", "pm") && x.suffix().isEmpty() && h <= 12 && j < n
        && !capitalized(j)) {
      pm = u(j).low().startsWith("p");
      am = !pm;
      j++;
    }
    if (pm && h < 12) {
      h += 12;
    } else if (am && h == 12) {
      h = 0;
    }
    return zone(j, h, m);
  }

  private P zone(int j, int h, int m) {
    boolean utc = false;
    if (u(j).isAny("utc", "gmt", "z")) {
      utc = true;
      j++;
    } else if (u(j).isAny("hrs")) {
      j++;
    }
    return new P(j, new Expr.Time(null, h, m, utc, ""));
  }

  /** Joins a clock time with a neighbouring day: "16:00 UTC today", "Monday at 3 p.m.". */
  private P withTime(P p) {
    if (p.expr instanceof Expr.Time t && t.day() == null) {
      int j = p.end;
      if (u(j).isAny(",", "on")) {
        j++;
      }
      P day = dayPoint(j);
      if (day != null) {
        return new P(day.end, new Expr.Time(day.expr, t.hour(), t.minute(), t.utc(), ""));
      }
      return p;
    }
    if (isDay(p.expr)) {
      int j = p.end;
      if (u(j).isAny(",", "at")) {
        j++;
      }
      P c = clock(j);
      if (c != null) {
        Expr.Time t = (Expr.Time) c.expr;
        return new P(c.end, new Expr.Time(p.expr, t.hour(), t.minute(), t.utc(), ""));
      }
    }
    return p;
  }

  private P dayPoint(int i) {
    P p = longer(deictic(i), longer(weekday(i), longer(monthFirst(i), dayFirst(i))));
    return p != null && isDay(p.expr) ? p : null;
  }

  static boolean isDay(Expr e) {
    return e instanceof Expr.Day || e instanceof Expr.Weekday || e instanceof Expr.Relative r && r.gran() == Gran.DAY
        || e instanceof Expr.SameDay;
  }

  // ---------------------------------------------------------------- durations and sets

  private P duration(int i) {
    Unit x = u(i);
    String rec = RECURRENCE_ADJ.get(x.low());
    if (rec != null && x.kind() == Kind.WORD && !capitalized(i)) {
      return new P(i + 1, new Expr.Recurrence(rec));
    }
    if (x.isAny("each", "every")) {
      Unit y = u(i + 1);
      if (SEASONS.containsKey(y.low()) && y.kind() == Kind.WORD) {
        return new P(i + 2, new Expr.Recurrence("XXXX-" + SEASONS.get(y.low())));
      }
      if (WEEKDAYS.containsKey(y.low()) && capitalized(i + 1)) {
        return new P(i + 2, new Expr.Recurrence("XXXX-WXX-" + WEEKDAYS.get(y.low())));
      }
      if (MONTHS.containsKey(y.low()) && capitalized(i + 1)) {
        return new P(i + 2, new Expr.Recurrence(String.format("XXXX-%02d", MONTHS.get(y.low()))));
      }
    }
    if (x.isAny("each", "every", "per")) {
      DUnit du = UNITS.get(u(i + 1).low());
      if (du != null && !u(i + 1).low().endsWith("s")) {
        return new P(i + 2, new Expr.Recurrence(value(1, du)));
      }
      return null;
    }
    // the past two years, the next six months, the past decade
    int j = i;
    boolean the = false;
    if (w(j, "the")) {
      the = true;
      j++;
    }
    int dir = 0;
    if (u(j).isAny("past", "last", "previous", "next", "coming", "following")) {
      dir = u(j).isAny("past", "last") ? -1 : u(j).isAny("next", "coming") ? 1 : 0;
      j++;
      DUnit du = UNITS.get(u(j).low());
      if (du != null && the && !u(j).low().endsWith("s")) {
        if (u(j).is("quarter") || u(j).is("year") && u(j - 1).isAny("last", "previous")
            && !u(i - 1).isAny("over", "in", "within", "throughout")) {
          return null; // "the last quarter", "the previous year": dates
        }
        return new P(j + 1, new Expr.Duration(value(1, du), du.factor, du.gran, dir));
      }
      if (du != null && u(j).low().endsWith("s") && u(i).isAny("the", "past", "coming")) {
        return new P(j + 1, new Expr.Duration(value(Double.NaN, du), 0, du.gran, 0));
      }
    } else if (the) {
      return null;
    }
    if (x.isAny("recent", "several", "many") && UNITS.containsKey(u(i + 1).low()) && u(i + 1).low().endsWith("s")) {
      return new P(i + 2, new Expr.Duration(value(Double.NaN, UNITS.get(u(i + 1).low())), 0, null, 0));
    }
    if (j == i && UNITS.containsKey(x.low()) && x.low().endsWith("s") && x.kind() == Kind.WORD) {
      // "for years", "in years", "over the years", "decades-long"
      boolean ok = u(i - 1).isAny("for", "in") || w(i - 1, "the") && w(i - 2, "over")
          || u(i + 1).isDash() && w(i + 2, "long");
      if (ok) {
        int end = u(i + 1).isDash() && w(i + 2, "long") ? i + 3 : i + 1;
        DUnit du = UNITS.get(x.low());
        return new P(end, new Expr.Duration(value(Double.NaN, du), 0, null, 0));
      }
    }
    if (UNITS.containsKey(x.low()) && !x.low().endsWith("s") && u(i + 1).isDash() && w(i + 2, "long")) {
      return new P(i + 3, new Expr.Duration(value(1, UNITS.get(x.low())), 0, null, 0));
    }
    Amount a = amount(j);
    if (a == null) {
      return null;
    }
    int k = a.end;
    boolean hyphen = false;
    if (u(k).isDash() && !u(k).spaceBefore()) {
      hyphen = true;
      k++;
    }
    int adjectives = 0;
    while (adjectives < 2 && u(k).isAny("straight", "consecutive", "full", "whole", "trading", "more", "additional",
        "further", "successive", "working", "business", "calendar")) {
      k++;
      adjectives++;
    }
    DUnit du = UNITS.get(u(k).low());
    if (du == null || u(k).kind() != Kind.WORD) {
      return null;
    }
    if (a.article && k == a.end && u(k).isAny("second", "quarter")) {
      return null; // "a second time", "a quarter of its dealers"
    }
    boolean plural = u(k).low().endsWith("s") || u(k).is("centuries");
    if (hyphen && plural || u(k + 1).isDash() && u(k + 2).isAny("old", "olds")) {
      return null; // "45-year-old": an age
    }
    boolean adjectival = u(k + 1).kind() == Kind.WORD && a.value < 1000; // "a 20 year low", "four day rally"
    if (a.vague && !plural || !hyphen && !plural && a.value != 1 && !adjectival) {
      return null; // "1986 year", "several year"
    }
    if (w(k + 1, "ago") && !a.vague) {
      return new P(k + 2, ago(a.value, du));
    }
    if (a.article && !plural && (prevIsAmount(j - 1) || u(j - 1).isAny("times", "twice", "once"))) {
      return new P(k + 1, new Expr.Recurrence(value(1, du))); // "$5 million a year", "twice a day"
    }
    if (w(k + 1, "from") && w(k + 2, "now") && !a.vague) {
      return new P(k + 3, ago(-a.value, du));
    }
    double amount = a.value * du.factor;
    String v = value(a.vague ? Double.NaN : a.value, du);
    int amt = !a.vague && amount == Math.rint(amount) ? (int) amount : 0;
    return new P(k + 1, new Expr.Duration(v, amt, du.gran, amt > 0 ? dir : 0));
  }

  private boolean prevIsAmount(int i) {
    Unit p = u(i);
    return p.kind() == Kind.NUM || p.kind() == Kind.ALNUM || p.isAny("%", "percent", "million", "billion",
        "thousand", "hundred", "dollars", "euros", "pounds", "cents", "trillion", "bn", "m");
  }

  private static Expr ago(double amount, DUnit du) {
    int a = (int) Math.round(amount);
    if (du.gran == null || a != amount) {
      return new Expr.Relative(Gran.DAY, 0);
    }
    switch (du.gran) {
      case YEAR:
        return new Expr.Relative(Gran.YEAR, -a * du.factor);
      case QUARTER:
        return new Expr.Relative(Gran.QUARTER, -a);
      case MONTH:
        return new Expr.Relative(Gran.MONTH, -a);
      case WEEK:
        return new Expr.Relative(Gran.DAY, -7 * a * du.factor);
      default:
        return new Expr.Relative(Gran.DAY, -a);
    }
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  /** TIMEX3 duration value of {@code amount} (NaN for vague) units. */
  private static String value(double amount, DUnit du) {
    if (Double.isNaN(amount)) {
      return (du.time ? "PT" : "P") + "X" + du.letter;
    }
    return (du.time ? "PT" : "P") + fmt(amount * du.factor) + du.letter;
  }

  /** A number of units: "two", "a", "12", "twenty-five", "two and a half", "several", "a few". */
  private Amount amount(int i) {
    Unit x = u(i);
    double v;
    int j;
    boolean article = false;
    if (x.isAny("a", "an", "one", "single")) {
      if (w(i + 1, "few") || w(i + 1, "couple")) {
        int k = i + 2;
        if (w(k, "of")) {
          k++;
        }
        return w(i + 1, "few") ? new Amount(k, 0, true, false) : new Amount(k, 2, false, false);
      }
      if (w(i + 1, "dozen")) {
        return new Amount(i + 2, 12, false, false);
      }
      if (x.isAny("a", "an") && w(i + 1, "half")) {
        return null;
      }
      v = 1;
      j = i + 1;
      article = x.isAny("a", "an");
    } else if (x.isAny("several", "few", "many", "some", "multiple", "numerous")) {
      return new Amount(i + 1, 0, true, false);
    } else if (x.is("half") && u(i + 1).isAny("a", "an")) {
      return new Amount(i + 2, 0.5, false, false);
    } else if (x.kind() == Kind.NUM && x.suffix().isEmpty() && !x.apostrophe() && x.low().indexOf(':') < 0) {
      String s = x.low().replace(",", "");
      if (s.isEmpty() || s.length() > 7 || s.chars().filter(c -> c == '.').count() > 1) {
        return null;
      }
      v = Double.parseDouble(s);
      j = i + 1;
    } else if (NUMBER_WORDS.containsKey(x.low())) {
      v = NUMBER_WORDS.get(x.low());
      j = i + 1;
      if (TENS.containsKey(x.low()) && u(j).isDash() && NUMBER_WORDS.containsKey(u(j + 1).low())
          && NUMBER_WORDS.get(u(j + 1).low()) < 10) {
        v += NUMBER_WORDS.get(u(j + 1).low());
        j += 2;
      }
    } else {
      return null;
    }
    if (w(j, "and") && w(j + 1, "a") && w(j + 2, "half")) {
      v += 0.5;
      j += 3;
    }
    return new Amount(j, v, false, article);
  }
}
