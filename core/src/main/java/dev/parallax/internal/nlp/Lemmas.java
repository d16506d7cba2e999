package dev.parallax.internal.nlp;

import java.util.Locale;
import java.util.Map;

/**
 * A small rule-based English lemmatizer for nouns and verbs: fast, dictionary-free, good enough to
 * group "protesters"/"protester" and "deported"/"deport". Irregular forms come from a short list.
 */
public final class Lemmas {
  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("men", "man"), Map.entry("women", "woman"), Map.entry("children", "child"),
          Map.entry("people", "people"), Map.entry("persons", "person"), Map.entry("feet", "foot"),
          Map.entry("teeth", "tooth"), Map.entry("mice", "mouse"), Map.entry("geese", "goose"),
          Map.entry("police", "police"), Map.entry("news", "news"), Map.entry("series", "series"),
          Map.entry("species", "species"), Map.entry("data", "data"), Map.entry("media", "media"),
          Map.entry("crises", "crisis"), Map.entry("analyses", "analysis"), Map.entry("thieves", "thief"),
          Map.entry("lives", "life"), Map.entry("wives", "wife"), Map.entry("knives", "knife"),
          Map.entry("leaves", "leaf"), Map.entry("halves", "half"), Map.entry("dies", "die"),
          Map.entry("was", "be"), Map.entry("were", "be"), Map.entry("is", "be"), Map.entry("are", "be"),
          Map.entry("been", "be"), Map.entry("am", "be"), Map.entry("has", "have"), Map.entry("had", "have"),
          Map.entry("did", "do"), Map.entry("does", "do"), Map.entry("done", "do"), Map.entry("said", "say"),
          Map.entry("says", "say"), Map.entry("went", "go"), Map.entry("gone", "go"), Map.entry("made", "make"),
          Map.entry("took", "take"), Map.entry("taken", "take"), Map.entry("gave", "give"), Map.entry("given", "give"),
          Map.entry("told", "tell"), Map.entry("held", "hold"), Map.entry("sent", "send"), Map.entry("kept", "keep"),
          Map.entry("left", "leave"), Map.entry("met", "meet"), Map.entry("paid", "pay"), Map.entry("rose", "rise"),
          Map.entry("risen", "rise"), Map.entry("fell", "fall"), Map.entry("fallen", "fall"), Map.entry("won", "win"),
          Map.entry("lost", "lose"), Map.entry("brought", "bring"), Map.entry("bought", "buy"), Map.entry("sold", "sell"),
          Map.entry("thought", "think"), Map.entry("found", "find"), Map.entry("got", "get"), Map.entry("began", "begin"),
          Map.entry("begun", "begin"), Map.entry("came", "come"), Map.entry("saw", "see"), Map.entry("seen", "see"),
          Map.entry("knew", "know"), Map.entry("known", "know"), Map.entry("led", "lead"), Map.entry("fled", "flee"),
          Map.entry("shot", "shoot"), Map.entry("hit", "hit"), Map.entry("hurt", "hurt"), Map.entry("struck", "strike"),
          Map.entry("stole", "steal"), Map.entry("stolen", "steal"), Map.entry("wrote", "write"), Map.entry("written", "write"),
          Map.entry("spoke", "speak"), Map.entry("spoken", "speak"), Map.entry("drove", "drive"), Map.entry("driven", "drive"),
          Map.entry("grew", "grow"), Map.entry("grown", "grow"), Map.entry("built", "build"), Map.entry("spent", "spend"),
          Map.entry("dead", "dead"), Map.entry("died", "die"), Map.entry("lay", "lie"), Map.entry("ran", "run"));

  private Lemmas() {}

  /** The lemma of a word with its UD tag; lower-cased. */
  public static String lemma(String word, String tag) {
    String w = word.toLowerCase(Locale.ROOT);
    String irr = IRREGULAR.get(w);
    if (irr != null && (tag.equals("NOUN") || tag.equals("VERB") || tag.equals("AUX") || tag.equals("ADJ"))) {
      return irr;
    }
    switch (tag) {
      case "NOUN":
      case "PROPN":
        return tag.equals("NOUN") ? noun(w) : w;
      case "VERB":
      case "AUX":
        return verb(w);
      default:
        return w;
    }
  }

  /** Singular of a lower-case noun. */
  public static String noun(String w) {
    String irr = IRREGULAR.get(w);
    if (irr != null) {
      return irr;
    }
    int n = w.length();
    if (n <= 3 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
      return w;
    }
    if (w.endsWith("ies") && n > 4) {
      return w.substring(0, n - 3) + "y";
    }
    if (w.endsWith("sses") || w.endsWith("shes") || w.endsWith("ches") || w.endsWith("xes") || w.endsWith("zes")) {
      return w.substring(0, n - 2);
    }
    return w.substring(0, n - 1);
  }

  /** Base form of a lower-case verb. */
  static String verb(String w) {
    int n = w.length();
    if (n > 4 && w.endsWith("ied")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 3 && w.endsWith("ed")) {
      String stem = w.substring(0, n - 2);
      if (stem.length() >= 3 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
          && "lsz".indexOf(stem.charAt(stem.length() - 1)) < 0) {
        return stem.substring(0, stem.length() - 1); // stopped -> stop
      }
      if (stem.endsWith("at") || stem.endsWith("iz") || stem.endsWith("us") || stem.endsWith("ag")
          || stem.endsWith("rv") || stem.endsWith("lv") || stem.endsWith("ic") || stem.endsWith("rg")
          || stem.endsWith("uc") || stem.endsWith("ur") || stem.endsWith("ag")
          || stem.endsWith("ov") || stem.endsWith("iv") || stem.endsWith("ut") && !stem.endsWith("out")
          || stem.endsWith("ir") || stem.endsWith("ak") || stem.endsWith("os") || stem.endsWith("ol")) {
        return stem + "e"; // estimated -> estimate, arrived -> arrive
      }
      return stem;
    }
    if (n > 5 && w.endsWith("ing")) {
      return w.substring(0, n - 3);
    }
    if (n > 4 && w.endsWith("ies")) {
      return w.substring(0, n - 3) + "y";
    }
    if (n > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
      return w.substring(0, n - 2);
    }
    if (n > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, n - 1);
    }
    return w;
  }
}
