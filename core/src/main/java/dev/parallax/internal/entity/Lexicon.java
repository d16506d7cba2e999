package dev.parallax.internal.entity;

import java.util.Set;

/**
 * Word lists for the recognition rules: titles and roles, organization, facility and place head
 * words, connectors inside names. General English vocabulary only.
 *
 * <p>Stateless and thread-safe.
 */
final class Lexicon {
  private Lexicon() {}

  private static Set<String> words(String... ws) {
    return Set.copyOf(java.util.Arrays.asList(ws)); // duplicates allowed in the source lists
  }

  /** Title or role words that end a role phrase before a name ("Secretary of State", "Mr."). */
  static final Set<String> TITLE_CORE =
      words(
          "president", "vice-president", "secretary", "minister", "premier", "governor", "gov.", "mayor", "judge",
          "justice", "senator", "sen.", "rep.", "representative", "congressman", "congresswoman", "ambassador",
          "director", "chairman", "chairwoman", "chair", "commissioner", "spokesman", "spokeswoman", "spokesperson",
          "mr.", "mr", "mrs.", "mrs", "ms.", "ms", "dr.", "dr", "sir", "dame", "gen.", "col.", "lt.", "sgt.",
          "adm.", "admiral", "capt.", "captain", "pope", "king", "queen", "prince", "princess", "sheikh", "emir",
          "speaker", "chancellor", "staff", "attorney", "lawyer", "officer", "ceo", "founder", "leader", "chief",
          "lawmaker", "prosecutor", "sheriff", "commander", "envoy", "czar", "tsar", "advisor", "adviser",
          "professor", "prof.", "rev.", "reverend", "bishop", "archbishop", "cardinal", "rabbi", "imam",
          "coach", "manager", "executive", "deputy", "general", "counsel", "aide", "official", "head",
          "correspondent", "reporter", "editor", "analyst", "activist", "candidate", "nominee", "state",
          // occupations that stand before a name like a title ("goalkeeper Jane Doe", "illustrator Jane Doe")
          "goalkeeper", "striker", "midfielder", "defender", "winger", "illustrator", "photographer", "author",
          "novelist", "poet", "singer", "songwriter", "actor", "actress", "artist", "painter", "sculptor", "composer",
          "musician", "producer", "designer", "architect", "scientist", "researcher", "economist", "historian",
          "astronaut", "detective", "inspector", "constable", "sergeant", "corporal", "soldier", "priest", "pastor",
          "comedian", "chef", "entrepreneur", "businessman", "businesswoman", "billionaire", "blogger", "cosplayer",
          "co-founder", "cofounder", "filmmaker", "playwright", "broadcaster", "presenter", "anchor", "columnist");

  /** Honorifics: make a name a person but are not kept as roles. */
  static final Set<String> HONORIFIC = words("mr.", "mr", "mrs.", "mrs", "ms.", "ms", "dr.", "dr", "sir", "dame");

  /** Words that may appear inside a role phrase without being its head. */
  static final Set<String> TITLE_MODIFIER =
      words(
          "former", "acting", "interim", "then", "current", "incoming", "outgoing", "late", "deputy", "vice",
          "assistant", "associate", "senior", "top", "chief", "prime", "foreign", "defense", "defence", "interior",
          "finance", "justice", "health", "homeland", "security", "press", "u.s.", "us", "u.k.",
          "uk", "federal", "district", "supreme", "court", "general", "of", "the", "state", "national", "first",
          "lady", "attorney", "human", "rights", "public", "civil", "police", "army", "navy", "air", "force",
          "party", "opposition", "majority", "minority", "senate", "district", "immigration", "judge",
          "a", "an", "for", "and", "campaign", "government", "ministry", "department", "agency", "high", "shadow", "home",
          "emeritus");

  /** Last words that make a capitalized span an organization. */
  static final Set<String> ORG_HEADS =
      words(
          "court", "department", "ministry", "party", "inc.", "inc", "corp.", "corp", "corporation", "co.", "ltd",
          "ltd.", "llc", "plc", "gmbh", "ag", "university", "college", "agency", "council", "commission", "watch",
          "international", "committee", "association", "union", "federation", "league", "institute", "foundation",
          "fund", "bank", "group", "company", "bureau", "office", "service", "services", "administration",
          "authority", "board", "congress", "senate", "parliament", "assembly", "house", "news", "times", "post",
          "journal", "press", "network", "television", "radio", "airlines", "airways", "motors", "police",
          "army", "navy", "guard", "forces", "force", "ministry", "school", "society", "trust", "organization",
          "organisation", "coalition", "alliance", "front", "movement", "network", "channel", "tribunal",
          "cabinet", "government", "secretariat", "directorate", "church", "club", "team", "fc", "partners",
          "holdings", "industries", "technologies", "systems", "labs", "media", "review", "tribune", "herald",
          "gazette", "telegraph", "guardian", "reuters", "bancorp", "nations", "party's", "legislature", "org",
          "brothers", "bros.", "bros", "mutual", "co", "cos", "cos.");

  /** First words that make "X of Y" an organization ("Department of Justice", "University of Chicago"). */
  static final Set<String> ORG_FIRST =
      words(
          "department", "ministry", "university", "bank", "office", "bureau", "council", "commission", "committee",
          "institute", "house", "court", "board", "federation", "union", "league", "association", "college",
          "church", "school", "government", "secretariat", "organization", "organisation", "agency");

  /** Last words that make a capitalized span a facility. */
  static final Set<String> FAC_HEADS =
      words(
          "prison", "penitentiary", "jail", "stadium", "airport", "bridge", "tower", "towers", "palace", "mansion",
          "arena", "base", "station", "hospital", "building", "hall", "square", "dam", "plant", "refinery",
          "port", "harbor", "harbour", "museum", "cathedral", "mosque", "temple", "castle", "fort", "camp",
          "terminal", "mall", "complex", "facility", "embassy", "consulate", "highway", "motorway", "tunnel",
          "pentagon", "kremlin", "capitol");

  /** "Center"/"Centre" is a facility after these words ("Detention Center"), else an organization. */
  static final Set<String> FAC_CENTER_MODIFIERS =
      words(
          "detention", "confinement", "correctional", "processing", "holding", "medical", "shopping", "convention",
          "trade", "community", "data", "space", "training", "reception", "transit", "performing", "arts",
          "sports", "civic", "cultural", "financial", "world", "rehabilitation", "penitentiary", "prison");

  /** Folded names of well-known rooms and wings that are facilities although they end in an organization word. */
  static final Set<String> FAC_NAMES =
      words("oval office", "situation room", "cabinet room", "east room", "west wing", "east wing", "rose garden",
          "white house");

  /**
   * Lower-case adjectives that belong to a position ("a longtime aide", "a local official"); other
   * adjectives before the head noun make an appositive a description ("a cautious leader"), not a role.
   */
  static final Set<String> ROLE_ADJECTIVES =
      words("longtime", "long-time", "veteran", "local", "regional", "provincial", "municipal", "military",
          "political", "economic", "legal", "diplomatic", "presidential", "parliamentary", "congressional",
          "elected", "appointed", "retired", "lead", "principal", "special", "executive", "managing", "founding",
          "spiritual", "religious", "supreme", "general", "senior", "junior", "top", "chief", "former", "current",
          "deputy", "foreign", "domestic", "international", "independent", "conservative", "liberal", "democratic",
          "republican", "opposition", "ruling", "main", "key");

  /** Lower-case facility nouns after a name: "the X prison", "X airport". */
  static final Set<String> FAC_AFTER =
      words("prison", "jail", "stadium", "airport", "mansion", "bridge", "hospital", "facility", "penitentiary", "complex", "base", "camp", "compound", "plant", "refinery", "embassy");

  /** Lower-case nouns that make the name before or after them a group ("X gang", "gangs such as X"). */
  static final Set<String> GROUP_NOUNS =
      words("gang", "gangs", "cartel", "cartels", "militia", "militias", "mafia", "syndicate", "syndicates",
          "gang's", "cartel's", "militia's", "clan", "clans", "faction", "factions");

  /** Place heads: "Gulf of X", "X River", "X Province". */
  static final Set<String> PLACE_HEADS =
      words(
          "river", "lake", "mountains", "mountain", "mount", "mt.", "island", "islands", "sea", "ocean", "gulf",
          "bay", "valley", "province", "state", "county", "city", "district", "region", "peninsula", "coast",
          "desert", "strait", "canal", "republic", "kingdom", "street", "avenue", "road", "park", "beach",
          "heights", "hills", "border", "strip", "bank", "territory", "territories", "oblast");

  /** Connectors allowed inside a multi-word name. */
  static final Set<String> NAME_CONNECTORS =
      words("of", "de", "del", "la", "las", "los", "y", "da", "do", "dos", "di", "du", "van", "von", "der", "bin",
          "al", "el", "le", "for", "the", "and", "&", "on");

  /** Capitalized words that never start or form a name on their own. */
  static final Set<String> NOT_NAMES =
      words(
          "i", "the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "you",
          "his", "her", "their", "our", "my", "in", "on", "at", "but", "and", "or", "if", "when", "while", "after",
          "before", "as", "for", "with", "by", "from", "of", "to", "so", "yet", "also", "there", "here", "what",
          "who", "how", "why", "where", "which", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
          "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "mr.", "mrs.", "ms.", "dr.", "no", "not", "yes", "one", "some",
          "many", "most", "all", "both", "each", "every", "other", "such", "despite", "however", "meanwhile",
          "although", "though", "because", "since", "until", "during", "under", "over", "about", "according",
          "critics", "officials", "images", "families", "photos", "video", "read", "more", "related", "share",
          "advertisement", "click", "subscribe", "sign", "follow", "watch:", "editor", "note", "update", "breaking",
          "exclusive", "opinion", "analysis", "live", "today", "yesterday", "tomorrow", "latest", "like",
          "than", "then", "now", "still", "even", "just", "only", "again", "once", "twice", "do", "did", "does",
          "is", "was", "are", "were", "be", "been", "has", "have", "had", "can", "could", "will", "would",
          "should", "must", "might", "shall", "let", "please", "thank", "thanks", "oh", "well", "ok", "okay",
          "um", "uh", "erm", "hmm", "yeah", "wow");

  /**
   * Languages and nationality adjectives that are not derived from a place name by a regular suffix
   * ("English", "French", "Dutch"): alone they name a language or qualify a noun, never a person or a
   * place.
   */
  static final Set<String> LANGUAGE_ADJECTIVES =
      words(
          "english", "french", "dutch", "welsh", "irish", "scottish", "british", "spanish", "danish", "swedish",
          "finnish", "polish", "turkish", "kurdish", "flemish", "cornish", "chinese", "japanese", "vietnamese",
          "portuguese", "lebanese", "sudanese", "senegalese", "burmese", "nepalese", "taiwanese", "maltese",
          "congolese", "togolese", "greek", "thai", "swiss", "arabic", "hebrew", "latin", "persian", "farsi",
          "hindi", "urdu", "bengali", "punjabi", "tamil", "swahili", "yiddish", "mandarin", "cantonese", "creole",
          "german", "italian", "russian", "korean", "american", "african", "european", "asian", "arab", "filipino",
          "ukrainian", "israeli", "iraqi", "iranian", "afghan", "pakistani", "indian", "mexican", "canadian",
          "soviet", "western", "eastern");

  /** Folded names of states that no longer exist, which the country list lacks. */
  static final Set<String> FORMER_COUNTRIES =
      words("soviet union", "ussr", "yugoslavia", "czechoslovakia", "east germany", "west germany",
          "ottoman empire", "roman empire", "byzantine empire", "austria-hungary", "prussia", "rhodesia", "zaire",
          "burma", "ceylon", "persia", "siam");

  /**
   * Common acronyms of general language that name things, not organizations ("DNA", "GDP", "CEO").
   * Alone they are not entity mentions.
   */
  static final Set<String> COMMON_ACRONYMS =
      words(
          "dna", "rna", "gdp", "gnp", "cpi", "ceo", "cfo", "coo", "cto", "tv", "pc", "ai", "it", "id", "usb", "gps",
          "hiv", "mri", "ct", "dvd", "cd", "pdf", "html", "url", "sms", "ufo", "atm", "iq", "icu", "vat", "gmt",
          "utc", "faq", "cpu", "gpu", "ram", "lcd", "led", "phd", "mba", "bc", "ad", "am", "pm", "ok", "diy", "vip",
          "suv", "rpm", "mph", "kph", "ip", "api", "sql", "xml", "json", "http", "www", "lgbt", "lgbtq", "covid",
          "sars", "adhd", "ptsd", "std", "ivf", "cctv", "gmo", "co2", "ev", "evs", "3d", "vr", "ar", "hr", "pr",
          "qa", "r&d", "m&a", "ipo", "etf", "roi", "gis", "os", "ui", "ux", "wifi", "ngo", "ngos", "mp", "mps",
          "gb", "mb", "kb", "tb", "ghz", "mhz", "km", "kg", "sdk", "pcs", "rsvp", "asap", "suv", "aids", "er", "dvd",
          "ph.d", "bsc", "msc", "ba", "ma", "vs", "etc", "pin", "2d", "4g", "5g", "wmd", "ied", "rpg");

  /** Currency and time-zone codes, which look like acronyms but are not names ("USD", "GMT"). */
  static final Set<String> CODES =
      words("usd", "eur", "gbp", "jpy", "cny", "rmb", "chf", "cad", "aud", "nzd", "hkd", "inr", "krw", "rub", "brl",
          "mxn", "sek", "nok", "dkk", "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "cet",
          "cest", "bst", "jst", "ist", "aest");

  /**
   * Lower-case nouns that say what kind of organization the name right after them is ("the airline,
   * X,", "automaker X", "its European division, X").
   */
  static final Set<String> ORG_DESCRIPTORS =
      words("company", "firm", "airline", "carrier", "automaker", "carmaker", "manufacturer", "maker", "airframer",
          "retailer", "lender", "insurer", "broker", "brokerage", "conglomerate", "subsidiary", "division", "unit",
          "supplier", "distributor", "publisher", "broadcaster", "newspaper", "magazine", "startup", "start-up",
          "rival", "rivals", "competitor", "competitors", "operator", "developer", "chipmaker", "drugmaker",
          "brewer", "bank", "group", "organization", "organisation", "charity", "union", "club", "team", "band",
          "label", "studio", "automakers", "airlines", "companies", "firms", "banks", "newspapers", "giant");

  /** Words that make a name before them (or a run ending in them) a market index, not an organization. */
  static final Set<String> INDEX_WORDS = words("index", "indices", "indexes", "average", "composite");

  /** Last words of the names of events, which are none of the entity types ("X Conference", "X Summit"). */
  static final Set<String> EVENT_HEADS =
      words("conference", "summit", "festival", "olympics", "games", "championship", "championships", "expo",
          "convention", "fair", "awards", "marathon", "tournament", "cup", "forum", "week", "day");

  /** Lower-case words after which a role phrase introduces an appositive person ("X, a spokesman for Y"). */
  static final Set<String> APPOSITIVE_START = words("a", "an", "the", "former", "who", "its", "his", "her", "their");
}
