package dev.parallax.internal.entity;

import dev.parallax.entity.EntityMention;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Blocking keys for cross-document entity resolution: a folded surname key ({@code s:garcia}) and,
 * for names that can be abbreviated, an acronym key ({@code a:ice}).
 *
 * <p>Contract with {@link EntityResolver}: two mentions are only ever linked if they share a key,
 * directly or through other mentions, and the resolution of a mention depends only on the mentions
 * connected to it that way. The Spark job ({@code parallax-spark}) relies on this: it groups
 * mentions into components of shared keys and resolves each component on its own, and its test
 * checks that the result equals {@link EntityResolver#resolve} on the whole corpus. Stateless.
 */
public final class EntityBlocking {
  private EntityBlocking() {}

  private static final Set<String> HONORIFICS =
      Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "jr", "sr", "the", "s");
  private static final Set<String> SMALL_WORDS = Set.of("and", "of", "the", "for", "de", "la", "del", "&");

  /** The blocking keys of a mention; never empty. */
  public static Set<String> keys(EntityMention mention) {
    return keys(mention.text());
  }

  /** The blocking keys of a surface form; never empty. */
  public static Set<String> keys(String surface) {
    Set<String> keys = new TreeSet<>();
    String letters = surface.replaceAll("[^\\p{L}]", "");
    if (letters.length() >= 2 && letters.length() <= 6 && letters.equals(letters.toUpperCase(Locale.ROOT))) {
      // An acronym ("ICE", "U.S.") blocks by its letters; a single capitalized word ("BAHIA" in a
      // headline) also by its surname key, so it meets the same word in mixed case.
      keys.add("a:" + fold(letters));
      if (surface.strip().matches("\\p{L}+")) {
        keys.add("s:" + fold(surface.strip()));
      }
      return keys;
    }
    String folded = fold(surface);
    List<String> tokens = new ArrayList<>();
    for (String t : folded.split("[^\\p{L}\\p{N}]+")) {
      if (!t.isEmpty()) {
        tokens.add(t);
      }
    }
    List<String> content = new ArrayList<>();
    for (String t : tokens) {
      if (!HONORIFICS.contains(t)) {
        content.add(t);
      }
    }
    if (!content.isEmpty()) {
      keys.add("s:" + content.get(content.size() - 1));
    }
    String acronym = acronym(surface);
    if (acronym != null) {
      keys.add("a:" + acronym);
    }
    if (keys.isEmpty()) {
      keys.add("t:" + folded.strip());
    }
    return keys;
  }

  /** The initials of a name of capitalized words: "Immigration and Customs Enforcement" gives "ice". */
  private static String acronym(String surface) {
    StringBuilder sb = new StringBuilder();
    int words = 0;
    for (String w : surface.split("[\\s\\-]+")) {
      if (w.isEmpty() || SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!Character.isUpperCase(w.codePointAt(0))) {
        return null;
      }
      sb.appendCodePoint(w.codePointAt(0));
      words++;
    }
    return words >= 2 && words <= 6 ? fold(sb.toString()) : null;
  }

  /** Lowercased, accents removed, possessive 's dropped. */
  static String fold(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    n = n.replaceAll("['’]s\\b", "");
    return n.toLowerCase(Locale.ROOT);
  }
}
