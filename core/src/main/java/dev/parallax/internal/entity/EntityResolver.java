package dev.parallax.internal.entity;

import dev.parallax.AnalyzedArticle;
import dev.parallax.entity.Entity;
import dev.parallax.entity.EntityMention;
import dev.parallax.entity.EntityType;
import dev.parallax.quote.Quote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Resolves entity mentions across the articles of a corpus into canonical entities.
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li>Within an article the recognizer has already linked surnames and acronyms to their full
 *       names; each article-level entity is a node.
 *   <li>Nodes whose folded names or aliases are equal are merged (accents, case, hyphens, periods
 *       and possessives are folded away: "José Martínez" = "Jose Martinez", "Nato" = "NATO",
 *       "COVID-19" = "COVID19"). Persons merge only on full names; organizations, places, facilities
 *       and groups merge on any alias, including an acronym defined in one article and used alone in
 *       another, and their type is decided by a vote over all mentions.
 *   <li>Another name of a country ("U.K.", "UK", "Britain") merges with the country's canonical
 *       name ("United Kingdom"), which also names the entity.
 *   <li>A person known only by part of a name ("López", "Ruiz Lopez") joins the person whose
 *       full name ends with those words (or keeps its first and last word), but only when exactly
 *       one such full name exists in the corpus; otherwise it stays a separate entity. Two different
 *       full names never merge, so "Ann Lee" and "Tom Lee" stay apart and a bare "Lee" stays alone.
 *   <li>An organization written with a leading place ("US Supreme Court") joins the same name
 *       without it ("Supreme Court") when that exists.
 * </ol>
 *
 * <p>Stateless and thread-safe.
 */
public final class EntityResolver {
  private EntityResolver() {}

  /** Articles with mentions re-linked to canonical ids, and the canonical entities. Immutable and thread-safe. */
  public record Resolution(List<AnalyzedArticle> articles, List<Entity> entities) {
    public Resolution {
      articles = List.copyOf(articles);
      entities = List.copyOf(entities);
    }
  }

  /** One article's mentions of one article-level entity. */
  private static final class Node {
    final String article;
    final String localId;
    final EntityType type;
    final List<String> keyWords;
    final List<EntityMention> mentions = new ArrayList<>();
    Node parent = this;

    Node(String article, String localId, EntityType type) {
      this.article = article;
      this.localId = localId;
      this.type = type;
      int colon = localId.indexOf(':');
      this.keyWords = List.of(localId.substring(colon + 1).split("-"));
    }

    Node root() {
      Node n = this;
      while (n.parent != n) {
        n.parent = n.parent.parent;
        n = n.parent;
      }
      return n;
    }
  }

  /** Resolves the mentions of analysed articles. */
  public static Resolution resolve(List<AnalyzedArticle> articles) {
    List<List<EntityMention>> in = sweep(articles);
    Linked linked = link(in);
    List<AnalyzedArticle> out = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      AnalyzedArticle a = articles.get(i);
      Map<String, String> ids = linked.idByLocal().get(i);
      List<Quote> quotes = new ArrayList<>();
      for (Quote q : a.quotes()) {
        String mapped = ids.get(q.speakerEntity());
        quotes.add(mapped == null ? q : q.withSpeakerEntity(mapped));
      }
      out.add(a.withEntities(linked.mentions().get(i), quotes));
    }
    return new Resolution(out, linked.entities());
  }

  /**
   * The linking result for plain mention lists.
   *
   * @param mentions per input list, the mentions with canonical ids and types
   * @param entities canonical entities sorted by id
   * @param idByLocal per input list, article-level id to canonical id
   *
   * <p>Immutable and thread-safe.
   */
  public record Linked(List<List<EntityMention>> mentions, List<Entity> entities, List<Map<String, String>> idByLocal) {
    public Linked {
      mentions = mentions.stream().map(List::copyOf).toList();
      entities = List.copyOf(entities);
      idByLocal = idByLocal.stream().map(Map::copyOf).toList();
    }
  }

  /** Links mention lists (one per article) into canonical entities. */
  public static Linked link(List<List<EntityMention>> perArticle) {
    List<Node> nodes = new ArrayList<>();
    List<Map<String, Node>> byLocal = new ArrayList<>();
    for (List<EntityMention> ms : perArticle) {
      Map<String, Node> local = new LinkedHashMap<>();
      for (EntityMention m : ms) {
        Node n = local.computeIfAbsent(m.entity(), id -> new Node(m.article(), id, m.type()));
        n.mentions.add(m);
      }
      nodes.addAll(local.values());
      byLocal.add(local);
    }
    // 2. equal folded names / aliases
    Map<String, Node> seen = new HashMap<>();
    for (Node n : nodes) {
      Set<String> keys = new HashSet<>();
      if (n.type == EntityType.PERSON) {
        keys.add("P|" + String.join(" ", n.keyWords));
      } else {
        keys.add("X|" + String.join(" ", n.keyWords));
        for (EntityMention m : n.mentions) {
          keys.add("X|" + Names.fold(Names.stripLeadingArticle(m.text())));
          String country = m.type() == EntityType.LOCATION ? Gazetteers.english().countryCanonical(m.text()) : null;
          if (country != null) {
            keys.add("X|" + Names.fold(country));
          }
        }
      }
      for (String k : keys) {
        Node o = seen.putIfAbsent(k, n);
        if (o != null) {
          union(o, n);
        }
      }
    }
    // 3. partial person names
    Map<Node, List<String>> fullNames = new LinkedHashMap<>();
    for (Node n : nodes) {
      if (n.type == EntityType.PERSON) {
        Node r = n.root();
        List<String> cur = fullNames.get(r);
        if (cur == null || n.keyWords.size() > cur.size()) {
          fullNames.put(r, n.keyWords);
        }
      }
    }
    // candidates share the last word: index persons by it
    Map<String, List<Node>> byLast = new HashMap<>();
    for (Node n : nodes) {
      if (n.type == EntityType.PERSON) {
        byLast.computeIfAbsent(n.keyWords.get(n.keyWords.size() - 1), k -> new ArrayList<>()).add(n);
      }
    }
    for (Node n : nodes) {
      if (n.type != EntityType.PERSON) {
        continue;
      }
      Node self = n.root();
      List<Node> sameLast = byLast.getOrDefault(n.keyWords.get(n.keyWords.size() - 1), List.of());
      Set<Node> candidates = new HashSet<>();
      Set<Node> sameArticle = new HashSet<>();
      for (Node m : sameLast) {
        Node r = m.root();
        if (r != self && partOf(n.keyWords, fullNames.getOrDefault(r, r.keyWords))) {
          candidates.add(r);
        }
        if (m != n && m.article.equals(n.article) && partOf(n.keyWords, m.keyWords)) {
          sameArticle.add(r);
        }
      }
      // the longest full names only: "Lopez" -> {"Ruiz Lopez", "Maria Ruiz Lopez"} are one person
      Set<Node> maximal = new HashSet<>();
      for (Node c : candidates) {
        boolean contained = false;
        for (Node d : candidates) {
          if (d != c && partOf(fullNames.getOrDefault(c, c.keyWords), fullNames.getOrDefault(d, d.keyWords))) {
            contained = true;
          }
        }
        if (!contained) {
          maximal.add(c);
        }
      }
      // a full name in the same article decides first; two there means the surname stays unlinked
      sameArticle.remove(self);
      if (sameArticle.size() > 1) {
        Set<Node> longest = new HashSet<>(sameArticle);
        longest.retainAll(maximal);
        if (longest.size() == 1) {
          union(longest.iterator().next(), n);
        }
      } else if (sameArticle.size() == 1) {
        union(sameArticle.iterator().next(), n);
      } else if (maximal.size() == 1) {
        union(maximal.iterator().next(), n);
      }
    }
    // 4. organizations with a leading place
    Map<String, Node> orgNames = new HashMap<>();
    for (Node n : nodes) {
      if (n.type == EntityType.ORGANIZATION) {
        orgNames.putIfAbsent(String.join(" ", n.keyWords), n);
      }
    }
    for (Node n : nodes) {
      if (n.type == EntityType.ORGANIZATION && n.keyWords.size() >= 3 && LEADING_PLACES.contains(n.keyWords.get(0))) {
        Node o = orgNames.get(String.join(" ", n.keyWords.subList(1, n.keyWords.size())));
        if (o != null) {
          union(o, n);
        }
      }
    }
    // canonical entities
    Map<Node, List<Node>> groups = new LinkedHashMap<>();
    for (Node n : nodes) {
      groups.computeIfAbsent(n.root(), k -> new ArrayList<>()).add(n);
    }
    Map<String, Entity> entities = new TreeMap<>();
    Map<Node, String> idOf = new HashMap<>();
    Map<Node, EntityType> typeOf = new HashMap<>();
    for (Map.Entry<Node, List<Node>> g : groups.entrySet()) {
      EnumMap<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
      Map<String, Integer> surfaces = new HashMap<>();
      TreeSet<String> aliases = new TreeSet<>();
      TreeSet<String> arts = new TreeSet<>();
      for (Node n : g.getValue()) {
        arts.add(n.article);
        for (EntityMention m : n.mentions) {
          votes.merge(m.type(), 1, Integer::sum);
          String s = Names.stripLeadingArticle(Names.stripPossessive(m.text()));
          surfaces.merge(s, 1, Integer::sum);
          aliases.add(m.text());
        }
      }
      EntityType type = votes.entrySet().stream().max(Map.Entry.<EntityType, Integer>comparingByValue()
          .thenComparing(e -> -e.getKey().ordinal())).orElseThrow().getKey();
      String name = surfaces.entrySet().stream().max(Comparator
          .comparingInt((Map.Entry<String, Integer> e) -> Names.foldedWords(e.getKey()).size())
          .thenComparingInt(e -> e.getKey().equals(e.getKey().toUpperCase(Locale.ROOT)) ? 0 : 1)
          .thenComparingInt(Map.Entry::getValue)
          .thenComparingInt(e -> nonAscii(e.getKey()))
          .thenComparing(Map.Entry::getKey, Comparator.reverseOrder())).orElseThrow().getKey();
      if (type == EntityType.LOCATION) {
        String country = Gazetteers.english().countryCanonical(name);
        if (country != null) {
          name = country; // an article that only writes "UK" still names the United Kingdom
        }
      }
      String base = type.name().toLowerCase(Locale.ROOT) + ":" + Names.slug(name);
      String id = base;
      for (int i = 2; entities.containsKey(id); i++) {
        id = base + "-" + i;
      }
      entities.put(id, new Entity(id, name, type, List.copyOf(aliases), List.copyOf(arts)));
      idOf.put(g.getKey(), id);
      typeOf.put(g.getKey(), type);
    }
    List<List<EntityMention>> mentions = new ArrayList<>();
    List<Map<String, String>> idByLocal = new ArrayList<>();
    for (int i = 0; i < perArticle.size(); i++) {
      Map<String, Node> local = byLocal.get(i);
      List<EntityMention> ms = new ArrayList<>();
      Map<String, String> ids = new HashMap<>();
      for (EntityMention m : perArticle.get(i)) {
        Node r = local.get(m.entity()).root();
        ms.add(m.withEntity(idOf.get(r), typeOf.get(r)));
        ids.put(m.entity(), idOf.get(r));
      }
      mentions.add(ms);
      idByLocal.add(ids);
    }
    return new Linked(mentions, List.copyOf(entities.values()), idByLocal);
  }

  /** Longest name looked up by the corpus-level sweep, in tokens. */
  static final int MAX_SWEEP_TOKENS = 6;

  /**
   * Corpus-level recall: a name recognized in one article ("NATO", "Rikers prison") is also found
   * where another article uses it without enough evidence for the recognizer ("Nato officials").
   * Only organizations, places, facilities, groups and full (two-word or longer) person names are
   * swept, and only at capitalized tokens not already inside a mention.
   */
  private static List<List<EntityMention>> sweep(List<AnalyzedArticle> articles) {
    Map<String, EntityMention> known = new HashMap<>();
    for (AnalyzedArticle a : articles) {
      for (EntityMention m : a.entities()) {
        sweepKey(m).ifPresent(k -> known.putIfAbsent(k, m));
      }
    }
    List<List<EntityMention>> out = new ArrayList<>();
    for (AnalyzedArticle a : articles) {
      out.add(sweep(a, known));
    }
    return out;
  }

  /**
   * The key under which a mention enters the corpus-level sweep dictionary (its folded name), or
   * empty when it is not swept. The dictionary maps each key to its first mention in corpus order.
   */
  public static java.util.Optional<String> sweepKey(EntityMention m) {
    List<String> words = Names.foldedWords(Names.stripLeadingArticle(m.text()));
    if (words.isEmpty() || words.size() > MAX_SWEEP_TOKENS || m.type() == EntityType.PERSON && words.size() < 2) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(String.join(" ", words));
  }

  /**
   * One article's mentions after the corpus-level sweep with the dictionary {@code known} (see
   * {@link #sweepKey}); split out so that engines that shard the corpus (the Spark job) run the
   * same code on each article.
   */
  public static List<EntityMention> sweep(AnalyzedArticle a, Map<String, EntityMention> known) {
    List<EntityMention> ms = new ArrayList<>(a.entities());
    boolean[] covered = new boolean[a.article().text().length() + 1];
    for (EntityMention m : ms) {
      for (int i = m.start(); i < m.end() && i < covered.length; i++) {
        covered[i] = true;
      }
    }
    List<dev.parallax.text.Token> toks = a.text().tokens();
    boolean added = false;
    for (int k = 0; k < toks.size(); k++) {
      dev.parallax.text.Token t = toks.get(k);
      if (covered[t.start()] || !t.isCapitalized() || a.text().sentences().get(t.sentence()).boilerplate()
          || t.text().indexOf('$') >= 0) {
        continue; // "US$": a currency code
      }
      for (int len = Math.min(MAX_SWEEP_TOKENS, toks.size() - k); len >= 1; len--) {
        dev.parallax.text.Token last = toks.get(k + len - 1);
        if (last.sentence() != t.sentence() || covered[last.end() - 1] || !Character.isLetterOrDigit(last.text().charAt(0))) {
          continue; // no punctuation at the end: "Acme," is "Acme"
        }
        if (len == 1 && (Lexicon.LANGUAGE_ADJECTIVES.contains(t.text().toLowerCase(Locale.ROOT))
            || Gazetteers.english().isDemonymPlural(t.text() + "s")
            || k + 1 < toks.size() && (toks.get(k + 1).text().startsWith("$") || toks.get(k + 1).text().startsWith("dollar")))) {
          break; // a nationality adjective, or a country before a currency ("US $5"), is no name here
        }
        int end = last.end() - Names.possessiveLength(last.text());
        if (end <= t.start()) {
          continue;
        }
        String surface = a.article().text().substring(t.start(), end);
        char lastChar = surface.charAt(surface.length() - 1);
        if (!Character.isLetterOrDigit(lastChar) && lastChar != '.') {
          continue; // "Acme-" of "Acme-led"
        }
        EntityMention hit = known.get(Names.fold(surface));
        if (hit != null) {
          String local = hit.type().name().toLowerCase(Locale.ROOT) + ":" + Names.slug(Names.stripLeadingArticle(hit.text()));
          ms.add(new EntityMention(a.id(), surface, hit.type(), local, t.start(), end, t.sentence(), ""));
          for (int i = t.start(); i < end; i++) {
            covered[i] = true;
          }
          added = true;
          k += len - 1;
          break;
        }
      }
    }
    if (added) {
      ms.sort(Comparator.comparingInt(EntityMention::start));
    }
    return ms;
  }

  /** Folded leading words that name a country before an organization ("US Supreme Court"). */
  private static final Set<String> LEADING_PLACES = Set.of("us", "usa", "uk", "eu", "un", "american", "british", "federal");

  /**
   * True when {@code part} names the same person as the longer {@code whole}: a contiguous suffix
   * ("ruiz lopez" of "maria ruiz lopez") or the same first and last word with middle words
   * dropped ("maria lopez").
   */
  static boolean partOf(List<String> part, List<String> whole) {
    if (part.size() >= whole.size()) {
      return false;
    }
    if (Names.isSuffix(part, whole)) {
      return true;
    }
    return part.size() >= 2 && part.get(0).equals(whole.get(0))
        && part.get(part.size() - 1).equals(whole.get(whole.size() - 1));
  }

  private static void union(Node a, Node b) {
    Node ra = a.root();
    Node rb = b.root();
    if (ra != rb) {
      rb.parent = ra;
    }
  }

  private static int nonAscii(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 127) {
        n++;
      }
    }
    return n;
  }
}
