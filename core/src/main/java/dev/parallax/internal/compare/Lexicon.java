package dev.parallax.internal.compare;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * General-language synonym sets used to decide that two figures count the same kind of thing
 * ("protesters"/"demonstrators") under the same predicate ("killed"/"died"/"dead"). Stateless.
 */
final class Lexicon {
  private Lexicon() {}

  /** Class of a counted noun lemma that stands for any person. */
  static final String PERSON = "person";

  private static final Map<String, String> NOUN_CLASS = new HashMap<>();
  private static final Map<String, String> PREDICATE_CLASS = new HashMap<>();
  private static final Set<String> GENERIC_PERSON =
      Set.of("people", "person", "individual", "adult", "resident", "citizen", "national");

  static {
    noun("migrant", "migrant", "immigrant", "deportee", "emigrant", "refugee", "asylum-seeker", "alien", "returnee");
    noun("soldier", "soldier", "troop", "serviceman", "servicemember", "trooper", "marine");
    noun("protester", "protester", "protestor", "demonstrator", "marcher", "rioter");
    noun("detainee", "detainee", "prisoner", "inmate", "captive", "hostage");
    noun("member", "member", "gang member", "gangster", "criminal", "suspect", "militant", "fighter");
    noun("victim", "victim", "casualty", "fatality");
    noun("civilian", "civilian", "bystander", "noncombatant");
    noun("child", "child", "kid", "minor", "student", "pupil");
    noun("worker", "worker", "employee", "staff", "job");
    noun("fund", "package", "budget", "fund", "funding", "aid", "grant", "allocation", "plan", "payment", "deal");
    noun("vote", "vote", "ballot");
    noun("house", "house", "home", "building", "dwelling");
    pred("kill", "kill", "die", "dead", "death", "slay", "perish", "murder", "fatality", "fatal", "toll");
    pred("injure", "injure", "wound", "hurt", "injury");
    pred("detain", "arrest", "detain", "jail", "imprison", "incarcerate", "hold", "capture", "apprehend", "lock",
        "detention", "arrest", "custody", "prison");
    pred("deport", "deport", "deportation", "send", "remove", "removal", "expel", "expulsion", "return", "repatriate",
        "extradite", "fly", "transfer", "accept", "receive", "ship");
    pred("evacuate", "evacuate", "displace", "flee", "evacuation");
    pred("fund", "allocate", "spend", "fund", "budget", "earmark", "pay", "invest", "approve", "pledge", "grant");
    pred("protest", "protest", "march", "rally", "demonstrate", "gather");
    pred("vote", "vote", "elect", "win");
    pred("hire", "hire", "employ", "recruit");
    pred("cut", "cut", "lay", "fire", "layoff", "lose");
  }

  private static void noun(String cls, String... lemmas) {
    for (String l : lemmas) {
      NOUN_CLASS.put(l, cls);
    }
  }

  private static void pred(String cls, String... lemmas) {
    for (String l : lemmas) {
      PREDICATE_CLASS.putIfAbsent(l, cls);
    }
  }

  /**
   * The class of a counted-noun lemma: a synonym-set name, {@link #PERSON} for generic people words
   * and nationalities ("Hondurans"), the lemma itself otherwise, "" when empty.
   */
  static String nounClass(String lemma, String surface) {
    String l = lemma.toLowerCase(Locale.ROOT).strip();
    if (l.isEmpty()) {
      return "";
    }
    if (GENERIC_PERSON.contains(l) || isDemonym(surface)) {
      return PERSON;
    }
    String cls = NOUN_CLASS.get(l);
    return cls != null ? cls : l;
  }

  /** True when a noun class names people (so a generic "people" count may describe it). */
  static boolean isPersonClass(String cls) {
    return cls.equals(PERSON) || Set.of("migrant", "soldier", "protester", "detainee", "member", "victim", "child", "worker", "civilian")
        .contains(cls);
  }

  private static final Set<String> MONEY_VERBS =
      Set.of("receive", "get", "give", "provide", "send", "offer", "award", "transfer", "return", "raise", "cost", "owe",
          "secure", "obtain", "collect", "spend", "pay", "allocate", "approve", "fund", "budget", "earmark", "invest",
          "pledge", "grant", "package");

  /** The predicate class of a verb or event-noun lemma; for money every transfer verb is "fund". */
  static String predicateClass(String lemma, boolean money) {
    if (money && MONEY_VERBS.contains(lemma.toLowerCase(Locale.ROOT))) {
      return "fund";
    }
    return predicateClass(lemma);
  }

  /** The predicate class of a verb or event-noun lemma, "" when not in any set. */
  static String predicateClass(String lemma) {
    String l = lemma.toLowerCase(Locale.ROOT);
    String c = PREDICATE_CLASS.get(l);
    if (c == null && l.endsWith("s")) {
      c = PREDICATE_CLASS.get(l.substring(0, l.length() - 1));
    }
    return c == null ? "" : c;
  }

  /** "Hondurans", "Peruvians", "Britons", "Chinese": a capitalized nationality plural or adjective. */
  static boolean isDemonym(String surface) {
    String s = surface.strip();
    int sp = s.lastIndexOf(' ');
    String w = sp >= 0 ? s.substring(sp + 1) : s;
    if (w.length() < 4 || !Character.isUpperCase(w.charAt(0))) {
      return false;
    }
    return w.endsWith("ans") || w.endsWith("ians") || w.endsWith("ese") || w.endsWith("ons") || w.endsWith("is")
        || w.endsWith("ish");
  }

  /** Verbs that report rather than describe the counted event ("said that 40 were evacuated"). */
  static final Set<String> GENERIC_VERBS =
      Set.of("say", "tell", "hint", "confirm", "report", "announce", "state", "claim", "add", "note", "indicate",
          "suggest", "see", "be", "have", "bring", "include", "come", "make", "get", "do", "continue", "show", "stat",
          "put", "take", "reach", "total", "number", "estimate");

  /** True when a predicate class comes from the synonym sets (not a raw verb). */
  static boolean isKnownPredicate(String cls) {
    return PREDICATE_CLASS.containsValue(cls) || cls.equals("fund");
  }

  /** Words that make a figure an increment ("10 more", "another ten", "an additional 10"). */
  static final Set<String> INCREMENT = Set.of("more", "another", "additional", "further", "extra", "new");

  /** Words marking a running total ("bringing the total to", "in all"). */
  static final Set<String> TOTAL = Set.of("total", "overall", "altogether", "cumulative", "tally");
}
