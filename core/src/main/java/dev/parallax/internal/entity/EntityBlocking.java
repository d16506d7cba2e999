package dev.parallax.internal.entity;

import dev.parallax.entity.EntityMention;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Blocking keys for cross-document entity resolution, for engines that resolve a sharded corpus
 * block by block (the Spark job in {@code parallax-spark}). The key of a name is its last folded
 * word ({@code s:nunez} for "María José Núñez", "Jose Nunez" and "Núñez"); an
 * article-level entity (all mentions with one local id in one article) has the keys of its id's
 * name and of every mention text.
 *
 * <p>Why this is exact for {@link EntityResolver#link}: every rule there joins two entities only
 * when they share a last folded word: equal folded names or aliases (rule 2), a partial person name
 * that is a suffix of, or has the first and last word of, a full name (rule 3), an organization
 * with a leading place and the same name without it (rule 4); and two entities whose ids collide
 * (and get numbered) have names with the same slug, so the same last word. So components of shared
 * keys are unions of whole groups, and linking each component on its own gives the same groups,
 * names, types and ids as linking the corpus at once. A change to the rules must keep this true;
 * {@code ParallaxSparkJobTest} compares both paths. Stateless and thread-safe.
 */
public final class EntityBlocking {
  private EntityBlocking() {}

  /** The key of a name: {@code s:} and its last folded word ({@code s:x} for a name without words). */
  public static String key(String name) {
    List<String> words = Names.foldedWords(name);
    return "s:" + (words.isEmpty() ? "x" : words.get(words.size() - 1));
  }

  /** The key of a local entity id such as {@code person:maria-jose-nunez}. */
  public static String idKey(String localId) {
    String slug = localId.substring(localId.indexOf(':') + 1);
    int dash = slug.lastIndexOf('-');
    String last = dash >= 0 ? slug.substring(dash + 1) : slug;
    return "s:" + (last.isEmpty() ? "x" : last);
  }

  /** The keys of one article-level entity: its id's key and the key of each mention. */
  public static Set<String> keys(String localId, List<EntityMention> mentions) {
    Set<String> keys = new TreeSet<>();
    keys.add(idKey(localId));
    for (EntityMention m : mentions) {
      keys.add(key(m.text()));
    }
    return keys;
  }
}
