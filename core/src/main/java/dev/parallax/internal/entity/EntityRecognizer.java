package dev.parallax.internal.entity;

import dev.parallax.article.Article;
import dev.parallax.entity.EntityMention;
import dev.parallax.entity.EntityType;
import dev.parallax.text.AnnotatedText;
import dev.parallax.text.NlpModels;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;

/**
 * Finds named-entity mentions in one article: capitalized proper-noun spans (with connectors such
 * as "of" and "de") typed by titles and roles, organization/facility/place head words, gazetteers,
 * demonyms, group contexts ("gangs such as X"), acronyms defined in parentheses and Parallax's
 * name-finder model; then makes the article consistent (a string keeps one type, a surname refers
 * back to the unique full name that ends with it). Entity ids are canonical within the article.
 *
 * <p>Not thread-safe; use one per thread (it holds an OpenNLP {@code NameFinderME}, whose adaptive
 * data is cleared after each document).
 */
public final class EntityRecognizer {

  /** Longest name, in tokens; longer capitalized runs are cut. */
  static final int MAX_NAME_TOKENS = 10;

  private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9&\\-]{1,9}");
  private static final Set<String> LIST_CUES = Set.of("like", "as", "including", "include", ",", "and", "or", "namely");
  private static final Set<String> COUNTRY_ABBREVIATIONS = Set.of("US", "U.S.", "USA", "U.S.A.", "UK", "U.K.");
  /** Last words of title-cased phrases that are not person names ("Alien Enemies Act"). */
  private static final Set<String> NOT_PERSON_WORDS =
      Set.of("act", "law", "bill", "agenda", "average", "plan", "program", "programme", "policy", "initiative", "report", "strategy",
          "order", "treaty", "accord", "agreement", "doctrine", "rule", "amendment", "populations", "violence",
          "first", "day", "week", "war", "crisis", "summit", "conference", "awards", "award", "prize", "cup",
          "games", "championship", "festival", "election", "elections", "index", "online", "update", "news");
  /** Function words that end a role phrase: "a spokeswoman for the X government" gives X no role. */
  private static final Set<String> ROLE_BREAKERS = Set.of("of", "the", "a", "an", "for", "and", "to");
  /** First words that name a region of a continent or country: "Eastern Europe", "Southern Africa". */
  private static final Set<String> REGION_MODIFIERS =
      Set.of("central", "latin", "northern", "southern", "eastern", "western", "sub-saharan", "equatorial");
  private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "northern", "southern", "eastern", "western");
  private static final Set<String> GROUP_ADJ = Set.of("criminal", "terrorist", "armed", "rebel", "paramilitary", "street", "drug", "transnational", "extremist", "militant");

  private final NameFinderME finder;
  private final Gazetteers gaz = Gazetteers.english();

  private final SpanTyper typer;

  public EntityRecognizer(NlpModels models) {
    this.finder = models.nameFinderModel().map(NameFinderME::new).orElse(null);
    this.typer = models.nameFinderModel().map(SpanTyper::of).orElse(null);
  }

  /** A candidate name: tokens [s, e) of the article, its type evidence and role. */
  private static final class Cand {
    final int s;
    final int e;
    final int sentence;
    EntityType type;
    double strength;
    String role = "";
    Cand acronymOf;
    String key; // folded canonical name within the article
    boolean administration; // "X administration": the mention covers the head noun
    boolean employer; // the name before a title in one run ("Acme Chief Executive Jane Doe"): an organization by default

    Cand(int s, int e, int sentence) {
      this.s = s;
      this.e = e;
      this.sentence = sentence;
    }
  }

  /** Finds the article's entity mentions, in text order. */
  public List<EntityMention> recognize(Article article, AnnotatedText text) {
    List<Token> toks = text.tokens();
    List<Cand> cands = new ArrayList<>();
    boolean[] bodySentence = new boolean[text.sentences().size()];
    try {
      for (Sentence s : text.sentences()) {
        if (s.boilerplate() || s.tokenCount() == 0) {
          continue;
        }
        bodySentence[s.index()] = true;
        boolean headline = isHeadline(toks, s.firstToken(), s.endToken());
        List<Cand> inSentence = headline ? new ArrayList<>() : runs(toks, s);
        Span[] model = modelSpans(toks, s);
        List<Cand> employers = new ArrayList<>();
        for (Cand c : inSentence) {
          classify(toks, s, c, model, inSentence, employers);
        }
        if (!employers.isEmpty()) {
          inSentence.addAll(employers);
          for (Cand c : employers) {
            classify(toks, s, c, model, inSentence, new ArrayList<>());
          }
          inSentence.sort(java.util.Comparator.comparingInt(c -> c.s));
        }
        if (!headline) {
          addModelOnly(toks, s, model, inSentence);
        }
        linkAcronyms(toks, inSentence);
        cands.addAll(inSentence);
      }
    } finally {
      if (finder != null) {
        finder.clearAdaptiveData();
      }
      if (typer != null) {
        typer.clear();
      }
    }
    String t = text.text();
    consistency(t, toks, text, cands, bodySentence);
    return mentions(article, t, toks, cands);
  }

  // ------------------------------------------------------------------------------ candidates

  private static boolean isHeadline(List<Token> toks, int a, int b) {
    int words = 0;
    int caps = 0;
    for (int k = a; k < b; k++) {
      String w = toks.get(k).text();
      if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
        words++;
        if (Character.isUpperCase(w.charAt(0))) {
          caps++;
        }
      }
    }
    return words >= 4 && caps * 10 >= words * 8;
  }

  private boolean isNameToken(List<Token> toks, int k, int sentenceStart) {
    Token tok = toks.get(k);
    String w = tok.text();
    if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || !Character.isLetter(w.charAt(0))) {
      return false;
    }
    String lw = lower(Names.stripPossessive(w));
    if (Lexicon.NOT_NAMES.contains(lw) || isCode(w)) {
      return false;
    }
    if (MONTH_ABBREVIATIONS.contains(lw) && k + 1 < toks.size() && toks.get(k + 1).tag().equals("NUM")) {
      return false; // "Jan 20", "Sept. 3": a date, not a name
    }
    if (COUNTRY_ABBREVIATIONS.contains(w) && k + 1 < toks.size()) {
      String n = lower(toks.get(k + 1).text());
      if (n.startsWith("$") || n.startsWith("dollar") || n.equals("cents")) {
        return false; // "US $199", "US dollars": a currency, not the country
      }
    }
    if (k > sentenceStart && toks.get(k - 1).end() == tok.start() && toks.get(k - 1).text().endsWith("-")
        && Character.isLowerCase(toks.get(k - 1).text().charAt(0))) {
      return false; // "pro-Beijing", "anti-Acme": part of an adjective
    }
    String tag = tok.tag();
    if (tag.equals("PRON") || tag.equals("DET") || tag.equals("ADP") || tag.equals("CCONJ") || tag.equals("SCONJ")
        || tag.equals("AUX") || tag.equals("PUNCT") || tag.equals("INTJ")) {
      return false;
    }
    if (k == sentenceStart || isOpeningQuote(toks, k - 1, sentenceStart)) {
      return tag.equals("PROPN") || gaz.place(w) != null || gaz.isGivenName(w) || isAcronym(w)
          || Lexicon.TITLE_CORE.contains(lw)
          || k + 1 < toks.size() && COMPANY_SUFFIXES.contains(lower(toks.get(k + 1).text())) // "Acme Corp said" 
          || k + 1 < toks.size() && gaz.place(w + " " + toks.get(k + 1).text()) != null; // "United States ..." 
    }
    return true;
  }

  /** A currency or time-zone code ("USD", "US$", "GMT"): never a name. */
  private static boolean isCode(String w) {
    return w.indexOf('$') >= 0 || Lexicon.CODES.contains(lower(w));
  }

  private static boolean isOpeningQuote(List<Token> toks, int k, int sentenceStart) {
    if (k < sentenceStart) {
      return false;
    }
    String w = toks.get(k).text();
    return k == sentenceStart && (w.equals("\"") || w.equals("“") || w.equals("‘") || w.equals("'") || w.equals("("));
  }

  private static boolean endsPossessive(List<Token> toks, int k, int end) {
    if (Names.possessiveLength(toks.get(k).text()) > 0 && toks.get(k).text().length() > 2) {
      return true;
    }
    if (k + 1 < end) {
      String n = toks.get(k + 1).text();
      return n.equals("'s") || n.equals("’s") || n.equals("'") || n.equals("’");
    }
    return false;
  }

  private List<Cand> runs(List<Token> toks, Sentence s) {
    List<Cand> out = new ArrayList<>();
    int a = s.firstToken();
    int b = s.endToken();
    int k = a;
    while (k < b) {
      if (!isNameToken(toks, k, a)) {
        k++;
        continue;
      }
      int st = k;
      int en = k + 1;
      while (en < b && en - st < MAX_NAME_TOKENS && !endsPossessive(toks, en - 1, b) && !missedBoundary(toks, en - 1, b)) {
        if (isNameToken(toks, en, a)) {
          en++;
        } else if (innerHyphen(toks, en, b) && isNameToken(toks, en + 1, a)) {
          en += 2; // "Min - Woo" tokenized from "Min-Woo"
        } else if (gangNumber(toks, st, en, a, b)) {
          en++;
          break; // "Barrio 18": a number ends a gang's name
        } else if (en + 1 < b && connectorOk(toks, st, en) && isNameToken(toks, en + 1, a)) {
          en += 2;
        } else {
          break;
        }
      }
      out.add(new Cand(st, en, s.index()));
      k = en;
    }
    return out;
  }

  /**
   * A sentence boundary the splitter missed after a dotted country abbreviation: "... to the U.S.
   * Doe called it ..." (a proper noun that is no organization, title or place word, then a verb).
   */
  private boolean missedBoundary(List<Token> toks, int k, int b) {
    String w = toks.get(k).text();
    if (!w.endsWith(".") || !COUNTRY_ABBREVIATIONS.contains(w) || k + 2 >= b) {
      return false;
    }
    String next = lower(toks.get(k + 1).text());
    if (!toks.get(k + 1).tag().equals("PROPN") || Lexicon.ORG_HEADS.contains(next) || Lexicon.ORG_FIRST.contains(next)
        || Lexicon.TITLE_CORE.contains(next) || Lexicon.FAC_HEADS.contains(next) || Lexicon.PLACE_HEADS.contains(next)
        || gaz.place(toks.get(k + 1).text()) != null) {
      return false;
    }
    int j = k + 2;
    while (j < b && j < k + 4 && toks.get(j).isCapitalized()) {
      j++;
    }
    return j < b && (toks.get(j).tag().equals("VERB") || toks.get(j).tag().equals("AUX"));
  }

  /** A hyphen token written without spaces between two words ("Min-Woo", "Make-A-Wish"). */
  private static boolean innerHyphen(List<Token> toks, int k, int b) {
    return k > 0 && k + 1 < b && toks.get(k).text().equals("-") && toks.get(k - 1).end() == toks.get(k).start()
        && toks.get(k).end() == toks.get(k + 1).start();
  }

  /** A 1-3 digit number after a name near a group noun: "gangs like ... Barrio 18", "the 18th Street gang". */
  private static boolean gangNumber(List<Token> toks, int st, int en, int a, int b) {
    String w = toks.get(en).text();
    if (w.isEmpty() || w.length() > 3 || !w.chars().allMatch(Character::isDigit)) {
      return false;
    }
    for (int k = Math.max(a, st - 6); k < Math.min(b, en + 2); k++) {
      if (Lexicon.GROUP_NOUNS.contains(lower(toks.get(k).text()))) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> COMPANY_SUFFIXES =
      Set.of("co", "co.", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc", "llc", "ag", "sa", "nv", "company", "corporation");

  /** A company suffix ends the capitalized words from {@code k} on, within three words. */
  private static boolean companySuffixAhead(List<Token> toks, int k) {
    for (int i = k; i < toks.size() && i < k + 3; i++) {
      String w = toks.get(i).text();
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return false;
      }
      if (COMPANY_SUFFIXES.contains(lower(w))) {
        return true;
      }
    }
    return false;
  }

  private static boolean connectorOk(List<Token> toks, int st, int en) {
    String c = toks.get(en).text();
    if (!Lexicon.NAME_CONNECTORS.contains(c)) {
      return false;
    }
    String prev = lower(toks.get(en - 1).text());
    String first = lower(toks.get(st).text());
    switch (c) {
      case "of":
        return Lexicon.ORG_FIRST.contains(prev) || Lexicon.ORG_HEADS.contains(prev) || Lexicon.PLACE_HEADS.contains(prev)
            || Lexicon.FAC_HEADS.contains(prev) || Lexicon.TITLE_CORE.contains(prev) || prev.equals("center")
            || prev.equals("centre") || prev.equals("states") || prev.equals("emirates") || prev.equals("chief");
      case "the":
        return en > st && lower(toks.get(en - 1).text()).equals("of");
      case "and":
      case "&":
        return !Lexicon.ORG_HEADS.contains(prev) && !COMPANY_SUFFIXES.contains(prev)
            && (Lexicon.ORG_FIRST.contains(first) || companySuffixAhead(toks, en + 1)); // "Carolina Power and Light Co"
      case "for":
      case "on":
        return Lexicon.ORG_FIRST.contains(first) || Lexicon.ORG_HEADS.contains(prev) || prev.equals("center")
            || prev.equals("centre");
      default:
        return true; // de, del, la, y, van, von, bin, al ...
    }
  }

  private Span[] modelSpans(List<Token> toks, Sentence s) {
    if (finder == null) {
      return new Span[0];
    }
    boolean capitalized = false;
    for (int k = s.firstToken() + 1; k < s.endToken() && !capitalized; k++) {
      capitalized = toks.get(k).isCapitalized();
    }
    if (!capitalized) {
      return new Span[0]; // no name-like token after the first: the model is not needed
    }
    String[] words = new String[s.tokenCount()];
    for (int i = 0; i < words.length; i++) {
      words[i] = toks.get(s.firstToken() + i).text();
    }
    return finder.find(words);
  }

  // --------------------------------------------------------------------------- classification

  private void classify(List<Token> toks, Sentence sent, Cand c0, Span[] model, List<Cand> all, List<Cand> employers) {
    int a = sent.firstToken();
    int b = sent.endToken();
    Cand c = c0;
    // 1. titles and roles inside the run: "U.S. Secretary of State Jane Doe"
    int p = -1;
    for (int k = c.s; k < c.e - 1; k++) {
      if (isTitleCore(toks, k, c.s)) {
        p = k;
      }
    }
    if (p >= 0 && !Lexicon.NAME_CONNECTORS.contains(toks.get(p + 1).text())) {
      String lastRem = lower(Names.stripPossessive(toks.get(c.e - 1).text()));
      boolean remIsOrg = Lexicon.ORG_HEADS.contains(lastRem) || Lexicon.FAC_HEADS.contains(lastRem)
          || Lexicon.PLACE_HEADS.contains(lastRem);
      if (!remIsOrg) {
        int roleStart = leftRoleStart(toks, c.s, a);
        Cand n = new Cand(p + 1, c.e, c.sentence);
        // the name before the title phrase is the person's employer or country: "Acme Chief Executive Jane Doe"
        Cand emp = employerBefore(toks, c, p);
        if (emp != null) {
          employers.add(emp);
        }
        n.role = roleText(toks, roleStart, p);
        n.type = EntityType.PERSON;
        n.strength = 3;
        all.set(all.indexOf(c0), n);
        return;
      }
    }
    if (c.e - c.s >= 2 && isTitleCore(toks, c.e - 1, c.s) && TRAILING_TITLES.contains(lower(toks.get(c.e - 1).text()))) {
      // a run ending in a title ("Acme CEO, Jane Doe"): the name before the title phrase is the employer
      Cand emp = employerBefore(toks, c, c.e - 1);
      if (emp != null) {
        all.set(all.indexOf(c0), emp);
        classify(toks, sent, emp, model, all, employers);
        return;
      }
    }
    int tq = p < 0 ? p : titlePhraseStart(toks, c.s, p);
    if (p >= 0 && p + 2 < c.e && Set.of("of", "for", "at").contains(lower(toks.get(p + 1).text()))
        && (tq == c.s || tq == c.s + 1 && c.s == a && Lexicon.NOT_NAMES.contains(lower(toks.get(c.s).text())))) {
      // "Vice Chairman of Acme", "Prime Minister of Canada": the role's organization or country
      int from = lower(toks.get(p + 2).text()).equals("the") ? p + 3 : p + 2;
      for (int j = from + 1; j <= c.e - 2; j++) {
        if (firstName(toks.get(j).text()) && personLike(toks, j, c.e)) {
          // "Minister of Education Jane Doe", "President of the United States Jane Doe": the office, then its holder
          Cand person = new Cand(j, c.e, c.sentence);
          set(person, EntityType.PERSON, 3);
          person.role = roleText(toks, c.s, p);
          Cand office = new Cand(from, j, c.sentence);
          all.set(all.indexOf(c0), office);
          if (isPlaceName(toks, office)) {
            set(office, EntityType.LOCATION, 3); // "President of the United States Jane Doe"
          } else {
            office.strength = -1; // "Minister of Education Jane Doe": a portfolio, no name
          }
          employers.add(person);
          return;
        }
      }
      if (from < c.e) {
        Cand emp = new Cand(from, c.e, c.sentence);
        emp.employer = !commonWords(toks, from, c.e);
        all.set(all.indexOf(c0), emp);
        classify(toks, sent, emp, model, all, employers);
        return;
      }
    }
    for (int len = Math.min(3, c.e - c.s - 2); len >= 1; len--) {
      String kind = gaz.place(spanText(toks, c.s, c.s + len));
      if (kind != null && !kind.equals("city") && personLike(toks, c.s + len, c.e)
          && (gaz.isGivenName(toks.get(c.s + len).text()) || modelPersonAt(model, c.s + len - a, c.e - a))) {
        // "(President of the) United States Jane Doe": a country, then a person
        Cand place = new Cand(c.s, c.s + len, c.sentence);
        set(place, EntityType.LOCATION, 3);
        Cand person = new Cand(c.s + len, c.e, c.sentence);
        set(person, EntityType.PERSON, 2.5);
        all.set(all.indexOf(c0), place);
        employers.add(person);
        return;
      }
    }
    if (c.e - c.s == 1 && Lexicon.TITLE_CORE.contains(lower(toks.get(c.s).text()))) {
      c.type = null;
      c.strength = -1; // a bare title is not a name
      return;
    }
    // a lower-case role just before: "former president X", "deputy chief of staff X"
    int rs = leftRoleStart(toks, c.s, a);
    boolean afterFunctionWord = c.s > a && ROLE_BREAKERS.contains(lower(toks.get(c.s - 1).text()));
    String lastWord = lower(Names.stripPossessive(toks.get(c.e - 1).text()));
    boolean orgHeaded = c.e - c.s >= 2 && (Lexicon.ORG_HEADS.contains(lastWord) || COMPANY_SUFFIXES.contains(lastWord));
    if (rs < c.s && !afterFunctionWord && !orgHeaded && hasTitleCore(toks, rs, c.s)) {
      for (Cand o : all) {
        if (o != c0 && o.e == rs && o.strength >= 0 && (o.type == null || o.type == EntityType.PERSON && o.strength < 3)
            && !isPlaceName(toks, o)) {
          set(o, EntityType.ORGANIZATION, 2.5); // "said Acme analyst Jane Doe": the employer
        }
      }
      c.role = roleText(toks, rs, c.s - 1);
      c.type = EntityType.PERSON;
      c.strength = 3;
      appositive(toks, c, b);
      return;
    }
    String text = spanText(toks, c.s, c.e);
    String last = lower(Names.stripPossessive(toks.get(c.e - 1).text()));
    String first = lower(toks.get(c.s).text());
    int n = c.e - c.s;
    String next = c.e < b ? lower(toks.get(c.e).text()) : "";
    String prev = c.s > a ? lower(toks.get(c.s - 1).text()) : "";
    String prevWord = prev.equals(",") && c.s - 2 >= a ? lower(toks.get(c.s - 2).text()) : prev;
    String afterNumber = next;
    if (c.e < b && toks.get(c.e).tag().equals("NUM")) {
      afterNumber = c.e + 1 < b ? lower(toks.get(c.e + 1).text()) : "";
    }
    if (Lexicon.INDEX_WORDS.contains(afterNumber) || n >= 2 && (Lexicon.INDEX_WORDS.contains(last) || Lexicon.EVENT_HEADS.contains(last))) {
      c.type = null;
      c.strength = -1; // a market index ("the X 100 index", "the X Industrial Average") or an event ("X Conference")
      return;
    }
    if (next.equals("administration") && n <= 3) {
      c.type = EntityType.ORGANIZATION;
      c.strength = 3;
      c.administration = true;
      c.key = Names.fold(text) + " administration";
      return;
    }
    if (n == 2 && COMPASS.contains(first) && Lexicon.LANGUAGE_ADJECTIVES.contains(last) && gaz.place(text) == null) {
      c.type = null;
      c.strength = -1; // "South Korean": a nationality, not a name
      return;
    }
    if (n == 1 && COMPANY_SUFFIXES.contains(lower(text)) && !text.equals("AG") && !text.equals("SA")) {
      c.type = null;
      c.strength = -1; // "Corp" alone: the rest of the name was cut off (a line break in wire copy)
      return;
    }
    if (n == 1 && isAcronym(toks.get(c.s).text()) && text.length() >= 4
        && (gaz.isCommonWord(lower(text)) || Set.of("ADJ", "ADV", "VERB").contains(toks.get(c.s).tag()))) {
      c.type = null;
      c.strength = -1; // "a HUGE collector": a word in capitals for emphasis
      return;
    }
    if (n >= 2 && Set.of("jr.", "jr", "sr.", "sr", "ii", "iii", "iv").contains(last) && firstName(toks.get(c.s).text())) {
      set(c, EntityType.PERSON, 3); // "Jane Doe Jr.", "John Doe III"
      appositive(toks, c, b);
      return;
    }
    if (Lexicon.FORMER_COUNTRIES.contains(Names.fold(text))) {
      set(c, EntityType.LOCATION, 3); // "the Soviet Union"
      return;
    }
    if (n == 1 && COUNTRY_ABBREVIATIONS.contains(toks.get(c.s).text()) || gaz.countryCanonical(text) != null) {
      set(c, EntityType.LOCATION, 3); // "U.K.", "UAE", "Britain": another name of a country
      return;
    }
    if (Lexicon.ORG_DESCRIPTORS.contains(prevWord) && !Lexicon.FAC_HEADS.contains(last) && !Lexicon.PLACE_HEADS.contains(last)
        && !Lexicon.LANGUAGE_ADJECTIVES.contains(first) && !gaz.isDemonymPlural(toks.get(c.s).text())) {
      set(c, EntityType.ORGANIZATION, 3); // "the airline, X,", "automaker X": named by what it is
    } else if (n == 2 && first.equals("air") && gaz.place(toks.get(c.s + 1).text()) != null) {
      set(c, EntityType.ORGANIZATION, 3); // "Air X": an airline
    } else if (Lexicon.FAC_NAMES.contains(Names.fold(text))) {
      set(c, EntityType.FACILITY, 3); // a room or wing, not the office holder's organization
    } else if (Lexicon.GROUP_NOUNS.contains(next) && !next.endsWith("'s") && n <= 4) {
      set(c, EntityType.GROUP, 3); // "the Sinaloa cartel", "the X gang"
    } else if (gaz.place(text) != null) {
      set(c, EntityType.LOCATION, 3);
    } else if (n == 1 && gaz.isCompany(text)) {
      set(c, EntityType.ORGANIZATION, 2.5);
    } else if ((last.equals("center") || last.equals("centre")) && n >= 2) {
      boolean fac = Lexicon.FAC_CENTER_MODIFIERS.contains(lower(toks.get(c.e - 2).text()));
      set(c, fac ? EntityType.FACILITY : EntityType.ORGANIZATION, 3);
    } else if (Lexicon.FAC_HEADS.contains(last) && (n >= 2 || Set.of("pentagon", "kremlin", "capitol").contains(last))) {
      set(c, EntityType.FACILITY, 3);
    } else if (Lexicon.ORG_HEADS.contains(last) && (n >= 2 || Set.of("congress", "senate", "parliament", "reuters", "nato").contains(last))) {
      // "said Jane Press, the chairman": a given name and a speech verb or an appositive make a person
      boolean person = n == 2 && gaz.isGivenName(toks.get(c.s).text()) && !gaz.isCommonWord(first)
          && !COMPANY_SUFFIXES.contains(last) && !Lexicon.TITLE_CORE.contains(last)
          && (speechNext(toks, c) || next.equals(",") && c.e + 1 < b && Lexicon.APPOSITIVE_START.contains(lower(toks.get(c.e + 1).text())));
      set(c, person ? EntityType.PERSON : EntityType.ORGANIZATION, person ? 2.5 : 3);
    } else if (n >= 3 && Lexicon.ORG_FIRST.contains(first) && lower(toks.get(c.s + 1).text()).equals("of")) {
      set(c, EntityType.ORGANIZATION, 3);
    } else if (n >= 3 && innerHeadBeforeOf(toks, c, Lexicon.ORG_HEADS)) {
      set(c, EntityType.ORGANIZATION, 3); // "Court of Appeals", "Bank of England"
    } else if (n >= 3 && innerHeadBeforeOf(toks, c, Lexicon.FAC_HEADS)) {
      set(c, EntityType.FACILITY, 3); // "Museum of Flight"
    } else if (n == 2 && REGION_MODIFIERS.contains(first) && gaz.place(toks.get(c.e - 1).text()) != null) {
      set(c, EntityType.LOCATION, 3); // "Eastern Europe", "Southern Africa": a region of a listed place
    } else if (n >= 2 && (Lexicon.PLACE_HEADS.contains(last)
        || Set.of("gulf", "lake", "mount", "mt.", "bay", "cape", "isle", "sea", "strait").contains(first))) {
      set(c, EntityType.LOCATION, 2);
    } else if (n == 1 && gaz.isDemonymPlural(toks.get(c.s).text())) {
      set(c, EntityType.GROUP, 3);
    }
    if (c.type == null && (Lexicon.FAC_AFTER.contains(next) || next.endsWith("-prison")) && !isPlaceName(toks, c)
        && !(c.e + 1 < b && toks.get(c.e + 1).tag().equals("NOUN"))) { // not "X refinery throughput"
      set(c, EntityType.FACILITY, 2);
    }
    if (c.type == null && prev.equals(",") && c.s - 2 >= a && Lexicon.FAC_AFTER.contains(lower(toks.get(c.s - 2).text()))) {
      set(c, EntityType.FACILITY, 2); // "the high-security prison, X,"
    }
    if (c.type == null && groupContext(toks, c, a, b, all)) {
      set(c, EntityType.GROUP, 2);
    }
    if (c.type == EntityType.GROUP && n >= 2 && gaz.isDemonymPlural(toks.get(c.s).text() + "s")) {
      // "the Colombian Clan del Golfo": the nationality is not part of the group's name
      Cand g = new Cand(c.s + 1, c.e, c.sentence);
      set(g, EntityType.GROUP, c.strength);
      all.set(all.indexOf(c0), g);
      return;
    }
    if (c.type == null && Lexicon.HONORIFIC.contains(prev)) {
      set(c, EntityType.PERSON, 3);
    }
    if (c.type == null && n <= 3 && citation(toks, c.e, b) && personLike(toks, c.s, c.e)) {
      set(c, EntityType.PERSON, 2); // an author cited as "Doe et al.", "Doe (2005)", "(Doe, 2005)"
    }
    if (c.type == null) {
      EntityType m = modelType(model, c, a);
      if (m != null && (m != EntityType.PERSON || personLike(toks, c.s, c.e))) {
        set(c, m, 1);
      }
    }
    if (c.type == null && n >= 2 && n <= 3 && firstName(toks.get(c.s).text()) && personLike(toks, c.s, c.e)) {
      set(c, EntityType.PERSON, 2);
    }
    if (c.type == null && typer != null && c.s > a) {
      guessType(toks, sent, c, model);
    }
    if ((c.type == null || c.type == EntityType.PERSON && c.strength < 3) && next.equals(",") && LOCATIVE.contains(prev)
        && placeAt(toks, c.e + 1, b)) {
      set(c, EntityType.LOCATION, 2.5); // "in X, <state or country>": a town
    }
    if (c.type == EntityType.PERSON && c.strength < 3 && c.s > a
        && (toks.get(c.s - 1).text().equals("the") || c.s - 1 == a && toks.get(a).text().equals("The"))
        && !(c.e < b && toks.get(c.e).tag().equals("NOUN"))) { // "the Jane Doe video" is a person's name
      c.type = null;
      c.strength = -1; // "the X" is no person's name without a title ("the Taurus", "the Dow Jones")
      return;
    }
    if (c.type == null && c.employer) {
      set(c, EntityType.ORGANIZATION, 2);
    }
    if ((c.type == null || c.type != EntityType.PERSON && c.strength < 3) && personAppositive(toks, c.e, b)) {
      set(c, EntityType.PERSON, 2.5); // "X, a 23-year-old Australian woman,"
    }
    if (c.type == null || c.type == EntityType.PERSON) {
      appositive(toks, c, b);
    }
  }

  /** The decoded model output has a person at exactly tokens [s, e) of the sentence. */
  private static boolean modelPersonAt(Span[] model, int s, int e) {
    for (Span sp : model) {
      if (sp.getStart() == s && sp.getEnd() == e && "PERSON".equals(sp.getType())) {
        return true;
      }
    }
    return false;
  }

  /** Titles that may end a run after an employer's name ("Acme CEO"); not "King", "General", "Prince". */
  private static final Set<String> TRAILING_TITLES =
      Set.of("ceo", "cfo", "coo", "chairman", "chairwoman", "president", "spokesman", "spokeswoman", "spokesperson",
          "director", "secretary", "minister", "executive", "founder", "commissioner", "governor", "ambassador",
          "manager", "editor", "analyst", "coach", "sen.", "rep.", "gov.");

  /** Abbreviated month names, which before a number are dates ("Jan 20"), not names ("Jan Smith"). */
  private static final Set<String> MONTH_ABBREVIATIONS =
      Set.of("jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.", "jun", "jun.", "jul", "jul.", "aug", "aug.",
          "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.");

  /** Tokens [from, to) are all common English words ("Media", "Home Office"), so no name by themselves. */
  private boolean commonWords(List<Token> toks, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!gaz.isCommonWord(Names.fold(toks.get(k).text()))) {
        return false;
      }
    }
    return true;
  }

  /** First token of the title phrase (title and title-modifier words) ending at title {@code p}, not before {@code s}. */
  private static int titlePhraseStart(List<Token> toks, int s, int p) {
    int q = p;
    while (q - 1 >= s && (Lexicon.TITLE_CORE.contains(lower(toks.get(q - 1).text()))
        || Lexicon.TITLE_MODIFIER.contains(lower(toks.get(q - 1).text())))) {
      q--;
    }
    return q;
  }

  /**
   * The name in run {@code c} before the title phrase ending at {@code p} ("Acme" of "Acme Chief
   * Executive Jane Doe"), marked as an employer unless it is all common words, or null.
   */
  private Cand employerBefore(List<Token> toks, Cand c, int p) {
    int q = titlePhraseStart(toks, c.s, p);
    while (q > c.s && Lexicon.NAME_CONNECTORS.contains(lower(toks.get(q - 1).text()))) {
      q--;
    }
    if (q <= c.s || Lexicon.NOT_NAMES.contains(lower(toks.get(c.s).text()))) {
      return null;
    }
    Cand emp = new Cand(c.s, q, c.sentence);
    emp.employer = !commonWords(toks, c.s, q);
    return emp;
  }

  /** Nouns that describe a person in an appositive ("X, an Australian woman, ..."). */
  private static final Set<String> PERSON_NOUNS =
      Set.of("man", "woman", "boy", "girl", "teenager", "teen", "child", "mother", "father", "son", "daughter",
          "wife", "husband", "widow", "student", "resident", "native", "citizen", "national", "veteran", "survivor",
          "victim", "retiree", "grandmother", "grandfather", "singer", "actor", "actress", "author", "writer",
          "artist", "musician", "player", "striker", "goalkeeper", "midfielder", "defender", "athlete", "rapper",
          "pastor", "priest", "farmer", "nurse", "doctor", "teacher", "engineer", "scientist", "researcher",
          "economist", "historian", "photographer", "filmmaker", "director", "businessman", "businesswoman",
          "entrepreneur", "billionaire", "millionaire", "politician", "lawmaker", "activist", "journalist");

  /** After a name: ", a|an|the [adjectives, numbers, nationalities] person-noun" ("Jane Doe, a 23-year-old Australian woman"). */
  private static boolean personAppositive(List<Token> toks, int e, int b) {
    if (e + 2 >= b || !toks.get(e).text().equals(",")) {
      return false;
    }
    String d = lower(toks.get(e + 1).text());
    if (!d.equals("a") && !d.equals("an") && !d.equals("the")) {
      return false;
    }
    for (int k = e + 2; k < b && k <= e + 6; k++) {
      String w = toks.get(k).text();
      String tag = toks.get(k).tag();
      if (PERSON_NOUNS.contains(lower(w)) && Character.isLowerCase(w.charAt(0))) {
        return k + 1 >= b || !toks.get(k + 1).tag().equals("NOUN"); // not "a student union"
      }
      if (!(tag.equals("ADJ") || tag.equals("NUM") || tag.equals("PROPN") || tag.equals("ADV") || w.equals("-"))) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> LOCATIVE = Set.of("in", "at", "from", "near", "outside", "to", "of", "into");

  /** A place of the gazetteer (a region or country, not a city) of one to three words starting at {@code k} and ending the name. */
  private boolean placeAt(List<Token> toks, int k, int b) {
    for (int len = 3; len >= 1; len--) {
      if (k + len <= b) {
        String kind = gaz.place(spanText(toks, k, k + len));
        boolean ends = k + len == b || !Character.isUpperCase(toks.get(k + len).text().charAt(0));
        if (kind != null && !kind.equals("city") && ends) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean isPlaceName(List<Token> toks, Cand o) {
    String t = spanText(toks, o.s, o.e);
    return gaz.place(t) != null || gaz.countryCanonical(t) != null || COUNTRY_ABBREVIATIONS.contains(t)
        || Lexicon.LANGUAGE_ADJECTIVES.contains(lower(t)) || gaz.isDemonymPlural(t + "s");
  }

  /** A speech verb or "who" right after or right before the span. */
  private static boolean speechNext(List<Token> toks, Cand c) {
    return c.e < toks.size() && SPEECH_VERBS.contains(lower(toks.get(c.e).text()))
        || c.s >= 1 && SPEECH_VERBS.contains(lower(toks.get(c.s - 1).text()));
  }

  /**
   * A span the rules could not type gets the model's most probable type only when the model gives
   * "no name here" at most this probability (chosen by cross-validation on the training documents).
   */
  static final double GUESS_MAX_OTHER = 0.7;

  /** Types a span the rules and the decoded model output left open by the model's most probable type. */
  private void guessType(List<Token> toks, Sentence sent, Cand c, Span[] model) {
    String first = toks.get(c.s).text();
    if (c.e - c.s >= 2 && (COUNTRY_ABBREVIATIONS.contains(first) || gaz.countryCanonical(first) != null)) {
      return; // "the U.S. Doe called": most likely a sentence split missed after "U.S.", not one name
    }
    String[] words = new String[sent.tokenCount()];
    for (int i = 0; i < words.length; i++) {
      words[i] = toks.get(sent.firstToken() + i).text();
    }
    SpanTyper.Guess g = typer.guess(words, model, c.s - sent.firstToken());
    if (g != null && g.other() < GUESS_MAX_OTHER && (g.type() != EntityType.PERSON || personLike(toks, c.s, c.e))) {
      set(c, g.type(), 0.4);
    }
  }

  private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d[a-z]?");

  /** An author citation follows token {@code e}: "et al.", "(2005)", ", 2005". */
  private static boolean citation(List<Token> toks, int e, int b) {
    if (e + 1 >= b) {
      return false;
    }
    String n1 = toks.get(e).text();
    String n2 = toks.get(e + 1).text();
    return n1.equals("et") && n2.startsWith("al")
        || (n1.equals("(") || n1.equals(",")) && YEAR.matcher(n2).matches();
  }

  private static boolean innerHeadBeforeOf(List<Token> toks, Cand c, Set<String> heads) {
    for (int k = c.s + 1; k < c.e - 1; k++) {
      if (toks.get(k).text().equals("of") && heads.contains(lower(toks.get(k - 1).text()))) {
        return true;
      }
    }
    return false;
  }

  private static void set(Cand c, EntityType t, double strength) {
    c.type = t;
    c.strength = strength;
  }

  private static boolean isTitleCore(List<Token> toks, int k, int runStart) {
    String w = lower(toks.get(k).text());
    if (!Lexicon.TITLE_CORE.contains(w)) {
      return false;
    }
    String p1 = k - 1 >= runStart ? lower(toks.get(k - 1).text()) : "";
    String p2 = k - 2 >= runStart ? lower(toks.get(k - 2).text()) : "";
    return switch (w) {
      case "state" -> p1.equals("of") && p2.equals("secretary");
      case "staff" -> p1.equals("of") && p2.equals("chief");
      case "general" -> Set.of("attorney", "surgeon", "solicitor", "inspector", "secretary", "major", "lieutenant", "brigadier").contains(p1);
      case "executive" -> p1.equals("chief"); // "Chief Executive Jane Doe"
      case "deputy", "chief", "head", "official", "aide", "counsel" -> false;
      default -> true;
    };
  }

  private static boolean hasTitleCore(List<Token> toks, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = lower(toks.get(k).text());
      if (Lexicon.TITLE_CORE.contains(w) && !Set.of("state", "general", "staff", "official", "head", "chief").contains(w)
          || w.equals("staff") && k >= 2 && lower(toks.get(k - 2).text()).equals("chief")) {
        return true;
      }
    }
    return false;
  }

  /** First token of a lower-case role phrase ending just before {@code s} ("former", "deputy chief of staff"). */
  private static int leftRoleStart(List<Token> toks, int s, int a) {
    int k = s;
    while (k - 1 >= a && s - (k - 1) <= 6) {
      String raw = toks.get(k - 1).text();
      String w = lower(raw);
      boolean roleWord = Lexicon.TITLE_CORE.contains(w) || Lexicon.TITLE_MODIFIER.contains(w);
      if (!roleWord || Character.isUpperCase(raw.charAt(0)) && !Lexicon.TITLE_CORE.contains(w) && !Lexicon.TITLE_MODIFIER.contains(w)) {
        break;
      }
      k--;
    }
    // no dangling function words at the start
    while (k < s && Set.of("of", "the", "a", "an", "and", "for").contains(lower(toks.get(k).text()))) {
      k++;
    }
    return k;
  }

  private String roleText(List<Token> toks, int from, int to) {
    // drop leading place modifiers: "US Secretary of State" -> "Secretary of State"
    boolean moved = true;
    while (from < to && moved) {
      moved = false;
      String w = toks.get(from).text();
      String lw = lower(w);
      if (COUNTRY_ABBREVIATIONS.contains(w) || w.equals("EU") || gaz.isDemonymPlural(w + "s")
          || Lexicon.HONORIFIC.contains(lw) || !Lexicon.TITLE_CORE.contains(lw) && !Lexicon.TITLE_MODIFIER.contains(lw)) {
        from++;
        moved = true;
        continue;
      }
      for (int len = 3; len >= 1; len--) {
        if (from + len <= to && gaz.place(spanText(toks, from, from + len)) != null) {
          from += len;
          moved = true;
          break;
        }
      }
    }
    if (from > to || Lexicon.HONORIFIC.contains(lower(toks.get(to).text()))) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    for (int k = from; k <= to; k++) {
      if (k > from) {
        sb.append(' ');
      }
      sb.append(toks.get(k).text());
    }
    return sb.toString();
  }

  /** "X, a spokesman for the ministry," -> role of X. */
  private static void appositive(List<Token> toks, Cand c, int b) {
    if (c.e + 2 >= b || !toks.get(c.e).text().equals(",")) {
      return;
    }
    String w0 = lower(toks.get(c.e + 1).text());
    if (!Lexicon.APPOSITIVE_START.contains(w0) && !Lexicon.TITLE_CORE.contains(w0) && !Lexicon.TITLE_MODIFIER.contains(w0)
        || w0.equals("who")) {
      return;
    }
    int k = c.e + 1;
    boolean core = false;
    boolean headDone = false; // past the head noun: "for the ministry", "of the party"
    boolean description = false;
    while (k < b && k - c.e <= 10) {
      String w = toks.get(k).text();
      if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":") || w.equals("—") || w.equals(")")) {
        break;
      }
      String lw = lower(w);
      String tag = toks.get(k).tag();
      if (tag.equals("VERB") || tag.equals("AUX")) {
        return; // a clause, not an appositive
      }
      if (!headDone && tag.equals("ADP") && k > c.e + 1) {
        headDone = true;
      } else if (!headDone) {
        if (Lexicon.TITLE_CORE.contains(lw) && !lw.equals("state") && Character.isLowerCase(w.charAt(0))) {
          core = true;
        } else if (core && tag.equals("NOUN")) {
          core = false; // the title is a modifier: "a lawyer training course"
        }
        if ((tag.equals("ADJ") || tag.equals("ADV") || tag.equals("CCONJ")) && Character.isLowerCase(w.charAt(0))
            && !Lexicon.TITLE_MODIFIER.contains(lw) && !Lexicon.TITLE_CORE.contains(lw)
            && !Lexicon.ROLE_ADJECTIVES.contains(lw)) {
          description = true; // "a cautious and famously reserved leader": a description, not a title
        }
      }
      k++;
    }
    if (core && !description && k < b && k > c.e + 2) {
      StringBuilder sb = new StringBuilder();
      for (int i = c.e + 1; i < k; i++) {
        if (i > c.e + 1) {
          sb.append(' ');
        }
        sb.append(toks.get(i).text());
      }
      c.role = sb.toString();
      if (c.type == null || c.strength < 2) {
        c.type = EntityType.PERSON;
        c.strength = 2;
      }
    }
  }

  private static boolean groupContext(List<Token> toks, Cand c, int a, int b, List<Cand> all) {
    String next = c.e < b ? lower(toks.get(c.e).text()) : "";
    if (Lexicon.GROUP_NOUNS.contains(next) || next.equals("members") && c.e + 1 < b) {
      return Lexicon.GROUP_NOUNS.contains(next);
    }
    int k = c.s - 1;
    if (k < a) {
      return false;
    }
    String prev = lower(toks.get(k).text());
    if (prev.equals("the") && k - 1 >= a) {
      k--;
      prev = lower(toks.get(k).text());
    }
    if (Lexicon.GROUP_NOUNS.contains(prev)) {
      return true;
    }
    if (!LIST_CUES.contains(prev)) {
      return false;
    }
    for (int j = Math.max(a, k - 5); j < k; j++) {
      String w = lower(toks.get(j).text());
      boolean facilityNext = j + 1 < b && Lexicon.FAC_AFTER.contains(lower(toks.get(j + 1).text()));
      if (!facilityNext && (Lexicon.GROUP_NOUNS.contains(w)
          || GROUP_ADJ.contains(w) && j + 1 < k && toks.get(j + 1).tag().equals("NOUN"))) {
        return true;
      }
    }
    // a list continuing a group: "gangs such as X and Y"
    for (Cand o : all) {
      if (o != c && o.type == EntityType.GROUP && o.e == k && Set.of("and", "or", ",").contains(prev)) {
        return true;
      }
    }
    return false;
  }

  private static EntityType modelType(Span[] model, Cand c, int a) {
    for (Span sp : model) {
      int ms = a + sp.getStart();
      int me = a + sp.getEnd();
      if (ms < c.e && me > c.s) {
        try {
          return EntityType.valueOf(sp.getType());
        } catch (IllegalArgumentException e) {
          return null;
        }
      }
    }
    return null;
  }

  private void addModelOnly(List<Token> toks, Sentence s, Span[] model, List<Cand> cands) {
    int a = s.firstToken();
    for (Span sp : model) {
      int ms = a + sp.getStart();
      int me = a + sp.getEnd();
      boolean overlaps = false;
      for (Cand c : cands) {
        if (c.s < me && c.e > ms) {
          overlaps = true;
          break;
        }
      }
      if (overlaps) {
        continue;
      }
      boolean ok = true;
      for (int k = ms; k < me; k++) {
        String w = toks.get(k).text();
        if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))
            || Lexicon.NAME_CONNECTORS.contains(w))) {
          ok = false;
        }
      }
      String w0 = lower(toks.get(ms).text());
      if (!ok || Lexicon.NOT_NAMES.contains(w0) || isCode(w0) || me - ms > MAX_NAME_TOKENS) {
        continue;
      }
      Cand c = new Cand(ms, me, s.index());
      try {
        set(c, EntityType.valueOf(sp.getType()), 1);
      } catch (IllegalArgumentException e) {
        continue;
      }
      cands.add(c);
    }
    cands.sort(Comparator.comparingInt(x -> x.s));
  }

  private static void linkAcronyms(List<Token> toks, List<Cand> cands) {
    for (int i = 0; i + 1 < cands.size(); i++) {
      Cand c = cands.get(i);
      Cand d = cands.get(i + 1);
      if (d.e - d.s == 1 && d.s == c.e + 1 && toks.get(c.e).text().equals("(") && d.e < toks.size()
          && toks.get(d.e).text().equals(")") && ACRONYM.matcher(toks.get(d.s).text()).matches()
          && c.e - c.s >= 2) {
        d.acronymOf = c;
      }
    }
  }

  // ------------------------------------------------------------------------------ consistency

  private void consistency(String t, List<Token> toks, AnnotatedText text, List<Cand> cands, boolean[] body) {
    Set<String> notNameAcronyms = new HashSet<>();
    for (Cand c : cands) {
      if (c.acronymOf != null && (c.acronymOf.strength < 0 || c.acronymOf.type == null)) {
        c.strength = -1; // the acronym of an event, index or term ("Compact Fluorescent Lamp (CFL)") is no name either
        notNameAcronyms.add(toks.get(c.s).text());
      }
    }
    for (Cand c : cands) {
      if (c.e - c.s == 1 && c.strength < 3 && notNameAcronyms.contains(toks.get(c.s).text())) {
        c.strength = -1; // and nor is that acronym used again
      }
    }
    cands.removeIf(c -> c.strength < 0 || hyphenFragment(toks, c) || joinedPair(toks.get(c.s).text(), c)
        || joinedPair(toks, c) || slogan(toks, c));
    // acronyms take the type of their expansion
    for (Cand c : cands) {
      if (c.acronymOf != null && c.acronymOf.type != null) {
        c.type = c.acronymOf.type;
        c.strength = Math.max(c.strength, c.acronymOf.strength);
      }
    }
    // votes per folded string
    Map<String, EnumMap<EntityType, Double>> votes = new HashMap<>();
    for (Cand c : cands) {
      if (c.type != null && !c.administration) {
        votes.computeIfAbsent(fold(toks, c), k -> new EnumMap<>(EntityType.class)).merge(c.type, c.strength, Double::sum);
      }
    }
    for (Cand c : cands) {
      EnumMap<EntityType, Double> v = votes.get(fold(toks, c));
      if (v != null && c.strength < 3 && !c.administration) {
        EntityType best = best(v);
        if (best != c.type) {
          c.type = best;
          c.strength = Math.max(c.strength, 1.5);
        }
      }
    }
    Set<String> termAcronyms = termAcronyms(toks, text);
    // unknown spans: acronyms are organizations, 2-4 capitalized words with evidence of a person are
    // persons (a title-case phrase alone may be a slogan or a title), others are dropped
    for (Cand c : cands) {
      if (c.type != null) {
        continue;
      }
      int n = c.e - c.s;
      String w = toks.get(c.s).text();
      if (n == 1 && gaz.isGivenName(w) && toks.get(c.s).tag().equals("PROPN") && gaz.place(w) == null
          && !gaz.isCommonWord(Names.fold(w))) {
        set(c, EntityType.PERSON, 0.5);
      } else if (n == 1 && gaz.isCompanyWord(Names.stripPossessive(w)) && toks.get(c.s).tag().equals("PROPN")) {
        set(c, EntityType.ORGANIZATION, 0.5);
      } else if (n == 1 && isAcronym(w) && w.length() <= 6 && !termAcronyms.contains(w)
          && !Lexicon.COMMON_ACRONYMS.contains(lower(w))) {
        set(c, EntityType.ORGANIZATION, 0.5);
      } else if (n >= 2 && n <= 4 && allCapitalizedWords(toks, c.s, c.e) && personLike(toks, c.s, c.e)
          && (n > 2 || personEvidence(toks, c))) {
        set(c, EntityType.PERSON, 0.5);
      }
    }
    // persons with full names; surnames refer back to the unique full name ending with them
    Map<String, List<String>> fullNames = new HashMap<>(); // folded suffix -> folded full names
    for (Cand c : cands) {
      if (c.type == EntityType.PERSON && c.e - c.s >= 2) {
        List<String> words = Names.foldedWords(spanText(toks, c.s, c.e));
        String full = String.join(" ", words);
        for (int i = 1; i < words.size(); i++) {
          List<String> names = fullNames.computeIfAbsent(String.join(" ", words.subList(i, words.size())), k -> new ArrayList<>());
          if (!names.contains(full)) {
            names.add(full);
          }
        }
      }
    }
    for (Cand c : cands) {
      String f = fold(toks, c);
      List<String> full = fullNames.get(f);
      String kind = c.e - c.s == 1 ? gaz.place(spanText(toks, c.s, c.e)) : null;
      boolean city = ("city".equals(kind) || "capital".equals(kind))
          && !(c.s > 0 && LOCATIVE.contains(toks.get(c.s - 1).text())); // "moved to Paris" stays the city
      if (full != null && full.size() == 1 && (c.type == null || c.type == EntityType.PERSON || c.strength < 3 || city)) {
        c.type = EntityType.PERSON;
        c.strength = Math.max(c.strength, 2);
        c.key = full.get(0);
      } else if (full != null && (c.type == null || c.strength < 3) && !city) {
        // the surname of two full names in the article ("Jane Doe", "John Doe"): a person, but not linked to either
        c.type = EntityType.PERSON;
        c.strength = Math.max(c.strength, 2);
      }
    }
    orgFirstWords(toks, cands);
    cands.removeIf(c -> c.type == null);
    // known names elsewhere in the article (headlines, sentence starts)
    matchKnownNames(toks, text, cands, body);
    // keys
    for (Cand c : cands) {
      if (c.acronymOf != null && c.acronymOf.type != null) {
        c.key = keyOf(toks, c.acronymOf);
      } else if (c.key == null) {
        c.key = fold(toks, c);
      }
      if (c.type == EntityType.LOCATION && c.acronymOf == null) {
        String country = gaz.countryCanonical(spanText(toks, c.s, c.e));
        if (country != null) {
          c.key = Names.fold(country); // "UK", "U.K." and "United Kingdom" are one place
        }
      }
    }
    // acronym aliases elsewhere ("Fema" after "... Agency (FEMA)")
    Map<String, Cand> acronyms = new HashMap<>();
    for (Cand c : cands) {
      if (c.acronymOf != null) {
        acronyms.put(fold(toks, c), c);
      }
    }
    for (Cand c : cands) {
      Cand acr = acronyms.get(fold(toks, c));
      if (acr != null && c.acronymOf == null) {
        c.key = acr.key;
        c.type = acr.type;
      }
    }
  }

  /**
   * A one-word span that starts a longer organization name of the same article is that organization
   * ("Acme" after "Acme Motor Company"), unless strong evidence types it otherwise or a person's full
   * name ends with it.
   */
  private void orgFirstWords(List<Token> toks, List<Cand> cands) {
    Set<String> firsts = new java.util.HashSet<>();
    for (Cand c : cands) {
      if (c.type == EntityType.ORGANIZATION && c.e - c.s >= 2 && !c.administration && c.acronymOf == null
          && !toks.get(c.s).tag().equals("ADJ")) {
        String w = Names.stripPossessive(toks.get(c.s).text());
        String lw = lower(w);
        if (w.length() >= 3 && !Lexicon.ORG_FIRST.contains(lw) && !Lexicon.ORG_HEADS.contains(lw) && gaz.place(w) == null
            && !gaz.isPlaceWord(Names.fold(w)) && !gaz.isCommonWord(Names.fold(w)) && !isAcronym(w)
            && !REGION_MODIFIERS.contains(lw) && !gaz.isDemonymPlural(w + "s") && !Lexicon.NAME_CONNECTORS.contains(toks.get(c.s + 1).text())) {
          firsts.add(Names.fold(w));
        }
      }
    }
    if (firsts.isEmpty()) {
      return;
    }
    for (Cand c : cands) {
      if (c.e - c.s == 1 && (c.type == null || c.strength < 3 && c.type != EntityType.ORGANIZATION && c.key == null)
          && firsts.contains(fold(toks, c))) {
        c.type = EntityType.ORGANIZATION;
        c.strength = Math.max(c.strength, 1.5);
      }
    }
  }

  /**
   * Acronyms that a text defines as terms, not names: "(XYZ)" right after lower-case words whose
   * initials spell it ("compact fluorescent lamp (CFL)").
   */
  private static Set<String> termAcronyms(List<Token> toks, AnnotatedText text) {
    Set<String> out = new java.util.HashSet<>();
    for (int k = 1; k + 1 < toks.size(); k++) {
      String w = toks.get(k).text();
      if (!toks.get(k - 1).text().equals("(") || !toks.get(k + 1).text().equals(")") || !isAcronym(w)) {
        continue;
      }
      String letters = w.replaceAll("[^A-Za-z]", "");
      int n = letters.length();
      if (k - 1 - n < 0) {
        continue;
      }
      boolean match = true;
      for (int i = 0; i < n && match; i++) {
        String x = toks.get(k - 1 - n + i).text();
        match = !x.isEmpty() && Character.isLowerCase(x.charAt(0))
            && Character.toLowerCase(letters.charAt(i)) == x.charAt(0);
      }
      if (match) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * A title-case phrase without strong evidence that is a slogan rather than a name: one that starts
   * with a verb ("Make X Great Again") or stands alone between quote marks without a given name
   * (“Nation First”).
   */
  private boolean slogan(List<Token> toks, Cand c) {
    if (c.e - c.s < 2 || c.strength >= 3 || !c.role.isEmpty() || c.acronymOf != null) {
      return false;
    }
    if (toks.get(c.s).tag().equals("VERB")) {
      return true;
    }
    boolean quoted = c.s > 0 && c.e < toks.size() && OPEN_QUOTES.contains(toks.get(c.s - 1).text())
        && CLOSE_QUOTES.contains(toks.get(c.e).text());
    String first = toks.get(c.s).text();
    return quoted && !(gaz.isGivenName(first) && !gaz.isCommonWord(Names.fold(first)));
  }

  private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "added", "argued", "wrote", "asked", "explained", "noted", "stated", "claimed", "insisted", "who");

  /** Evidence that an untyped title-case span is a person: a given name first, or a speech verb or "who" after it. */
  private boolean personEvidence(List<Token> toks, Cand c) {
    return gaz.isGivenName(toks.get(c.s).text()) || speechNext(toks, c);
  }

  private static final Set<String> OPEN_QUOTES = Set.of("“", "\"", "‘", "'");
  private static final Set<String> CLOSE_QUOTES = Set.of("”", "\"", "’", "'");

  /** A span with a token cut at a hyphen ("Smith- Jones"): a compound modifier, not a name. */
  private static boolean hyphenFragment(List<Token> toks, Cand c) {
    for (int k = c.s; k < c.e; k++) {
      String w = toks.get(k).text();
      if ((w.endsWith("-") || w.startsWith("-")) && !(k > c.s && k < c.e - 1 && innerHyphen(toks, k, toks.size()))) {
        return true;
      }
    }
    return false;
  }

  /** "Smith-Jones" (two names joined by a hyphen) is not a name itself; "F-16" and "Ocasio-Cortez" are. */
  private static boolean joinedPair(String w, Cand c) {
    if (c.e - c.s != 1 || c.strength >= 3) {
      return false;
    }
    int h = w.indexOf('-');
    return h > 0 && h + 1 < w.length() && Character.isUpperCase(w.charAt(h + 1)) && Character.isLowerCase(w.charAt(h - 1));
  }

  /** The same for a pair the tokenizer split at the hyphen ("Smith", "-", "Jones"). */
  private static boolean joinedPair(List<Token> toks, Cand c) {
    if (c.e - c.s != 3 || c.strength >= 3 || !innerHyphen(toks, c.s + 1, toks.size())) {
      return false;
    }
    String w = toks.get(c.s).text();
    return Character.isLowerCase(w.charAt(w.length() - 1));
  }

  private String keyOf(List<Token> toks, Cand c) {
    return c.key != null ? c.key : fold(toks, c);
  }

  /** A distinct known name: its tokens folded, and the candidate whose type and key it passes on. */
  private record Known(List<String> words, Cand template) {}

  /**
   * Finds further mentions of names recognized elsewhere in the document. Linear in the document:
   * each distinct name is kept once (a long article repeats the same names thousands of times), and
   * every token is folded once.
   */
  private void matchKnownNames(List<Token> toks, AnnotatedText text, List<Cand> cands, boolean[] body) {
    String[] folded = new String[toks.size()];
    Map<String, List<Known>> byFirst = new HashMap<>();
    java.util.Set<List<String>> seen = new java.util.HashSet<>();
    for (Cand c : cands) {
      List<String> words = Names.foldedWords(spanText(toks, c.s, c.e));
      if (!words.isEmpty() && c.strength >= 1 && !c.administration) {
        List<String> tokWords = new ArrayList<>(c.e - c.s);
        for (int k = c.s; k < c.e; k++) {
          tokWords.add(folded(toks, folded, k));
        }
        if (seen.add(tokWords)) {
          byFirst.computeIfAbsent(words.get(0), k -> new ArrayList<>()).add(new Known(List.copyOf(tokWords), c));
        }
      }
    }
    byFirst.values().forEach(l -> l.sort(Comparator.comparingInt((Known x) -> x.words().size()).reversed()));
    boolean[] covered = new boolean[toks.size()];
    for (Cand c : cands) {
      for (int k = c.s; k < c.e; k++) {
        covered[k] = true;
      }
    }
    List<Cand> added = new ArrayList<>();
    for (Sentence s : text.sentences()) {
      if (!body[s.index()]) {
        continue;
      }
      int k = s.firstToken();
      while (k < s.endToken()) {
        String w = toks.get(k).text();
        if (covered[k] || w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
          k++;
          continue;
        }
        List<Known> options = byFirst.get(Names.fold(w));
        Cand hit = null;
        if (options != null) {
          for (Known o : options) {
            int len = o.words().size();
            if (k + len <= s.endToken() && sameWords(toks, folded, o.words(), k) && !anyCovered(covered, k, k + len)) {
              hit = o.template();
              break;
            }
          }
        }
        if (hit == null) {
          k++;
          continue;
        }
        int len = hit.e - hit.s;
        Cand n = new Cand(k, k + len, s.index());
        n.type = hit.type;
        n.strength = 1;
        n.key = hit.key;
        n.acronymOf = hit.acronymOf;
        added.add(n);
        for (int j = k; j < k + len; j++) {
          covered[j] = true;
        }
        k += len;
      }
    }
    cands.addAll(added);
    cands.sort(Comparator.comparingInt(x -> x.s));
  }

  private static String folded(List<Token> toks, String[] cache, int k) {
    String f = cache[k];
    if (f == null) {
      f = Names.fold(toks.get(k).text());
      cache[k] = f;
    }
    return f;
  }

  private static boolean sameWords(List<Token> toks, String[] cache, List<String> words, int b) {
    for (int i = 0; i < words.size(); i++) {
      if (!words.get(i).equals(folded(toks, cache, b + i))) {
        return false;
      }
      String raw = toks.get(b + i).text();
      if (i == 0 && !Character.isUpperCase(raw.charAt(0)) || raw.endsWith("-") || isCode(raw)) {
        return false;
      }
    }
    return true;
  }

  private static boolean anyCovered(boolean[] covered, int s, int e) {
    for (int k = s; k < e; k++) {
      if (covered[k]) {
        return true;
      }
    }
    return false;
  }

  private static EntityType best(EnumMap<EntityType, Double> v) {
    EntityType best = null;
    double bv = -1;
    for (Map.Entry<EntityType, Double> e : v.entrySet()) {
      if (e.getValue() > bv) {
        best = e.getKey();
        bv = e.getValue();
      }
    }
    return best;
  }

  // --------------------------------------------------------------------------------- mentions

  private List<EntityMention> mentions(Article article, String t, List<Token> toks, List<Cand> cands) {
    List<EntityMention> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Cand c : cands) {
      int start = toks.get(c.s).start();
      if (c.s > 0 && c.type != EntityType.PERSON && c.type != EntityType.GROUP && c.acronymOf == null
          && toks.get(c.s - 1).text().equals("The") && toks.get(c.s - 1).sentence() == toks.get(c.s).sentence()
          && c.s - 1 > firstTokenOfSentence(toks, c.s)) {
        start = toks.get(c.s - 1).start(); // a capitalized "The" inside a sentence is part of the name
      }
      Token lastTok = toks.get(c.e - 1);
      int end = lastTok.end() - Names.possessiveLength(lastTok.text());
      if (c.administration) {
        end = toks.get(c.e).end();
      }
      if (end > start && notAName(toks, c, t, end)) {
        continue;
      }
      if (end <= start || !seen.add(start + ":" + end)) {
        continue;
      }
      String surface = t.substring(start, end);
      String key = c.key;
      String id = c.type.name().toLowerCase(Locale.ROOT) + ":" + key.replace(' ', '-');
      out.add(new EntityMention(article.id(), surface, c.type, id, start, end, toks.get(c.s).sentence(), c.role));
    }
    return out;
  }

  /**
   * Spans that look like names but are not entity mentions: a country code glued to a currency sign
   * ("US$", "HK$"), a language or nationality adjective alone typed as a person ("English",
   * "German"; as a place it stays: "American" officials refer to the country), a bare title typed as a person ("Prime Minister"), a general-language acronym typed
   * as an organization ("DNA", "GDP").
   */
  private boolean notAName(List<Token> toks, Cand c, String t, int end) {
    String last = toks.get(c.e - 1).text();
    if (last.endsWith("$") || end < t.length() && t.charAt(end) == '$') {
      return true;
    }
    if (c.e - c.s == 1) {
      String w = lower(Names.stripPossessive(last));
      if (c.type == EntityType.PERSON
          && (Lexicon.LANGUAGE_ADJECTIVES.contains(w) || Character.isUpperCase(last.charAt(0)) && gaz.isDemonymPlural(last + "s"))) {
        return true;
      }
      if (c.type == EntityType.ORGANIZATION && (Lexicon.COMMON_ACRONYMS.contains(w) || Lexicon.LANGUAGE_ADJECTIVES.contains(w))) {
        return true;
      }
    }
    if (c.type == EntityType.PERSON) {
      boolean allTitle = true;
      for (int k = c.s; k < c.e && allTitle; k++) {
        String w = lower(toks.get(k).text());
        allTitle = Lexicon.TITLE_CORE.contains(w) || Lexicon.TITLE_MODIFIER.contains(w);
      }
      return allTitle;
    }
    return false;
  }

  // ---------------------------------------------------------------------------------- helpers

  private static int firstTokenOfSentence(List<Token> toks, int k) {
    int sentence = toks.get(k).sentence();
    while (k > 0 && toks.get(k - 1).sentence() == sentence) {
      k--;
    }
    return k;
  }

  private static String spanText(List<Token> toks, int s, int e) {
    StringBuilder sb = new StringBuilder();
    for (int k = s; k < e; k++) {
      if (k > s) {
        sb.append(' ');
      }
      sb.append(k == e - 1 ? Names.stripPossessive(toks.get(k).text()) : toks.get(k).text());
    }
    return sb.toString();
  }

  private static String fold(List<Token> toks, Cand c) {
    return Names.fold(spanText(toks, c.s, c.e));
  }

  private static boolean isAcronym(String w) {
    return ACRONYM.matcher(w).matches() && w.chars().filter(Character::isLetter).count() >= 2;
  }

  /**
   * Given names that are also common words ("Mark", "Bill", "Grace") and so are not in the given-name
   * set; before a surname they are first names.
   */
  private static final Set<String> WORD_FIRST_NAMES =
      Set.of("Mark", "Bill", "Will", "Frank", "Grace", "Rose", "Hope", "Faith", "Guy", "Dean", "Earl", "Art", "Chuck",
          "Jack", "Bob", "Sue", "Pat", "Ray", "Bud", "Buck", "Hank", "Rob", "Don", "Ken", "Gene", "Joy", "Kim");

  /** A word that starts a person's name: a given name, or a common-word first name ("Mark"). */
  private boolean firstName(String w) {
    return gaz.isGivenName(w) || WORD_FIRST_NAMES.contains(w);
  }

  private boolean personLike(List<Token> toks, int s, int e) {
    boolean given = e - s >= 2 && firstName(toks.get(s).text()) && !gaz.isCommonWord(Names.fold(toks.get(s).text()))
        || e - s >= 2 && WORD_FIRST_NAMES.contains(toks.get(s).text());
    for (int k = s; k < e; k++) {
      if (k > s && k < e - 1 && innerHyphen(toks, k, toks.size())) {
        continue;
      }
      String w = Names.fold(toks.get(k).text());
      String tag = toks.get(k).tag();
      if (COUNTRY_ABBREVIATIONS.contains(toks.get(k).text()) || gaz.countryCanonical(toks.get(k).text()) != null) {
        return false; // "U.S. Doe" (a sentence split missed after "U.S.") is no person's name
      }
      boolean properish = tag.equals("PROPN") || k < e - 1 && (tag.equals("NOUN") || tag.equals("ADJ"));
      // a common word is no name part, except a first name (a given name, or a proper noun before another
      // proper noun: "Mark Zuckerberg"), and a surname ("Close", "Law") after a clear first name
      boolean commonOk = k == s && (firstName(toks.get(k).text())
          || e - s >= 2 && tag.equals("PROPN") && toks.get(k + 1).tag().equals("PROPN"))
          || given && k == e - 1 && tag.equals("PROPN");
      if (!properish || gaz.isPlaceWord(w) || gaz.isCommonWord(w) && !commonOk || NOT_PERSON_WORDS.contains(w)
          || Lexicon.GROUP_NOUNS.contains(w) || Lexicon.ORG_HEADS.contains(w) || Lexicon.PLACE_HEADS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allCapitalizedWords(List<Token> toks, int s, int e) {
    for (int k = s; k < e; k++) {
      String w = toks.get(k).text();
      if (k > s && k < e - 1 && innerHyphen(toks, k, toks.size())) {
        continue;
      }
      if (!Character.isUpperCase(w.charAt(0)) || !w.chars().allMatch(ch -> Character.isLetter(ch) || ch == '’' || ch == '\'' || ch == '-')
          || isAcronym(w)) {
        return false;
      }
    }
    return true;
  }

  private static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }
}
