package dev.parallax.internal.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Place and given-name lists built from openly licensed npm packages by {@code
 * scripts/build-gazetteers.sh} (sources and licenses in {@code docs/gazetteers.md} and NOTICE),
 * loaded once from the classpath. The lists are constant data, so one shared instance is kept.
 *
 * <p>Immutable and thread-safe.
 */
final class Gazetteers {
  static final String PLACES = "dev/parallax/gazetteer/places.tsv";
  static final String GIVEN = "dev/parallax/gazetteer/given-names.txt";
  static final String COMMON = "dev/parallax/gazetteer/common-words.txt";
  static final String COMPANIES = "dev/parallax/gazetteer/companies.tsv";
  /** Other names of countries ("U.K.", "Britain", "UAE") and the canonical name each stands for. */
  static final String COUNTRY_ALIASES = "dev/parallax/gazetteer/country-aliases.tsv";

  /** Capitalized words that the given-name list contains but that are usually not first names. */
  private static final Set<String> NOT_GIVEN =
      Set.of(
          "Will", "May", "June", "April", "August", "Justice", "Court", "Rose", "President", "General", "Human",
          "North", "South", "East", "West", "White", "House", "Fox", "Grace",
          "Bill", "Mark", "Hope", "Faith", "Honor", "Major", "King", "Prince", "Bishop", "Judge", "Page", "Young",
          "Black", "Brown", "Green", "Gray", "Grey", "Law", "Rich", "Summer", "Winter", "Love", "Joy", "Sunny",
          "Dallas", "Houston", "Austin", "Jordan", "Israel", "Chad", "Georgia", "Virginia", "Carolina", "Victoria",
          "Paris", "London", "Sydney", "Florence", "Orlando", "Chelsea", "Madison", "Lincoln", "Jackson", "Frank",
          "Art", "Guy", "Sky", "Star", "Royal", "Lord", "Lady", "Dean", "Earl", "Duke", "Pope", "Sheriff", "Senator",
          "Deputy", "Chief", "Secretary", "Minister", "Governor", "Mayor", "Saint", "Christian", "Muslim", "Jewish",
          "American", "British", "Mexican", "Supreme", "Federal", "National", "United", "Republican", "Democrat",
          "Homeland", "Security", "State", "Department", "Office", "Center", "Union", "Party", "Council");

  /** Words of place names that do not make demonyms ("Republicans" is not a nationality). */
  private static final Set<String> GENERIC_PLACE_WORDS =
      Set.of(
          "republic", "kingdom", "islands", "island", "states", "state", "united", "federal", "democratic",
          "city", "saint", "north", "south", "east", "west", "central", "great", "province", "region",
          "territory", "district", "county", "people", "peoples", "arab", "capital", "new", "santa", "sint",
          "lower", "upper", "northern", "southern", "eastern", "western");

  private static final class Holder {
    static final Gazetteers INSTANCE = load();
  }

  private final Map<String, String> places;
  private final Set<String> given;
  private final java.util.NavigableSet<String> placeWords;

  private final Set<String> countryWords;
  private final Set<String> common;
  private final Map<String, String> countryAliases; // folded alias -> canonical name
  private final Set<String> companies;
  private final Set<String> companyWords;

  private Gazetteers(
      Map<String, String> places,
      Set<String> given,
      java.util.TreeSet<String> placeWords,
      Set<String> countryWords,
      Set<String> common,
      Map<String, String> countryAliases,
      Set<String> companies,
      Set<String> companyWords) {
    this.companies = Set.copyOf(companies);
    this.companyWords = Set.copyOf(companyWords);
    this.countryAliases = Map.copyOf(countryAliases);
    this.common = Set.copyOf(common);
    this.countryWords = Set.copyOf(countryWords);
    this.places = Map.copyOf(places);
    this.given = Set.copyOf(given);
    this.placeWords = java.util.Collections.unmodifiableNavigableSet(new java.util.TreeSet<>(placeWords));
  }

  /** The shared lists (loaded on first use). */
  static Gazetteers english() {
    return Holder.INSTANCE;
  }

  private static Gazetteers load() {
    Map<String, String> places = new HashMap<>();
    java.util.TreeSet<String> placeWords = new java.util.TreeSet<>();
    Set<String> countryWords = new HashSet<>();
    Set<String> given = new HashSet<>();
    try {
      for (String line : lines(PLACES)) {
        int tab = line.indexOf('\t');
        if (tab <= 0) {
          continue;
        }
        String name = line.substring(0, tab);
        String kind = line.substring(tab + 1);
        places.putIfAbsent(Names.fold(name), kind);
        if (!kind.equals("city")) {
          for (String w : Names.foldedWords(name)) {
            if (w.length() >= 4 && !GENERIC_PLACE_WORDS.contains(w)) {
              placeWords.add(w);
              if (kind.equals("country") || kind.equals("continent")) {
                countryWords.add(w);
              }
            }
          }
        }
      }
      for (String line : lines(GIVEN)) {
        if (!line.isBlank() && !NOT_GIVEN.contains(line.strip())) {
          given.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteers", e);
    }
    Set<String> common = new HashSet<>();
    try {
      for (String line : lines(COMMON)) {
        if (!line.isBlank()) {
          common.add(line.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteers", e);
    }
    Map<String, String> aliases = new HashMap<>();
    try {
      for (String line : lines(COUNTRY_ALIASES)) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          aliases.put(Names.fold(line.substring(0, tab)), line.substring(tab + 1).strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteers", e);
    }
    Set<String> companies = new HashSet<>();
    Set<String> companyWords = new HashSet<>();
    try {
      for (String line : lines(COMPANIES)) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          (line.substring(tab + 1).strip().equals("word") ? companyWords : companies).add(line.substring(0, tab));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteers", e);
    }
    Gazetteers g = new Gazetteers(places, given, placeWords, countryWords, common, aliases, companies, companyWords);
    // demonyms and legal forms in the company word list ("Brazilian", "GmbH") are not company names
    java.util.function.Predicate<String> generic = w -> g.isDemonymPlural(w + "s") || g.isCommonWord(Names.fold(w))
        || Lexicon.LANGUAGE_ADJECTIVES.contains(w.toLowerCase(java.util.Locale.ROOT)) || isGenericWord(w);
    companies.removeIf(generic);
    companyWords.removeIf(generic);
    return new Gazetteers(places, given, placeWords, countryWords, common, aliases, companies, companyWords);
  }

  private static java.util.List<String> lines(String resource) throws IOException {
    InputStream in = Gazetteers.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("gazetteer " + resource + " not on the classpath");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return r.lines().toList();
    }
  }

  /** The kind of place ("country", "capital", "region", "city", "continent") or null. */
  String place(String name) {
    return places.get(Names.fold(name));
  }

  /**
   * The canonical name of a country written another way ("U.K.", "UK", "Britain"
   * -> "United Kingdom"; "UAE" -> "United Arab Emirates"), or null when {@code name} is no such
   * alias (a canonical name itself, or not a country).
   */
  String countryCanonical(String name) {
    return countryAliases.get(Names.fold(name));
  }

  /** True when a folded word belongs to a listed country or continent name ("america"). */
  boolean isPlaceWord(String folded) {
    return countryWords.contains(folded);
  }

  /** True for a word the training texts mostly write in lower case ("system", "library"). */
  boolean isCommonWord(String folded) {
    return common.contains(folded);
  }

  /** True for a one-word company name of the company list ("Volkswagen", "Nvidia"). */
  boolean isCompany(String word) {
    return companies.contains(word);
  }

  /**
   * True for a company word that is also an English word ("Google", "Target"): weak evidence of an
   * organization, used only when nothing else types a one-word name.
   */
  boolean isCompanyWord(String word) {
    return companyWords.contains(word);
  }

  /** Head words, titles and plural or derived common nouns ("Airlines", "Motors", "Association"). */
  private static boolean isGenericWord(String w) {
    String lw = w.toLowerCase(java.util.Locale.ROOT);
    return Lexicon.ORG_HEADS.contains(lw) || Lexicon.FAC_HEADS.contains(lw) || Lexicon.PLACE_HEADS.contains(lw)
        || Lexicon.TITLE_CORE.contains(lw) || lw.endsWith("s") || lw.endsWith("ion") || lw.endsWith("ics")
        || lw.endsWith("ity") || lw.endsWith("ing") || lw.endsWith("al") || lw.endsWith("ive") || lw.endsWith("ed");
  }

  /** True for a common given name ("Maria", "John"). */
  boolean isGivenName(String word) {
    return given.contains(word);
  }

  /**
   * True when a capitalized plural word is a demonym of a listed country, region or continent:
   * "Kenyans" (Kenya), "Brazilians" (Brazil), "Germans" (Germany), "Texans" (Texas).
   */
  boolean isDemonymPlural(String word) {
    if (word.length() < 5 || !Character.isUpperCase(word.charAt(0)) || !word.endsWith("s")
        || Names.possessiveLength(word) > 0 || !word.chars().allMatch(Character::isLetter)) {
      return false;
    }
    String w = Names.fold(word);
    String sing = w.substring(0, w.length() - 1);
    String next = placeWords.ceiling(sing);
    if (next != null && next.startsWith(sing) && next.length() > sing.length() && next.length() <= sing.length() + 2) {
      return true; // "germans" -> germany
    }
    for (String suffix : new String[] {"ian", "ean", "an", "n", "i", "er"}) {
      if (sing.endsWith(suffix) && sing.length() - suffix.length() >= 4) {
        String stem = sing.substring(0, sing.length() - suffix.length());
        if (placeWords.contains(stem) || placeWords.contains(stem + "a") || placeWords.contains(stem + "y")
            || placeWords.contains(stem + "o") || placeWords.contains(stem + "e") || placeWords.contains(stem + "ia")) {
          return true;
        }
      }
    }
    return false;
  }
}
