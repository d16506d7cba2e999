package dev.parallax.internal.figure;

import dev.parallax.article.Article;
import dev.parallax.entity.EntityMention;
import dev.parallax.figure.Figure;
import dev.parallax.figure.Figure.Change;
import dev.parallax.figure.Figure.Kind;
import dev.parallax.figure.Qualifier;
import dev.parallax.internal.nlp.Lemmas;
import dev.parallax.text.AnnotatedText;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds figures in annotated text: numbers read as intervals with their qualifier, unit, counted
 * noun, predicate, change direction, attribution and composition.
 *
 * <p>Interval conventions (see also {@link Lexicon#VAGUE_PLURAL}):
 *
 * <ul>
 *   <li>EXACT "450": [450, 450].
 *   <li>APPROXIMATE "about / around / roughly / approximately / some / an estimated 500": [450, 550]
 *       (±10%, closed); "nearly / almost / close to 100": [90, 100) (below the stated value).
 *   <li>MORE_THAN "more than / over / above / in excess of 200": (200, +∞); AT_LEAST "at least 200":
 *       [200, +∞).
 *   <li>LESS_THAN "fewer than / less than / under / below 50": [0, 50); AT_MOST "at most / up to / no
 *       more than / as many as 50": [0, 50].
 *   <li>RANGE "between 200 and 300", "200-300", "from 252 to 287": [200, 300], value = midpoint.
 *   <li>VAGUE, value = lower end: "a few" [2, 5]; "several" [3, 10); "dozens" [24, 100); "hundreds"
 *       [200, 1,000); "thousands" [2,000, 1,000,000); "tens of thousands" [20,000, 100,000);
 *       "hundreds of thousands" [200,000, 1,000,000); "millions" [2e6, 1e9); "tens/hundreds of
 *       millions" [2e7, 1e8) / [2e8, 1e9); "billions" [2e9, 1e12); "several hundred" [300, 1,000);
 *       "a few thousand" [2,000, 5,000].
 * </ul>
 *
 * <p>Not reported: years, day numbers next to a month, clock times, ages ("Smith, 45,", "aged 45",
 * "45-year-old"), durations ("three-year crackdown"), ordinals, phone and street numbers, sports
 * scores, model and product numbers ("Boeing 737", "F-150"), numbers inside URLs, and "one" used as
 * a pronoun or determiner. Coordinated counts ("40 nurses and 12 doctors") become one composite
 * figure whose parts are nested and not repeated at top level; a stated total right before its
 * parts ("52 staff: 40 nurses and 12 doctors") keeps its own value and gets the parts.
 *
 * <p>Not thread-safe; use one per thread.
 */
public final class FigureExtractor {

  /** Tokens longer than this are never parsed as numbers (caps regex work per token). */
  static final int MAX_TOKEN_CHARS = 40;

  private static final String NUM = "(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?|\\.\\d+";
  private static final String SYM = "(US\\$|C\\$|A\\$|AU\\$|HK\\$|NZ\\$|S\\$|R\\$|\\$|£|€|¥|₹)";
  private static final Pattern AFFIXED =
      Pattern.compile(SYM + "?(" + NUM + ")(bn|mn|mln|bln|m|k|b|%|gb|mb|tb|kb|km|kg|mm|cm|mw|kwh|ghz|mhz|mph)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern RANGE_TOKEN =
      Pattern.compile(SYM + "?(" + NUM + ")[-–](" + NUM + ")(bn|mn|mln|bln|m|k|%)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern MIXED = Pattern.compile("(\\d{1,3})-(\\d{1,2})/(\\d{1,3})");
  private static final Pattern FRACTION = Pattern.compile("(\\d{1,2})/(\\d{1,3})");
  private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}(?:\\.\\d+)?");
  private static final Pattern COMMA_GROUPS = Pattern.compile("(?:,\\d{3})+(?:\\.\\d+)?");
  private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+");
  private static final Pattern PHONE = Pattern.compile("\\(?\\d{3}\\)?[-. ]?\\d{3}[-.]\\d{4}|\\d{3}-\\d{4}");
  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "their", "its", "his", "her", "our", "these", "those", "them", "all", "your", "my");
  private static final Set<String> RANK_CUE =
      Set.of(
          "no.", "no", "#", "number", "room", "article", "section", "chapter", "page", "flight", "route",
          "highway", "resolution", "proposition", "interstate", "channel", "gate", "platform", "pier",
          "level", "grade", "size", "version", "episode", "season", "vol.", "volume", "item", "figure",
          "table", "appendix", "line", "lot", "unit", "apartment", "suite", "box", "district", "ward", "band",
          "terminal", "type", "phase", "stage", "round", "tier", "class", "category");
  private static final Set<String> STREET =
      Set.of("street", "st.", "st", "avenue", "ave.", "ave", "road", "rd.", "rd", "boulevard", "blvd.", "lane",
          "drive", "way", "place", "square", "plaza", "court");
  private static final String QUOTES = "\"'‘’“”«»";
  private static final Set<String> E_VERBS =
      Set.of("include", "praise", "increase", "decrease", "raise", "release", "close", "receive", "charge",
          "estimate", "seize", "force", "arrive", "rescue", "injure", "cause", "continue", "die", "use", "issue",
          "produce", "reduce", "purchase", "announce", "approve", "remove", "retire", "evacuate", "vote", "hire",
          "fire", "save", "leave", "become", "hope", "rise", "provide", "involve", "believe", "pledge", "acquire",
          "refinance", "decline", "double", "triple", "rate", "trade", "manage", "combine", "value", "owe");
  /** Last words of every qualifier phrase, checked before building phrases. */
  private static final Set<String> QUALIFIER_LAST =
      Set.of("than", "of", "least", "most", "to", "as", "estimated", "approximate", "over", "above", "exceeding",
          "under", "below", "about", "around", "roughly", "approximately", "approx.", "approx", "some", "circa",
          "~", "nearly", "almost", "exactly", "precisely", "exceed");
  /** Verbs after which "up to" says where something moved, not a bound ("went up to 64 pct"). */
  private static final Set<String> MOTION_VERB =
      Set.of("went", "go", "goes", "gone", "going", "moved", "move", "moves", "edged", "edge", "crept", "shot",
          "trading", "traded", "trade", "trades", "marked", "revised", "bid", "bidding");
  private static final Set<String> APPROXIMATORS =
      Set.of("about", "around", "roughly", "approximately", "nearly", "almost", "some", "over", "under");
  private static final Set<String> PRODUCT_NOUN =
      Set.of("program", "programme", "series", "model", "jet", "jetliner", "aircraft", "airliner", "engine", "chip",
          "processor", "version", "family", "platform", "index");
  private static final Set<String> ABBREVIATED_SCALE = Set.of("mln", "mn", "bln", "bn", "tn", "trn");
  private static final Set<String> WEEKDAY =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
          "tomorrow", "mon", "tue", "wed", "thu", "fri", "sat", "sun");
  private static final Set<String> NOT_EVENT_NOUN =
      Set.of("number", "total", "group", "rest", "most", "some", "one", "all", "each", "percent", "share",
          "majority", "minority", "half", "third", "quarter", "part", "none", "out", "average", "sum", "amount");

  /** Finds the figures of one article, ordered by start offset. */
  public List<Figure> extract(Article article, AnnotatedText text, List<EntityMention> entities) {
    List<Figure> out = new ArrayList<>();
    // mentions by sentence, once per article: linear however long the article is
    java.util.Map<Integer, List<EntityMention>> bySentence = new java.util.HashMap<>();
    for (EntityMention e : entities) {
      bySentence.computeIfAbsent(e.sentence(), k -> new ArrayList<>()).add(e);
    }
    for (Sentence s : text.sentences()) {
      if (s.boilerplate()) {
        continue;
      }
      out.addAll(new SentenceReader(article.id(), text, s, bySentence.getOrDefault(s.index(), List.of())).read());
    }
    return List.copyOf(out);
  }

  /** A number read from the tokens, before it becomes a Figure. */
  private static final class Num {
    int s;
    int e;
    double value;
    double lo;
    double hi;
    boolean loIn = true;
    boolean hiIn = true;
    double scale = 1;
    boolean scaled;
    boolean vague;
    boolean range;
    boolean fraction;
    boolean plainInteger;
    boolean rangeToken;
    boolean word;
    String literal = "";
    String currency = "";
    boolean percent;
    String measure = "";
    boolean moneyWord;

    boolean hasUnit() {
      return !currency.isEmpty() || percent || !measure.isEmpty();
    }
  }

  /** A figure being built: the Num plus what surrounds it. */
  private static final class Cand {
    Num n;
    int startTok;
    int endTok; // after the unit
    int countsEndTok; // after the counted noun phrase
    Qualifier qualifier = Qualifier.EXACT;
    boolean nearly;
    String counts = "";
    String countsLemma = "";
    boolean people;
    Change change = Change.NONE;
    Figure figure;
  }

  private static final class SentenceReader {
    final String article;
    final AnnotatedText at;
    final Sentence sentence;
    final List<Token> t;
    final String[] w;
    final int[] lead;
    final int n;
    final boolean[] inUrl;
    final List<EntityMention> mentions;
    final Matcher phone;
    final Matcher mixed;
    final Matcher fraction;
    final Matcher affixed = AFFIXED.matcher("");
    final Matcher rangeToken = RANGE_TOKEN.matcher("");
    final Matcher affixed2 = AFFIXED.matcher("");

    SentenceReader(String article, AnnotatedText at, Sentence sentence, List<EntityMention> entities) {
      this.article = article;
      this.at = at;
      this.sentence = sentence;
      this.t = at.tokensOf(sentence);
      this.n = t.size();
      this.w = new String[n];
      this.lead = new int[n];
      for (int i = 0; i < n; i++) {
        String x = Lexicon.lower(t.get(i).text());
        int a = 0;
        int b = x.length();
        while (a < b - 1 && QUOTES.indexOf(x.charAt(a)) >= 0) {
          a++;
        }
        while (b > a + 1 && QUOTES.indexOf(x.charAt(b - 1)) >= 0) {
          b--;
        }
        lead[i] = a;
        w[i] = x.substring(a, b);
      }
      this.inUrl = urlTokens();
      this.phone = PHONE.matcher(at.text());
      this.mixed = MIXED.matcher(at.text());
      this.fraction = FRACTION.matcher(at.text());
      List<EntityMention> m = new ArrayList<>();
      for (EntityMention e : entities) {
        if (e.start() >= sentence.start() && e.end() <= sentence.end()) {
          m.add(e);
        }
      }
      this.mentions = m;
    }

    List<Figure> read() {
      List<Cand> cands = new ArrayList<>();
      int i = 0;
      while (i < n) {
        Cand c = candidateAt(i);
        if (c == null) {
          i++;
          continue;
        }
        i = Math.max(i + 1, c.countsEndTok);
        if (c.figure != null) {
          cands.add(c);
        }
      }
      return compose(cands);
    }

    // ---------------------------------------------------------------- reading one figure

    private Cand candidateAt(int i) {
      if (inUrl[i]) {
        return null;
      }
      Num a = core(i);
      if (a == null) {
        return null;
      }
      if (a.literal.equals("\u0000")) {
        Cand skip = new Cand();
        skip.n = a;
        skip.countsEndTok = a.e;
        return skip;
      }
      int left = currencyBefore(a);
      int end = unitsAfter(a, a.e);
      // ranges: "between A and B", "from A to B", "A to B", "A-B", "A or B"
      String before = left > 0 ? w[left - 1] : "";
      boolean range = a.range;
      if (!range && end + 1 < n && !a.vague) {
        String link = w[end];
        boolean ok =
            (link.equals("and") && before.equals("between"))
                || (link.equals("to") && before.equals("from") && !changeVerbAt(left - 2))
                || ((link.equals("to") || link.equals("-") || link.equals("–") || link.equals("or"))
                    && !before.equals("from") && !a.hasUnit() && !changeVerbAt(left - 1));
        int bi = end + 1;
        if (ok && bi < n && Lexicon.CURRENCY_SYMBOL.containsKey(w[bi])) {
          bi++;
        }
        Num b = ok && bi < n ? core(bi) : null;
        if (b != null && !b.vague && !b.range) {
          int bEnd = unitsAfter(b, b.e);
          if (!a.scaled && b.scaled && a.value <= b.value / b.scale) {
            a.value *= b.scale;
          }
          boolean explicit = before.equals("between") || before.equals("from");
          if (b.value > a.value && (explicit || !yearLike(a))) {
            if (a.currency.isEmpty()) {
              a.currency = b.currency;
            }
            a.percent |= b.percent;
            if (a.measure.isEmpty()) {
              a.measure = b.measure;
            }
            a.lo = a.value;
            a.hi = b.value;
            a.range = true;
            a.e = b.e;
            end = bEnd;
            if (explicit) {
              left--;
            }
          }
        }
      }
      if (a.range) {
        a.value = (a.lo + a.hi) / 2;
      }
      Cand c = new Cand();
      c.n = a;
      c.startTok = left;
      c.endTok = end;
      c.countsEndTok = end;
      if (!a.range) {
        qualifier(c);
      } else {
        c.qualifier = Qualifier.RANGE;
      }
      if (notACount(c)) {
        return c; // consumed, no figure
      }
      counts(c);
      change(c);
      c.figure = toFigure(c);
      return c;
    }

    /** Parses the number itself at token i: digits with affixes and scales, or number words. */
    private Num core(int i) {
      String tt = t.get(i).text();
      if (tt.length() > MAX_TOKEN_CHARS || inUrl[i]) {
        return null;
      }
      tt = tt.substring(lead[i], lead[i] + w[i].length());
      if (tt.isEmpty()) {
        return null;
      }
      char c0 = tt.charAt(0);
      if (Character.isDigit(c0) || c0 == '.' || c0 == '$' || c0 == '£' || c0 == '€' || c0 == '¥'
          || c0 == '₹' || (tt.length() > 1 && tt.indexOf('$') > 0)) {
        return digits(i, tt);
      }
      return words(i);
    }

    private Num digits(int i, String tt) {
      Num a = new Num();
      a.s = i;
      a.e = i + 1;
      a.literal = tt;
      Matcher ph = phone;
      int ts = t.get(i).start();
      ph.region(ts, Math.min(sentence.end(), ts + 16));
      if (ph.lookingAt() && (ph.end() == sentence.end() || !Character.isDigit(at.text().charAt(ph.end())))) {
        while (a.e < n && t.get(a.e).start() < ph.end()) {
          a.e++;
        }
        return dropped(a);
      }
      String text = at.text();
      int limit = Math.min(sentence.end(), ts + 16);
      if (ts > sentence.start() && (text.charAt(ts - 1) == '/' || text.charAt(ts - 1) == '-'
          && ts - 1 > sentence.start() && Character.isDigit(text.charAt(ts - 2)))) {
        return dropped(a); // a denominator, or the tail of "1-2-3"
      }
      mixed.region(ts, limit);
      fraction.region(ts, limit);
      boolean mixedHit = mixed.lookingAt() && notDigitOrSlash(mixed.end());
      boolean fractionHit = !mixedHit && fraction.lookingAt() && notDigitOrSlash(fraction.end());
      if (mixedHit || fractionHit) {
        Matcher f = mixedHit ? mixed : fraction;
        double whole = mixedHit ? Double.parseDouble(f.group(1)) : 0;
        double num = Double.parseDouble(f.group(mixedHit ? 2 : 1));
        double den = Double.parseDouble(f.group(mixedHit ? 3 : 2));
        while (a.e < n && t.get(a.e).start() < f.end()) {
          a.e++;
        }
        if (num >= den || den == 0) {
          return dropped(a);
        }
        a.value = whole + num / den;
        a.literal = text.substring(ts, f.end());
        if (fractionHit) {
          String nx = a.e < n ? w[a.e] : "";
          if (!(nx.equals("pct") || nx.equals("percent") || nx.equals("%") || nx.startsWith("point"))) {
            return dropped(a); // "3/16" alone is more often a date
          }
        }
        return exact(a);
      }
      Matcher m = rangeToken.reset(tt);
      if (m.matches()) {
        if (PHONE.matcher(tt).matches()) {
          return dropped(a);
        }
        double x = parse(m.group(2));
        double y = parse(m.group(3));
        int after = t.get(i).start() + lead[i] + tt.length();
        boolean chained = after + 1 < sentence.end() && text.charAt(after) == '-' && Character.isDigit(text.charAt(after + 1));
        if (chained || x >= 1000 && x <= 2100 && y >= 1000 && y <= 2100) {
          while (a.e < n && chained && t.get(a.e).start() <= after + 1) {
            a.e++;
          }
          return dropped(a); // "1-2-3" or a span of years
        }
        double sc = scaleSuffix(m.group(4));
        a.currency = symbol(m.group(1));
        a.percent = "%".equals(m.group(4));
        a.rangeToken = true;
        if (y <= x || (x >= 1000 && x <= 2100 && y < 100)) { // score "3-1" or years "1986-87"
          a.literal = tt;
          a.value = x;
          a.lo = x;
          a.hi = x;
          a.plainInteger = false;
          a.range = false;
          a.fraction = false;
          return dropped(a);
        }
        a.lo = x * sc;
        a.hi = y * sc;
        a.range = true;
        a.scale = sc;
        a.scaled = sc != 1;
        a.value = (a.lo + a.hi) / 2;
        return scales(a);
      }
      // hyphen compounds, however the tokenizer cut them: "116-" "foot", "35.4" "-meter", "40-megabyte"
      String compound = null;
      int compoundEnd = -1;
      String body = tt;
      int dash = tt.indexOf('-');
      if (dash > 0 && dash == tt.length() - 1 && i + 1 < n && glued(i, i + 1)
          && Character.isLetter(t.get(i + 1).text().charAt(0))) {
        compound = w[i + 1];
        compoundEnd = i + 2;
        body = tt.substring(0, dash);
      } else if (dash > 0 && dash < tt.length() - 1 && Character.isLetter(tt.charAt(dash + 1))
          && Character.isDigit(tt.charAt(dash - 1))) {
        compound = Lexicon.lower(tt.substring(dash + 1));
        compoundEnd = i + 1;
        body = tt.substring(0, dash);
      } else if (i + 1 < n && glued(i, i + 1) && w[i + 1].length() > 1 && w[i + 1].charAt(0) == '-'
          && Character.isLetter(w[i + 1].charAt(1))) {
        compound = w[i + 1].substring(1);
        compoundEnd = i + 2;
      } else if (i + 2 < n && w[i + 1].equals("-") && glued(i, i + 1) && glued(i + 1, i + 2)
          && Character.isLetter(w[i + 2].charAt(0))) {
        compound = w[i + 2];
        compoundEnd = i + 3;
      }
      String compoundUnit = null;
      if (compound != null) {
        int d2 = compound.indexOf('-');
        String head = d2 < 0 ? compound : compound.substring(0, d2);
        if (Lexicon.TIME_UNIT.contains(head) || head.length() == 1) {
          a.e = Math.max(a.e, compoundEnd);
          return dropped(a); // "three-year", "29-year-old", "21-day-cycle", "13-D"
        }
        if (d2 < 0 && (Lexicon.MEASURE.containsKey(head) || Lexicon.CURRENCY_WORD.containsKey(head))) {
          compoundUnit = head;
        }
      }
      m = affixed.reset(compoundUnit != null || dash == tt.length() - 1 ? body : tt);
      if (!m.matches()) {
        return null;
      }
      if (compoundUnit != null) {
        a.value = parse(m.group(2));
        a.plainInteger = false;
        a.currency = symbol(m.group(1));
        String code = Lexicon.CURRENCY_WORD.get(compoundUnit);
        if (code != null) {
          a.currency = code;
          if (compoundUnit.startsWith("cent")) {
            a.value /= 100;
          }
        } else {
          a.measure = Lexicon.MEASURE.get(compoundUnit);
        }
        a.e = compoundEnd;
        return exact(a);
      }
      a.currency = symbol(m.group(1));
      String suffix = m.group(3) == null ? "" : Lexicon.lower(m.group(3));
      a.percent = suffix.equals("%");
      double sc = scaleSuffix(suffix);
      a.value = parse(m.group(2)) * sc;
      a.scale = sc;
      a.scaled = sc != 1;
      a.plainInteger = m.group(1) == null && suffix.isEmpty() && m.group(2).chars().allMatch(Character::isDigit);
      String unit = Lexicon.MEASURE.get(suffix);
      if (unit != null && sc == 1) {
        a.measure = unit;
      }
      // "26" "," "120" split by the tokenizer
      if (a.plainInteger && tt.length() <= 3) {
        StringBuilder digits = new StringBuilder(tt);
        while (digits.length() < 20) {
          if (a.e + 1 < n && glued(a.e - 1, a.e) && w[a.e].equals(",") && glued(a.e, a.e + 1)
              && THREE_DIGITS.matcher(w[a.e + 1]).matches()) {
            digits.append(w[a.e + 1]);
            a.e += 2;
          } else if (a.e < n && glued(a.e - 1, a.e) && w[a.e].length() > 1 && w[a.e].length() <= MAX_TOKEN_CHARS
              && COMMA_GROUPS.matcher(w[a.e]).matches()) {
            digits.append(w[a.e].replace(",", ""));
            a.e += 1;
          } else {
            break;
          }
        }
        if (a.e > i + 1) {
          a.value = parse(digits.toString());
          a.plainInteger = false;
          a.literal = digits.toString();
          return scales(a);
        }
      }
      // glued range split by the tokenizer: "200" "-" "300" or "200-" "300"
      int second = -1;
      if (i + 2 < n && glued(i, i + 1) && glued(i + 1, i + 2) && (w[i + 1].equals("-") || w[i + 1].equals("–"))) {
        second = i + 2;
      } else if (dash == tt.length() - 1 && i + 1 < n && glued(i, i + 1)) {
        second = i + 1;
      }
      if (second > 0) {
        Matcher m2 = affixed2.reset(t.get(second).text());
        if (t.get(second).text().length() <= MAX_TOKEN_CHARS && m2.matches() && m2.group(1) == null) {
          double y = parse(m2.group(2));
          if (y <= a.value || a.value >= 1000 && a.value <= 2100 && y < 100) {
            a.e = second + 1;
            return dropped(a); // a score or a season
          }
          a.lo = a.value;
          a.hi = y * sc;
          a.range = true;
          a.rangeToken = true;
          a.e = second + 1;
          return scales(a);
        }
      }
      return scales(a);
    }

    private boolean notDigitOrSlash(int k) {
      if (k >= sentence.end()) {
        return true;
      }
      char ch = at.text().charAt(k);
      return !Character.isDigit(ch) && ch != '/';
    }

    /** Marks a Num as consumed but not a figure. */
    private static Num dropped(Num a) {
      a.vague = false;
      a.literal = "\u0000";
      return a;
    }

    /** Scale words after the number: "6 million", "1.2 bln", "3m", "10k", "two dozen". */
    private Num scales(Num a) {
      int j = a.e;
      int k = 0;
      while (j < n && k < 2) {
        Double sc = Lexicon.SCALE.get(w[j]);
        if (sc == null && glued(j - 1, j)) {
          sc = Lexicon.GLUED_SCALE.get(w[j]);
        }
        if (sc == null || (w[j].equals("hundred") && a.scaled)) {
          break;
        }
        a.value *= sc;
        a.lo *= sc;
        a.hi *= sc;
        a.scale *= sc;
        a.scaled = true;
        a.plainInteger = false;
        j++;
        k++;
      }
      a.e = j;
      if (a.range) {
        a.value = (a.lo + a.hi) / 2;
      }
      return a;
    }

    /** Number words, fractions and vague quantities. */
    private Num words(int i) {
      String x = w[i];
      Num a = new Num();
      a.s = i;
      int j = i;
      boolean article = x.equals("a") || x.equals("an");
      if (article) {
        if (i + 1 >= n) {
          return null;
        }
        String nx = w[i + 1];
        if (nx.equals("few") || nx.equals("handful")) {
          return vagueFew(a, i + 2, nx.equals("few") ? 2 : 2, nx.equals("few") ? 5 : 6, true);
        }
        if (nx.equals("couple") && i + 2 < n && w[i + 2].equals("of")) {
          a.e = i + 2;
          return vague(a, 2, 3, true);
        }
        if (!(Lexicon.SCALE.containsKey(nx) || Lexicon.FRACTION.containsKey(nx)) || ABBREVIATED_SCALE.contains(nx)) {
          return null;
        }
        if (Lexicon.FRACTION.containsKey(nx) && (nx.endsWith("s") || nx.equals("quarter") && ordinalish(i + 2)
            || !nx.equals("half") && !(i + 2 < n && w[i + 2].equals("of")
                || i > 0 && APPROXIMATORS.contains(w[i - 1]) && (i + 2 >= n || t.get(i + 2).tag().equals("PUNCT"))))) {
          return null; // "a third village" is an ordinal
        }
        j = i + 1;
      }
      int hyphen = x.indexOf('-');
      if (hyphen > 0 && hyphen < x.length() - 1 && !article) {
        Num compoundWord = hyphenatedWord(a, i, x.substring(0, hyphen), x.substring(hyphen + 1));
        if (compoundWord != null) {
          return compoundWord;
        }
      }
      boolean numberWord = Lexicon.SMALL.containsKey(x) || Lexicon.TENS.containsKey(x);
      if (numberWord && i > 0 && t.get(i).isCapitalized() && !t.get(i - 1).tag().equals("PUNCT")
          || numberWord && i > 0 && RANK_CUE.contains(w[i - 1])) {
        a.e = i + 1;
        return dropped(a); // "Group of Five", "Big Three", "band two"
      }
      a.word = true;
      if (x.equals("several")) {
        return vagueFew(a, i + 1, 3, 10, false);
      }
      if (x.equals("tens") || Lexicon.VAGUE_PLURAL.containsKey(x)) {
        return vaguePlural(a, i);
      }
      if (x.equals("half") && !article) {
        boolean ok = i + 1 < n && (w[i + 1].equals("of") || w[i + 1].equals("the") || w[i + 1].equals("a"))
            || i > 0 && w[i - 1].equals("by");
        if (!ok || (i > 0 && (w[i - 1].equals("first") || w[i - 1].equals("second") || w[i - 1].equals("the")))) {
          return null;
        }
        a.e = i + 1;
        a.value = 0.5;
        a.fraction = true;
        return exact(a);
      }
      double total = 0;
      double cur = 0;
      boolean any = false;
      boolean lastWasNum = false;
      int lastGood = article ? i : -1;
      double lastScale = 0;
      int k = j;
      while (k < n) {
        String y = w[k];
        Integer small = Lexicon.SMALL.get(y);
        Integer tens = Lexicon.TENS.get(y);
        if (small != null || tens != null) {
          int v = small != null ? small : tens;
          if (lastWasNum && !(cur % 100 >= 20 && cur % 10 == 0 && small != null && v < 10)) {
            break;
          }
          cur += v;
          any = true;
          lastWasNum = true;
          lastGood = k;
          k++;
          continue;
        }
        if (y.equals("-") && lastWasNum && k + 1 < n && glued(k - 1, k) && glued(k, k + 1)
            && (Lexicon.SMALL.containsKey(w[k + 1]) || Lexicon.FRACTION.containsKey(w[k + 1]))) {
          k++;
          continue;
        }
        if (y.equals("hundred") && (any || article) && k == lastGood + 1) {
          cur = (cur == 0 ? 1 : cur) * 100;
          any = true;
          lastWasNum = false;
          lastGood = k;
          k++;
          continue;
        }
        if (y.equals("dozen") && (any || article) && k == lastGood + 1) {
          cur = (cur == 0 ? 1 : cur) * 12;
          any = true;
          lastWasNum = false;
          lastGood = k;
          k++;
          continue;
        }
        Double sc = Lexicon.SCALE.get(y);
        if (sc != null && sc >= 1000 && (any || article) && k == lastGood + 1) {
          lastScale = sc;
          total += (cur == 0 ? 1 : cur) * sc;
          cur = 0;
          any = true;
          lastWasNum = false;
          lastGood = k;
          k++;
          continue;
        }
        if (y.equals("and") && k > 0 && lastGood == k - 1 && k + 1 < n
            && (w[k - 1].equals("hundred") || w[k - 1].equals("thousand"))
            && (Lexicon.SMALL.containsKey(w[k + 1]) || Lexicon.TENS.containsKey(w[k + 1]))) {
          lastWasNum = false;
          k++;
          continue;
        }
        Double fr = Lexicon.FRACTION.get(y);
        if (fr != null && k == lastGood + 1 + (k > 0 && w[k - 1].equals("-") ? 1 : 0)
            && (any && cur > 0 && cur < 20 && total == 0 || article && k == i + 1)) {
          if (!any) {
            cur = 1;
          }
          double v = cur * fr;
          a.s = i;
          a.e = k + 1;
          a.value = v;
          a.fraction = true;
          return exact(a);
        }
        break;
      }
      if (!any) {
        return null;
      }
      double v = total + cur;
      a.e = lastGood + 1;
      // "two and a half"
      if (a.e + 2 < n && w[a.e].equals("and") && w[a.e + 1].equals("a") && w[a.e + 2].equals("half")) {
        v += 0.5;
        a.e += 3;
      }
      if (v == 1 && a.e == i + 1 && x.equals("one") && !unitWordAt(a.e)) {
        return dropped(exact(a)); // "one" as pronoun or determiner
      }
      a.value = v;
      a.scale = cur == 0 && lastScale > 0 ? lastScale : 1;
      a.scaled = a.scale > 1;
      Num r = exact(a);
      // "1.2" handled by digits; "two million" handled above; trailing scale words like "mln"
      return scales(r);
    }

    /** One token such as "twenty-three", "one-quarter" or "two-thirds". */
    private Num hyphenatedWord(Num a, int i, String left, String right) {
      Integer tens = Lexicon.TENS.get(left);
      Integer small = Lexicon.SMALL.get(right);
      Integer count = Lexicon.SMALL.get(left);
      Double fr = Lexicon.FRACTION.get(right);
      if (tens != null && small != null && small < 10) {
        a.value = tens + small;
      } else if (count != null && fr != null && count < 20) {
        a.value = count * fr;
        a.fraction = true;
      } else {
        return null;
      }
      a.e = i + 1;
      a.word = true;
      return a.fraction ? exact(a) : scales(exact(a));
    }

    private boolean unitWordAt(int k) {
      if (k >= n) {
        return false;
      }
      String x = w[k];
      return Lexicon.MEASURE.containsKey(x) || Lexicon.CURRENCY_WORD.containsKey(x) || x.equals("%")
          || x.equals("percent") || x.equals("pct") || x.equals("per") || x.equals("percentage")
          || Lexicon.SCALE.containsKey(x) && !x.equals("hundred");
    }

    private boolean ordinalish(int k) {
      return k < n && Lexicon.TIME_UNIT.contains(w[k]);
    }

    private Num vagueFew(Num a, int next, double lo, double hi, boolean hiIncl) {
      int j = next;
      double sc = 1;
      if (j < n && Lexicon.SCALE.containsKey(w[j]) && !ABBREVIATED_SCALE.contains(w[j])) {
        sc = Lexicon.SCALE.get(w[j]);
        j++;
      }
      a.e = j;
      Num v = vague(a, lo * sc, hi * sc, hiIncl);
      v.scaled = sc != 1;
      return v;
    }

    private Num vaguePlural(Num a, int i) {
      String x = w[i];
      if (x.equals("tens")) {
        if (i + 2 < n && w[i + 1].equals("of") && Lexicon.VAGUE_PLURAL.containsKey(w[i + 2])
            && !w[i + 2].equals("dozens") && !w[i + 2].equals("hundreds")) {
          double base = Lexicon.VAGUE_PLURAL.get(w[i + 2])[0] / 2;
          a.e = i + 3;
          return vague(a, 20 * base, 100 * base, false);
        }
        return null;
      }
      double[] iv = Lexicon.VAGUE_PLURAL.get(x);
      if (x.equals("hundreds") && i + 2 < n && w[i + 1].equals("of")
          && (w[i + 2].equals("thousands") || w[i + 2].equals("millions") || w[i + 2].equals("billions"))) {
        double base = Lexicon.VAGUE_PLURAL.get(w[i + 2])[0] / 2;
        a.e = i + 3;
        return vague(a, 200 * base, 1000 * base, false);
      }
      // "hundreds" needs "of" or a noun after it; "in the hundreds" is still vague
      a.e = i + 1;
      return vague(a, iv[0], iv[1], false);
    }

    private static Num vague(Num a, double lo, double hi, boolean hiIncl) {
      a.vague = true;
      a.value = lo;
      a.lo = lo;
      a.hi = hi;
      a.hiIn = hiIncl;
      return a;
    }

    private static Num exact(Num a) {
      a.lo = a.value;
      a.hi = a.value;
      return a;
    }

    // ---------------------------------------------------------------- context

    /** Extends the figure left over a currency symbol; returns the new start token. */
    private int currencyBefore(Num a) {
      int s = a.s;
      if (s > 0) {
        String p = w[s - 1];
        String code = Lexicon.CURRENCY_SYMBOL.get(p);
        if (code != null && (p.length() == 1 || glued(s - 1, s) || p.length() == 3 || p.startsWith("rs"))) {
          if (a.currency.isEmpty()) {
            a.currency = code;
          }
          s--;
          if (code.equals("USD") && p.equals("$") && s > 0 && glued(s - 1, s) && (w[s - 1].equals("us")
              || w[s - 1].equals("u.s."))) {
            s--;
          }
        }
      }
      return s;
    }

    /** Percent words, currency words and measure units after the number; returns the new end. */
    private int unitsAfter(Num a, int e) {
      int j = e;
      if (j >= n) {
        return j;
      }
      String x = w[j];
      if (x.equals("%") || x.equals("percent") || x.equals("pct") || x.equals("pc")) {
        a.percent = true;
        j++;
      } else if (x.equals("per") && j + 1 < n && w[j + 1].equals("cent")) {
        a.percent = true;
        j += 2;
      } else if (x.equals("percentage") && j + 1 < n && w[j + 1].startsWith("point")) {
        a.percent = true;
        a.measure = "percentage points";
        j += 2;
        return j;
      } else if (x.equals("basis") && j + 1 < n && w[j + 1].startsWith("point")) {
        a.percent = true;
        a.measure = "basis points";
        j += 2;
        return j;
      }
      if (a.percent) {
        if (j + 1 < n && w[j].equals("percentage") && w[j + 1].startsWith("point")) {
          j += 2;
        }
        return j;
      }
      // nationality + currency: "Canadian dlrs", "U.S. dollars", "Swiss francs"
      if (j + 1 < n) {
        String cur = Lexicon.CURRENCY_WORD.get(w[j + 1]);
        boolean cents = w[j + 1].startsWith("cent") || w[j + 1].equals("cts");
        String key = cur == null ? null : (w[j] + "|" + ("dlrs".equals(w[j + 1]) || "dollar".equals(w[j + 1])
            || "dlr".equals(w[j + 1]) || cents ? "dollars" : w[j + 1]));
        String code = key == null ? null : Lexicon.CURRENCY_NATION.get(key);
        if (code != null) {
          a.currency = code;
          a.moneyWord = true;
          if (cents) {
            a.value /= 100;
            a.lo /= 100;
            a.hi /= 100;
          }
          return j + 2;
        }
      }
      String cw = Lexicon.CURRENCY_WORD.get(x);
      if (cw != null && !(x.equals("pounds") && j + 1 < n && w[j + 1].equals("of"))) {
        if (x.startsWith("cent") || x.startsWith("ct") || x.equals("pence")) {
          a.value /= 100;
          a.lo /= 100;
          a.hi /= 100;
        }
        a.currency = cw;
        a.moneyWord = true;
        j++;
        if (j < n && (w[j].equals("sterling") || w[j].equals("stg"))) {
          j++;
        }
        return j;
      }
      if (x.equals("in") && j + 2 < n && w[j + 1].equals("local") && w[j + 2].equals("currency")) {
        a.currency = "local currency";
        return j + 3;
      }
      String mu = Lexicon.MEASURE.get(x);
      if (mu != null && !(x.equals("points") && !a.currency.isEmpty())) {
        if ((mu.equals("square") || mu.equals("cubic")) && j + 1 < n && Lexicon.MEASURE.containsKey(w[j + 1])) {
          a.measure = mu + " " + Lexicon.MEASURE.get(w[j + 1]);
          return j + 2;
        }
        if (mu.equals("square") || mu.equals("cubic")) {
          return j;
        }
        a.measure = mu;
        return j + 1;
      }
      return j;
    }

    private void qualifier(Cand c) {
      int s = c.startTok;
      if (s >= 2 && w[s - 2].equals("an") && w[s - 1].equals("additional")) {
        s -= 2;
      } else if (s >= 1 && w[s - 1].equals("another")) {
        s -= 1;
      }
      String p1 = s > 0 ? w[s - 1] : "";
      String p2 = s > 1 ? w[s - 2] : "";
      String p3 = s > 2 ? w[s - 3] : "";
      Num a = c.n;
      if (a.vague) {
        c.qualifier = Qualifier.VAGUE;
        // "more than a dozen" style qualifiers do not apply to vague words
        return;
      }
      if (!QUALIFIER_LAST.contains(p1)) {
        return;
      }
      Qualifier q = null;
      int take = 0;
      String two = p2 + " " + p1;
      String three = p3 + " " + two;
      if (three.equals("in excess of") || three.equals("a little over") || three.equals("slightly more than")) {
        q = Qualifier.MORE_THAN;
        take = 3;
      } else if (two.equals("not exceed") || three.equals("not to exceed")) {
        q = Qualifier.AT_MOST;
        take = two.equals("not exceed") ? 2 : 3;
      } else if (three.equals("no more than") || three.equals("not more than") || three.equals("as many as")
          || three.equals("as much as") || three.equals("as high as") || three.equals("no longer than")) {
        q = Qualifier.AT_MOST;
        take = 3;
      } else if (three.equals("no fewer than") || three.equals("no less than") || three.equals("not less than")) {
        q = Qualifier.AT_LEAST;
        take = 3;
      } else if (two.equals("more than") || two.equals("greater than") || two.equals("upwards of")
          || two.equals("just over") || two.equals("well over") || two.equals("higher than")
          || two.equals("well above") || two.equals("just above")) {
        q = Qualifier.MORE_THAN;
        take = 2;
      } else if (two.equals("fewer than") || two.equals("less than") || two.equals("just under")
          || two.equals("lower than") || two.equals("just below") || two.equals("well below")) {
        q = Qualifier.LESS_THAN;
        take = 2;
      } else if (two.equals("at least")) {
        q = Qualifier.AT_LEAST;
        take = 2;
      } else if (two.equals("at most") || (two.equals("up to") && !Lexicon.CHANGE_UP.contains(p3)
          && !MOTION_VERB.contains(p3))) {
        q = Qualifier.AT_MOST;
        take = 2;
      } else if (two.equals("an estimated") || two.equals("an approximate") || two.equals("some estimated")) {
        q = Qualifier.APPROXIMATE;
        take = 2;
      } else if (two.equals("close to")) {
        q = Qualifier.APPROXIMATE;
        c.nearly = true;
        take = 2;
      } else if (p1.equals("over") || p1.equals("above") || p1.equals("exceeding")) {
        q = Qualifier.MORE_THAN;
        take = 1;
      } else if (p1.equals("under") || p1.equals("below")) {
        q = Qualifier.LESS_THAN;
        take = 1;
      } else if (p1.equals("about") || p1.equals("around") || p1.equals("roughly") || p1.equals("approximately")
          || p1.equals("approx.") || p1.equals("some") || p1.equals("circa") || p1.equals("estimated")
          || p1.equals("~") || p1.equals("approx")) {
        q = Qualifier.APPROXIMATE;
        take = 1;
      } else if (p1.equals("nearly") || p1.equals("almost")) {
        q = Qualifier.APPROXIMATE;
        c.nearly = true;
        take = 1;
      } else if (p1.equals("exactly") || p1.equals("precisely")) {
        q = Qualifier.EXACT;
        take = 1;
      }
      if (q != null) {
        c.qualifier = q;
        c.startTok = s - take;
      }
    }

    private boolean changeVerbAt(int k) {
      return k >= 0 && k < n && (Lexicon.CHANGE_UP.contains(w[k]) || Lexicon.CHANGE_DOWN.contains(w[k]));
    }

    private void change(Cand c) {
      if (!c.n.percent && c.n.currency.isEmpty() && c.n.measure.isEmpty()) {
        return;
      }
      int s = c.startTok;
      int k = s - 1;
      if (k >= 0 && w[k].equals("by")) {
        k--;
      }
      if (k >= 0 && !(w[k].equals("up") && c.qualifier == Qualifier.AT_MOST)) {
        if (Lexicon.CHANGE_UP.contains(w[k]) && !w[k].equals("added")) {
          c.change = Change.UP;
        } else if (Lexicon.CHANGE_DOWN.contains(w[k])) {
          c.change = Change.DOWN;
        }
      }
      if (c.change == Change.NONE && c.endTok < n) {
        String nx = w[c.endTok];
        String lem = Lemmas.noun(nx);
        if (Lexicon.CHANGE_NOUN_UP.contains(lem)) {
          c.change = Change.UP;
        } else if (Lexicon.CHANGE_NOUN_DOWN.contains(lem)) {
          c.change = Change.DOWN;
        }
      }
    }

    /** The counted noun phrase after the figure: "450 nurses", "thousands of detainees". */
    private void counts(Cand c) {
      int j = c.endTok;
      Num a = c.n;
      if (a.hasUnit() && !a.percent) {
        return;
      }
      while (j < n && Lexicon.ADDITIVE.contains(w[j]) && (j == c.endTok)) {
        j++;
      }
      if (j < n && w[j].equals("of") && (a.vague || a.fraction || a.percent || (j + 1 < n
          && DETERMINERS.contains(w[j + 1]) && !a.plainInteger))) {
        j++;
        while (j < n && DETERMINERS.contains(w[j])) {
          j++;
        }
      }
      int first = j;
      int last = -1;
      int k = j;
      while (k < n && k - first < 5) {
        Token tk = t.get(k);
        String tag = tk.tag();
        boolean content = tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("ADJ")
            || (tag.equals("VERB") && w[k].endsWith("ed") && k + 1 < n
                && (t.get(k + 1).tag().equals("NOUN") || t.get(k + 1).tag().equals("ADJ")));
        boolean hyphen = w[k].equals("-") && k > first && k + 1 < n && glued(k - 1, k) && glued(k, k + 1);
        if (!(content || hyphen) || Lexicon.MONTH.contains(w[k]) && k == first || WEEKDAY.contains(w[k])
            || a.percent && tag.equals("PROPN")
            || Lexicon.TIME_UNIT.contains(w[k]) && k == first || w[k].equals("percent")) {
          break;
        }
        if (content) {
          last = k;
        }
        k++;
        if (tag.equals("NOUN") && w[k - 1].endsWith("s") && !Lemmas.noun(w[k - 1]).equals(w[k - 1])
            && !(k < n && t.get(k).tag().equals("NOUN") && w[k].endsWith("s"))) {
          break; // a plural noun heads the counted phrase: "12 doctors last year"
        }
      }
      if (last < first) {
        return;
      }
      // do not run on into the next coordinated figure's tokens
      c.counts = at.text().substring(t.get(first).start(), t.get(last).end());
      c.countsLemma = Lemmas.noun(w[last]);
      c.people = Lexicon.isPeople(c.countsLemma, t.get(last));
      c.countsEndTok = last + 1;
    }

    /** True when the number is not a count: typed as something else and dropped. */
    private boolean notACount(Cand c) {
      Num a = c.n;
      if (a.literal.equals("\u0000")) {
        return true;
      }
      int s = a.s;
      int e = a.e;
      String prev = c.startTok > 0 ? w[c.startTok - 1] : "";
      String next = c.endTok < n ? w[c.endTok] : "";
      boolean bare = !a.hasUnit() && !a.scaled && !a.vague && !a.fraction;
      // glued to letters: "5G", "COVID-19", "737MAX"
      if (e < n && glued(e - 1, e) && Character.isLetter(t.get(e).text().charAt(0)) && bare) {
        return true;
      }
      if (s > 1 && w[s - 1].equals("-") && glued(s - 2, s - 1) && glued(s - 1, s)
          && Character.isLetter(t.get(s - 2).text().charAt(0)) && !Lexicon.TENS.containsKey(w[s - 2])) {
        return true;
      }
      // ordinals split by the tokenizer: "19" "th"
      if (e < n && glued(e - 1, e) && (next.equals("th") || next.equals("st") || next.equals("nd")
          || next.equals("rd"))) {
        return true;
      }
      // glued "-word": "21-day-cycle", "13-D"
      if (c.endTok < n && glued(c.endTok - 1, c.endTok) && w[c.endTok].length() > 1 && w[c.endTok].charAt(0) == '-'
          && Character.isLetter(w[c.endTok].charAt(1))) {
        String rest = w[c.endTok].substring(1);
        int dash = rest.indexOf('-');
        String word = dash < 0 ? rest : rest.substring(0, dash);
        if (Lexicon.TIME_UNIT.contains(word) || word.length() == 1) {
          return true;
        }
      }
      // durations and ages: "three years", "three-year", "29-year-old"
      int u = c.endTok;
      if (u < n && Lexicon.ADDITIVE.contains(w[u]) && u + 1 < n && Lexicon.TIME_UNIT.contains(w[u + 1])) {
        u++;
      }
      if (u < n && (w[u].equals("-") && u + 1 < n && glued(u - 1, u) && glued(u, u + 1)
          && Lexicon.TIME_UNIT.contains(w[u + 1]))) {
        return !a.percent && a.currency.isEmpty();
      }
      if (u < n && Lexicon.TIME_UNIT.contains(w[u]) && !a.hasUnit()) {
        return true;
      }
      if (u + 2 < n && (w[u].equals("and") || w[u].equals("or") || w[u].equals("to")) && !a.hasUnit()
          && (t.get(u + 1).tag().equals("NUM") || Lexicon.SMALL.containsKey(w[u + 1]))
          && Lexicon.TIME_UNIT.contains(w[u + 2])) {
        return true; // "11 and seven months"
      }
      if (u < n && Lexicon.TIME_OF_DAY.contains(w[u]) && bare) {
        return true;
      }
      if (!bare || c.qualifier != Qualifier.EXACT && !a.range) {
        return false;
      }
      double v = a.value;
      if (a.plainInteger && v >= 1000 && v <= 2100 && a.literal.length() == 4 && !a.range) {
        boolean pluralNoun = c.endTok < n && t.get(c.endTok).tag().equals("NOUN") && !Lemmas.noun(next).equals(next);
        if (!pluralNoun || Lexicon.YEAR_CUE.contains(prev) || Lexicon.MONTH.contains(prev)) {
          return true; // a year
        }
      }
      if ((a.plainInteger || a.word) && v >= 1 && v <= 31 && (Lexicon.MONTH.contains(prev) || Lexicon.MONTH.contains(next)
          || next.equals("of") && c.endTok + 1 < n && Lexicon.MONTH.contains(w[c.endTok + 1]))) {
        return true; // a day of the month
      }
      if (a.plainInteger && v <= 120) {
        // "Smith, 45," and "Smith (45)"
        if ((prev.equals(",") || prev.equals("(")) && c.startTok > 1 && t.get(c.startTok - 2).isProperNoun()
            && (next.isEmpty() || next.equals(",") || next.equals(")") || next.equals(";") || next.equals("."))) {
          return true;
        }
        if (prev.equals("aged") || prev.equals("age") || prev.equals("ages")) {
          return true;
        }
        if (prev.equals("(") && next.equals(")") && v <= 10) {
          return true; // a list marker "(1)"
        }
      }
      boolean version = DECIMAL.matcher(a.literal).matches();
      if (a.plainInteger || a.rangeToken || version) {
        if (RANK_CUE.contains(prev)) {
          return true;
        }
        if (c.startTok > 0 && acronym(t.get(c.startTok - 1).text()) && !Lexicon.MONTH.contains(prev)) {
          return true; // "S&P 500", "PC 286"
        }
        if (a.plainInteger && v >= 100 && (prev.equals("the") || prev.equals("'s") || prev.equals("’s"))
            && singularNameAfter(c.endTok)) {
          return true; // "the 787 Dreamliner", "Poor's 500 index", "the 717 program"
        }
        if (c.startTok > 0 && t.get(c.startTok - 1).isProperNoun() && !Lexicon.MONTH.contains(prev)) {
          return true; // "Boeing 737", "Barrio 18"
        }
        for (int k = c.endTok; k < Math.min(n, c.endTok + 4); k++) {
          if (STREET.contains(w[k]) && t.get(k).isCapitalized() && k > c.endTok) {
            return true;
          }
        }
      }
      if (a.range && a.lo < 30 && a.hi < 30 && a.plainInteger) {
        for (int k = Math.max(0, s - 4); k < Math.min(n, e + 3); k++) {
          if (Lexicon.SCORE_CUE.contains(w[k])) {
            return true;
          }
        }
      }
      return false;
    }

    private static boolean acronym(String word) {
      if (word.length() < 2 || word.length() > 6) {
        return false;
      }
      boolean letter = false;
      for (int k = 0; k < word.length(); k++) {
        char ch = word.charAt(k);
        if (Character.isLowerCase(ch) || Character.isDigit(ch)) {
          return false;
        }
        letter |= Character.isLetter(ch);
      }
      return letter && (word.indexOf('&') >= 0 || word.length() >= 2 && !word.endsWith("."));
    }

    /** True when the figure is followed by a singular noun or a name, or by nothing countable. */
    private boolean singularNameAfter(int k) {
      if (k >= n) {
        return true;
      }
      Token tk = t.get(k);
      String tag = tk.tag();
      if (tag.equals("PUNCT") || tag.equals("CCONJ")) {
        return true;
      }
      if (tag.equals("PROPN")) {
        return Lemmas.noun(w[k]).equals(w[k]) && !Lexicon.isPeople(w[k], tk);
      }
      return PRODUCT_NOUN.contains(w[k]);
    }

    private boolean yearLike(Num a) {
      return a.plainInteger && a.value >= 1000 && a.value <= 2100 && a.literal.length() == 4;
    }

    // ---------------------------------------------------------------- building figures

    private Figure toFigure(Cand c) {
      Num a = c.n;
      double v = a.value;
      double lo;
      double hi;
      boolean loIn = true;
      boolean hiIn = true;
      switch (c.qualifier) {
        case RANGE:
          lo = a.lo;
          hi = a.hi;
          break;
        case VAGUE:
          lo = a.lo;
          hi = a.hi;
          hiIn = a.hiIn;
          break;
        case APPROXIMATE:
          lo = v * 0.9;
          hi = c.nearly ? v : v * 1.1;
          hiIn = !c.nearly;
          break;
        case MORE_THAN:
          lo = v;
          hi = Double.POSITIVE_INFINITY;
          loIn = false;
          hiIn = false;
          break;
        case AT_LEAST:
          lo = v;
          hi = Double.POSITIVE_INFINITY;
          hiIn = false;
          break;
        case LESS_THAN:
          lo = 0;
          hi = v;
          hiIn = false;
          break;
        case AT_MOST:
          lo = 0;
          hi = v;
          break;
        default:
          lo = v;
          hi = v;
      }
      String unit;
      Kind kind;
      if (!a.currency.isEmpty()) {
        unit = a.currency;
        kind = Kind.MONEY;
      } else if (a.percent) {
        unit = a.measure.isEmpty() ? "percent" : a.measure;
        kind = Kind.PERCENT;
      } else if (!a.measure.isEmpty()) {
        unit = a.measure;
        kind = Kind.MEASURE;
      } else if (a.fraction) {
        unit = "fraction";
        kind = Kind.NUMBER;
      } else {
        unit = "";
        kind = c.counts.isEmpty() ? Kind.NUMBER : Kind.COUNT;
      }
      int start = t.get(c.startTok).start() + lead[c.startTok];
      Token lastTok = t.get(c.endTok - 1);
      int end = lastTok.end() - (lastTok.text().length() - lead[c.endTok - 1] - w[c.endTok - 1].length());
      return new Figure(
          article, at.text().substring(start, end), v, lo, hi, loIn, hiIn, c.qualifier, unit, c.counts,
          c.countsLemma, kind, c.change, predicate(c), start, end, sentence.index(), List.of(), source(c),
          entities());
    }

    /** Lemma of the nearest content verb in the clause, or an event noun before "of". */
    private String predicate(Cand c) {
      int s = c.startTok;
      while (s > 0 && (Lexicon.ADDITIVE.contains(w[s - 1]) || DETERMINERS.contains(w[s - 1])
          || w[s - 1].equals("another"))) {
        s--;
      }
      if (s > 1 && w[s - 1].equals("of") && t.get(s - 2).tag().equals("NOUN")
          && !NOT_EVENT_NOUN.contains(Lemmas.noun(w[s - 2]))) {
        return Lemmas.noun(w[s - 2]);
      }
      // passive or intransitive right after the figure: "ten individuals were sent", "200 died"
      int right = -1;
      boolean aux = false;
      for (int k = c.countsEndTok; k < n && k < c.countsEndTok + 4; k++) {
        if (isContentVerb(k)) {
          right = k;
          break;
        }
        String tag = t.get(k).tag();
        if (!(tag.equals("AUX") || tag.equals("ADV") || tag.equals("PART"))) {
          break;
        }
        aux |= tag.equals("AUX");
      }
      if (right >= 0 && aux) {
        return verbLemma(right);
      }
      for (int k = s - 1, d = 1; k >= 0 && d <= 10; k--, d++) {
        if (w[k].equals(";") || w[k].equals(":") || w[k].equals(",")) {
          break;
        }
        if (isContentVerb(k)) {
          return verbLemma(k);
        }
      }
      return right >= 0 ? verbLemma(right) : "";
    }

    private String verbLemma(int k) {
      String l = t.get(k).lemma();
      return E_VERBS.contains(l + "e") ? l + "e" : l;
    }

    private boolean isContentVerb(int k) {
      Token tk = t.get(k);
      return tk.tag().equals("VERB") && !Lexicon.WEAK_VERB.contains(tk.lemma())
          && !Lexicon.REPORT_VERB.contains(w[k]);
    }

    private List<String> entities() {
      Set<String> out = new LinkedHashSet<>();
      for (EntityMention m : mentions) {
        out.add(m.entity().isBlank() ? m.text() : m.entity());
      }
      return List.copyOf(out);
    }

    private Optional<String> cachedSource;

    /** Who the sentence attributes its content to: "officials said", "according to X". */
    private Optional<String> source(Cand c) {
      if (cachedSource == null) {
        cachedSource = findSource();
      }
      return cachedSource;
    }

    private Optional<String> findSource() {
      for (int k = 0; k + 1 < n; k++) {
        if (w[k].equals("according") && w[k + 1].equals("to")) {
          int f = k + 2;
          while (f < n && DETERMINERS.contains(w[f])) {
            f++;
          }
          return np(f, true);
        }
      }
      for (int k = 0; k < n; k++) {
        if (!Lexicon.REPORT_VERB.contains(w[k]) || !(t.get(k).tag().equals("VERB") || w[k].equals("said"))) {
          continue;
        }
        // subject before the verb: "officials said", "the ministry told reporters"
        int b = k - 1;
        while (b >= 0 && (w[b].equals("also") || w[b].equals("later") || t.get(b).tag().equals("AUX"))) {
          b--;
        }
        if (b >= 0 && t.get(b).tag().equals("PRON")) {
          return Optional.of(t.get(b).text());
        }
        int e = b;
        int f = b;
        while (f >= 0 && e - f < 8 && (t.get(f).tag().equals("PROPN") || t.get(f).tag().equals("NOUN")
            || (t.get(f).tag().equals("ADJ") && f < e)
            || (w[f].equals("of") && f > 0 && f < e && t.get(f - 1).isProperNoun() && t.get(f + 1).isProperNoun()))) {
          f--;
        }
        if (f < e && b >= 0) {
          return Optional.of(at.text().substring(t.get(f + 1).start(), t.get(e).end()));
        }
        // inverted: "..., said the ministry"
        int g = k + 1;
        while (g < n && DETERMINERS.contains(w[g])) {
          g++;
        }
        Optional<String> after = np(g, false);
        if (after.isPresent()) {
          return after;
        }
      }
      return Optional.empty();
    }

    private Optional<String> np(int f, boolean allowAdj) {
      int g = f;
      while (g < n && g - f < 6 && (t.get(g).tag().equals("PROPN") || t.get(g).tag().equals("NOUN")
          || allowAdj && t.get(g).tag().equals("ADJ"))) {
        g++;
      }
      if (g == f) {
        return Optional.empty();
      }
      return Optional.of(at.text().substring(t.get(f).start(), t.get(g - 1).end()));
    }

    // ---------------------------------------------------------------- composition

    private List<Figure> compose(List<Cand> cands) {
      List<Figure> out = new ArrayList<>();
      int i = 0;
      while (i < cands.size()) {
        Cand c = cands.get(i);
        int j = i;
        if (composable(c)) {
          while (j + 1 < cands.size() && composable(cands.get(j + 1))
              && joined(cands.get(j), cands.get(j + 1)) && sameKind(cands.get(j), cands.get(j + 1))) {
            j++;
            if (isAnd(cands.get(j - 1).countsEndTok, cands.get(j).startTok)) {
              break;
            }
          }
        }
        if (j > i && isAnd(cands.get(j - 1).countsEndTok, cands.get(j).startTok)) {
          Figure composite = composite(cands.subList(i, j + 1));
          Figure total = out.isEmpty() ? null : out.get(out.size() - 1);
          if (total != null && statedTotal(total, composite)) {
            Figure tf = total;
            out.set(out.size() - 1, new Figure(tf.article(), tf.text(), tf.value(), tf.lower(), tf.upper(),
                tf.lowerInclusive(), tf.upperInclusive(), tf.qualifier(), tf.unit(), tf.counts(), tf.countsLemma(),
                tf.kind(), tf.change(), tf.predicate(), tf.start(), tf.end(), tf.sentence(), composite.parts(),
                tf.source(), tf.entities()));
          } else {
            out.add(composite);
          }
          i = j + 1;
        } else {
          out.add(c.figure);
          i++;
        }
      }
      return out;
    }

    private static boolean composable(Cand c) {
      Figure f = c.figure;
      return f.kind() == Kind.COUNT && !f.counts().isEmpty() && c.qualifier == Qualifier.EXACT && !c.n.fraction;
    }

    /** True when two counted nouns can be added up: the same noun, or both kinds of people. */
    private boolean sameKind(Cand a, Cand b) {
      return a.countsLemma.equals(b.countsLemma) || a.people && b.people;
    }

    /** True when b follows a's counted noun after only "," or "and" (", and"). */
    private boolean joined(Cand a, Cand b) {
      int k = a.countsEndTok;
      int s = b.startTok;
      if (s - k == 1) {
        return w[k].equals("and") || w[k].equals(",");
      }
      return s - k == 2 && w[k].equals(",") && w[k + 1].equals("and");
    }

    private boolean isAnd(int k, int s) {
      return s > k && w[s - 1].equals("and");
    }

    private Figure composite(List<Cand> parts) {
      double v = 0;
      double lo = 0;
      double hi = 0;
      boolean loIn = true;
      boolean hiIn = true;
      Qualifier q = parts.get(0).qualifier;
      List<Figure> figs = new ArrayList<>();
      Set<String> lemmas = new LinkedHashSet<>();
      List<String> counts = new ArrayList<>();
      for (Cand c : parts) {
        Figure f = c.figure;
        figs.add(f);
        v += f.value();
        lo += f.lower();
        hi += f.upper();
        loIn &= f.lowerInclusive();
        hiIn &= f.upperInclusive();
        if (f.qualifier() != q) {
          q = Qualifier.RANGE;
        }
        lemmas.add(f.countsLemma());
        counts.add(f.counts());
      }
      Figure first = figs.get(0);
      Figure last = figs.get(figs.size() - 1);
      int start = first.start();
      int end = last.end();
      Cand lastCand = parts.get(parts.size() - 1);
      if (lastCand.countsEndTok > 0 && lastCand.countsEndTok <= t.size()) {
        // the composite's evidence runs to the end of the last part's counted noun: "40 nurses and 12 doctors"
        end = Math.max(end, t.get(lastCand.countsEndTok - 1).end());
      }
      String countsText = String.join(" and ", counts);
      String lemma = lemmas.size() == 1 ? lemmas.iterator().next() : "";
      String predicate = first.predicate();
      for (Figure f : figs) {
        if (predicate.isEmpty()) {
          predicate = f.predicate();
        }
      }
      return new Figure(article, at.text().substring(start, end), v, lo, hi, loIn, hiIn, q, "", countsText,
          lemma, Kind.COUNT, Change.NONE, predicate, start, end, sentence.index(), figs, first.source(),
          first.entities());
    }

    /** "52 staff: 40 nurses and 12 doctors": a total right before parts that sum to it. */
    private boolean statedTotal(Figure total, Figure composite) {
      if (total.isComposite() || total.kind() != Kind.COUNT && total.kind() != Kind.NUMBER) {
        return false;
      }
      String between = at.text().substring(Math.min(total.end(), composite.start()), composite.start());
      if (between.length() > 40 || !(between.contains(":") || between.contains("(") || between.contains("including")
          || between.contains(",") || between.contains("—") || between.contains("–") || between.contains("-"))) {
        return false;
      }
      return composite.value() >= total.lower() && composite.value() <= total.upper();
    }

    // ---------------------------------------------------------------- helpers

    private boolean glued(int a, int b) {
      return a >= 0 && b < n && t.get(a).end() == t.get(b).start();
    }

    /** Marks tokens inside URLs and e-mail addresses (whitespace-separated chunks). */
    private boolean[] urlTokens() {
      boolean[] out = new boolean[n];
      String text = at.text();
      int k = 0;
      int pos = sentence.start();
      int end = sentence.end();
      while (pos < end && k < n) {
        while (pos < end && Character.isWhitespace(text.charAt(pos))) {
          pos++;
        }
        int cs = pos;
        int slashes = 0;
        while (pos < end && !Character.isWhitespace(text.charAt(pos))) {
          if (text.charAt(pos) == '/') {
            slashes++;
          }
          pos++;
        }
        if (cs == pos) {
          break;
        }
        String chunk = Lexicon.lower(text.substring(cs, Math.min(pos, cs + 200)));
        boolean url = slashes >= 2 || chunk.contains("://") || chunk.startsWith("www.") || chunk.contains("@")
            || chunk.contains(".com") || chunk.contains(".org") || chunk.contains(".net") || chunk.contains(".gov")
            || chunk.contains(".html");
        while (k < n && t.get(k).start() < pos) {
          if (url && t.get(k).start() >= cs) {
            out[k] = true;
          }
          k++;
        }
      }
      return out;
    }

    private static double parse(String digits) {
      return Double.parseDouble(digits.replace(",", ""));
    }

    private static String symbol(String sym) {
      return sym == null ? "" : Lexicon.CURRENCY_SYMBOL.getOrDefault(Lexicon.lower(sym), "");
    }

    private static double scaleSuffix(String suffix) {
      if (suffix == null || suffix.isEmpty() || suffix.equals("%")) {
        return 1;
      }
      String s = Lexicon.lower(suffix);
      Double sc = Lexicon.SCALE.get(s);
      if (sc == null) {
        sc = Lexicon.GLUED_SCALE.get(s);
      }
      return sc == null ? 1 : sc;
    }
  }
}
