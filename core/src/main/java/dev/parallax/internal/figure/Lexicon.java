package dev.parallax.internal.figure;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * General English lexicons for reading numbers as news writes them: number words, scale words,
 * fractions, vague quantities, currencies, percent words, measure units, time units and the
 * qualifier phrases that turn a number into an interval. All keys are lower case.
 *
 * <p>Immutable and thread-safe.
 */
final class Lexicon {
  private Lexicon() {}

  static final Map<String, Integer> SMALL =
      Map.ofEntries(
          Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
          Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
          Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
          Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
          Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
          Map.entry("eighteen", 18), Map.entry("nineteen", 19));

  static final Map<String, Integer> TENS =
      Map.ofEntries(
          Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
          Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
          Map.entry("eighty", 80), Map.entry("ninety", 90));

  /** Scale words that multiply the number before them ("6 million", "1.2 bln", "3m"). */
  static final Map<String, Double> SCALE =
      Map.ofEntries(
          Map.entry("hundred", 1e2), Map.entry("thousand", 1e3), Map.entry("million", 1e6),
          Map.entry("billion", 1e9), Map.entry("trillion", 1e12), Map.entry("mln", 1e6),
          Map.entry("mn", 1e6), Map.entry("bln", 1e9), Map.entry("bn", 1e9), Map.entry("tn", 1e12),
          Map.entry("trn", 1e12), Map.entry("dozen", 12.0));

  /** Scale suffixes only read as scales when glued to the digits ("3m", "10k", "2b"). */
  static final Map<String, Double> GLUED_SCALE = Map.of("m", 1e6, "k", 1e3, "b", 1e9, "bn", 1e9, "mn", 1e6);

  /** Fraction nouns ("a third", "two-thirds", "three quarters"). */
  static final Map<String, Double> FRACTION =
      Map.ofEntries(
          Map.entry("half", 1 / 2.0), Map.entry("halves", 1 / 2.0), Map.entry("third", 1 / 3.0),
          Map.entry("thirds", 1 / 3.0), Map.entry("quarter", 1 / 4.0), Map.entry("quarters", 1 / 4.0),
          Map.entry("fifth", 1 / 5.0), Map.entry("fifths", 1 / 5.0), Map.entry("sixth", 1 / 6.0),
          Map.entry("sixths", 1 / 6.0), Map.entry("tenth", 1 / 10.0), Map.entry("tenths", 1 / 10.0));

  /**
   * Plural scale words read as vague quantities: "hundreds" is [200, 1,000), "thousands" [2,000,
   * 1,000,000), "millions" [2e6, 1e9), "billions" [2e9, 1e12), "dozens" [24, 100). Combinations are
   * handled by the extractor: "tens of thousands" [20,000, 100,000), "hundreds of thousands"
   * [200,000, 1,000,000).
   */
  static final Map<String, double[]> VAGUE_PLURAL =
      Map.of(
          "dozens", new double[] {24, 100},
          "hundreds", new double[] {200, 1e3},
          "thousands", new double[] {2e3, 1e6},
          "millions", new double[] {2e6, 1e9},
          "billions", new double[] {2e9, 1e12},
          "trillions", new double[] {2e12, 1e15});

  /** Currency symbols written before the number. */
  static final Map<String, String> CURRENCY_SYMBOL =
      Map.ofEntries(
          Map.entry("$", "USD"), Map.entry("us$", "USD"), Map.entry("usd", "USD"),
          Map.entry("c$", "CAD"), Map.entry("a$", "AUD"), Map.entry("au$", "AUD"),
          Map.entry("hk$", "HKD"), Map.entry("nz$", "NZD"), Map.entry("s$", "SGD"),
          Map.entry("£", "GBP"), Map.entry("gbp", "GBP"), Map.entry("€", "EUR"), Map.entry("eur", "EUR"),
          Map.entry("¥", "JPY"), Map.entry("jpy", "JPY"), Map.entry("rs", "INR"), Map.entry("rs.", "INR"),
          Map.entry("₹", "INR"), Map.entry("r$", "BRL"), Map.entry("chf", "CHF"), Map.entry("cad", "CAD"),
          Map.entry("aud", "AUD"), Map.entry("₩", "KRW"));

  /** Currency words written after the number, with the code of their most common reading. */
  static final Map<String, String> CURRENCY_WORD =
      Map.ofEntries(
          Map.entry("dollars", "USD"), Map.entry("dollar", "USD"), Map.entry("dlrs", "USD"),
          Map.entry("dlr", "USD"), Map.entry("cents", "USD"), Map.entry("cent", "USD"),
          Map.entry("cts", "USD"), Map.entry("ct", "USD"), Map.entry("pounds", "GBP"),
          Map.entry("stg", "GBP"), Map.entry("sterling", "GBP"), Map.entry("pence", "GBP"),
          Map.entry("euros", "EUR"), Map.entry("euro", "EUR"),
          Map.entry("yen", "JPY"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"),
          Map.entry("rupees", "INR"), Map.entry("lire", "ITL"), Map.entry("lira", "ITL"),
          Map.entry("guilders", "NLG"), Map.entry("marks", "DEM"), Map.entry("francs", "FRF"),
          Map.entry("pesos", "pesos"), Map.entry("riyals", "SAR"), Map.entry("rand", "ZAR"),
          Map.entry("roubles", "RUB"), Map.entry("rubles", "RUB"), Map.entry("kronor", "SEK"),
          Map.entry("crowns", "crowns"), Map.entry("ringgit", "MYR"), Map.entry("baht", "THB"),
          Map.entry("schillings", "ATS"), Map.entry("shillings", "shillings"), Map.entry("dinars", "dinars"),
          Map.entry("naira", "NGN"), Map.entry("rupiah", "IDR"), Map.entry("hryvnias", "UAH"),
          Map.entry("bolivars", "VES"), Map.entry("colones", "colones"), Map.entry("reais", "BRL"),
          Map.entry("cruzados", "BRC"), Map.entry("australs", "ARA"), Map.entry("zlotys", "PLN"));

  /** Nationality adjectives that settle which dollar, franc, peso or crown is meant. */
  static final Map<String, String> CURRENCY_NATION =
      Map.ofEntries(
          Map.entry("u.s.|dollars", "USD"), Map.entry("us|dollars", "USD"),
          Map.entry("canadian|dollars", "CAD"), Map.entry("australian|dollars", "AUD"),
          Map.entry("hong kong|dollars", "HKD"), Map.entry("kong|dollars", "HKD"),
          Map.entry("new zealand|dollars", "NZD"), Map.entry("zealand|dollars", "NZD"),
          Map.entry("nz|dollars", "NZD"), Map.entry("singapore|dollars", "SGD"),
          Map.entry("taiwan|dollars", "TWD"), Map.entry("swiss|francs", "CHF"),
          Map.entry("french|francs", "FRF"), Map.entry("belgian|francs", "BEF"),
          Map.entry("mexican|pesos", "MXN"), Map.entry("philippine|pesos", "PHP"),
          Map.entry("argentine|pesos", "ARS"), Map.entry("chilean|pesos", "CLP"),
          Map.entry("colombian|pesos", "COP"), Map.entry("swedish|crowns", "SEK"),
          Map.entry("danish|crowns", "DKK"), Map.entry("norwegian|crowns", "NOK"),
          Map.entry("german|marks", "DEM"), Map.entry("korean|won", "KRW"),
          Map.entry("egyptian|pounds", "EGP"), Map.entry("irish|pounds", "IEP"));

  /** Measure units after a number, with their singular form. */
  static final Map<String, String> MEASURE =
      Map.ofEntries(
          Map.entry("tonnes", "tonne"), Map.entry("tonne", "tonne"), Map.entry("tons", "ton"),
          Map.entry("ton", "ton"), Map.entry("kg", "kg"), Map.entry("kilograms", "kg"),
          Map.entry("kilos", "kg"), Map.entry("grams", "g"), Map.entry("km", "km"),
          Map.entry("kilometres", "km"), Map.entry("kms", "km"), Map.entry("inch", "inch"), Map.entry("meter", "m"), Map.entry("metre", "m"),
          Map.entry("megabyte", "MB"), Map.entry("megabytes", "MB"), Map.entry("gigabyte", "GB"),
          Map.entry("gigabytes", "GB"), Map.entry("kilometer", "km"), Map.entry("kilometre", "km"),
          Map.entry("acre", "acre"), Map.entry("hectare", "hectare"), Map.entry("barrel", "barrel"), Map.entry("mm", "mm"), Map.entry("cm", "cm"),
          Map.entry("kb", "KB"), Map.entry("decibels", "dB"), Map.entry("db", "dB"), Map.entry("kilowatt-hours", "kWh"), Map.entry("kilometers", "km"), Map.entry("miles", "mile"),
          Map.entry("mile", "mile"), Map.entry("metres", "m"), Map.entry("meters", "m"),
          Map.entry("feet", "foot"), Map.entry("foot", "foot"), Map.entry("inches", "inch"),
          Map.entry("acres", "acre"), Map.entry("hectares", "hectare"), Map.entry("barrels", "barrel"),
          Map.entry("bpd", "barrels per day"), Map.entry("ounces", "ounce"), Map.entry("oz", "ounce"),
          Map.entry("gallons", "gallon"), Map.entry("litres", "litre"), Map.entry("liters", "litre"),
          Map.entry("megawatts", "MW"), Map.entry("mw", "MW"), Map.entry("kwh", "kWh"),
          Map.entry("gigawatts", "GW"), Map.entry("degrees", "degree"), Map.entry("mph", "mph"),
          Map.entry("bushels", "bushel"), Map.entry("bales", "bale"), Map.entry("carats", "carat"),
          Map.entry("points", "points"), Map.entry("point", "points"), Map.entry("gb", "GB"),
          Map.entry("mb", "MB"), Map.entry("tb", "TB"), Map.entry("cubic", "cubic"),
          Map.entry("square", "square"), Map.entry("sq", "square"), Map.entry("lbs", "lb"),
          Map.entry("cc", "cc"), Map.entry("ghz", "GHz"), Map.entry("mhz", "MHz"));

  /** Time units: a number before one is a duration or an age, never a count. */
  static final Set<String> TIME_UNIT =
      Set.of(
          "year", "years", "yr", "yrs", "month", "months", "week", "weeks", "day", "days", "hour",
          "hours", "hrs", "minute", "minutes", "mins", "second", "seconds", "secs", "decade", "decades",
          "century", "centuries", "night", "nights", "fortnight", "weekend", "weekends", "quarter",
          "quarters", "term", "terms", "season", "seasons", "semester", "millennium");

  static final Set<String> MONTH =
      Set.of(
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.",
          "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.",
          "nov", "nov.", "dec", "dec.");

  /** Words after a number that make it a clock time. */
  static final Set<String> TIME_OF_DAY =
      Set.of("a.m.", "p.m.", "am", "pm", "a.m", "p.m", "gmt", "utc", "est", "edt", "cet", "bst", "o'clock", "hrs", "hours.");

  /** Words before a number that make it a year, a rank or an address rather than a count. */
  static final Set<String> YEAR_CUE =
      Set.of(
          "in", "since", "by", "until", "till", "from", "to", "of", "during", "early", "late", "mid",
          "before", "after", "year", "fiscal", "through", "between", "summer", "spring", "autumn",
          "fall", "winter", "end", "christmas", "throughout", "around");

  /** Words that make a "N-M" pair a sports score. */
  static final Set<String> SCORE_CUE =
      Set.of(
          "win", "won", "wins", "beat", "beats", "lost", "lose", "loses", "defeat", "defeated", "draw",
          "drew", "score", "scored", "victory", "game", "match", "final", "lead", "led", "leads",
          "trailed", "goals", "vote", "voted", "votes", "set", "sets");

  static final Set<String> CHANGE_UP =
      Set.of(
          "rise", "rose", "risen", "rises", "rising", "increase", "increased", "increases", "increasing",
          "grow", "grew", "grown", "grows", "growing", "climb", "climbed", "climbs", "climbing", "gain",
          "gained", "gains", "gaining", "jump", "jumped", "jumps", "surge", "surged", "surges", "soar",
          "soared", "soars", "advance", "advanced", "advances", "rally", "rallied", "up", "higher",
          "added", "raise", "raised", "raises", "boost", "boosted", "expand", "expanded");

  static final Set<String> CHANGE_DOWN =
      Set.of(
          "fall", "fell", "fallen", "falls", "falling", "drop", "dropped", "drops", "dropping",
          "decline", "declined", "declines", "declining", "decrease", "decreased", "decreases", "slip",
          "slipped", "slips", "plunge", "plunged", "plunges", "slide", "slid", "slides", "lose", "lost",
          "shed", "sheds", "ease", "eased", "eases", "sink", "sank", "sunk", "tumble", "tumbled",
          "down", "lower", "cut", "cuts", "reduce", "reduced", "shrank", "shrink", "shrunk", "contract",
          "contracted", "dip", "dipped", "slump", "slumped", "plummet", "plummeted", "retreat", "retreated");

  /** Nouns after a figure that make it a change ("a 5% rise"). */
  static final Set<String> CHANGE_NOUN_UP = Set.of("rise", "increase", "gain", "jump", "hike", "growth", "surge", "advance");

  static final Set<String> CHANGE_NOUN_DOWN = Set.of("fall", "drop", "decline", "decrease", "cut", "loss", "reduction", "slump", "dip");

  /** Verbs whose lemma is not a useful predicate for a figure. */
  static final Set<String> WEAK_VERB =
      Set.of("be", "have", "do", "say", "tell", "include", "get", "accord", "become", "seem");

  /** Reporting verbs for attribution ("officials said"). */
  static final Set<String> REPORT_VERB =
      Set.of(
          "said", "says", "say", "told", "tells", "reported", "reports", "announced", "announces",
          "stated", "states", "claimed", "claims", "noted",
          "confirmed", "confirms", "insisted", "acknowledged", "disclosed", "revealed", "warned");

  /** Words between a number and its counted noun that say "in addition" ("ten more individuals"). */
  static final Set<String> ADDITIVE = Set.of("more", "additional", "further", "other", "extra", "new");

  private static final Set<String> PEOPLE =
      Set.of(
          "people", "person", "man", "woman", "child", "adult", "teenager", "infant", "baby", "boy", "girl",
          "troop", "soldier", "staff", "police", "civilian", "migrant", "refugee", "victim", "nurse", "doctor",
          "patient", "student", "pupil", "worker", "employee", "officer", "official", "member", "individual",
          "prisoner", "detainee", "hostage", "immigrant", "citizen", "resident", "passenger", "pilgrim", "fan",
          "voter", "medic", "suspect", "militant", "rebel", "fighter", "crew", "survivor", "casualty", "tourist",
          "protester", "demonstrator", "player", "athlete", "journalist", "teacher", "judge", "lawyer",
          "senator", "delegate", "volunteer", "inmate", "deportee", "asylum-seeker", "farmer", "miner", "family");

  /** True for a counted noun that names people ("nurses", "Peruvians", "protesters"). */
  static boolean isPeople(String lemma, dev.parallax.text.Token head) {
    if (PEOPLE.contains(lemma)) {
      return true;
    }
    if (head.isProperNoun() && head.isCapitalized() && head.text().endsWith("s")) {
      return true; // plural demonyms: "Peruvians", "Chileans"
    }
    return lemma.endsWith("er") && lemma.length() > 4 || lemma.endsWith("ist") || lemma.endsWith("ian")
        || lemma.endsWith("ee") && lemma.length() > 4;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
