package dev.parallax.internal.compare;

import dev.parallax.compare.Claim;
import dev.parallax.compare.Disagreement;
import dev.parallax.compare.Disagreement.Kind;
import dev.parallax.compare.Disagreement.Verdict;
import dev.parallax.entity.EntityMention;
import dev.parallax.entity.EntityType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds incompatible roles for the same person across outlets: "former mayor" in one, "mayor" in
 * another. "then-President" is historical and compatible with both. Stateless.
 */
final class Roles {
  private Roles() {}

  /** A title written just before a person's name when the entity stage gave no role. */
  private static final Pattern TITLE_BEFORE =
      Pattern.compile(
          "((?:(?:former|ex-|then-|acting|interim|outgoing|incoming|late)\\s*)?(?:[A-Z][\\p{L}.’']{1,20}\\s){0,3}?"
              + "(?:[Pp]resident|[Mm]ayor|[Gg]overnor|[Ss]enator|[Pp]rime [Mm]inister|[Mm]inister|[Ss]ecretary of [A-Z][a-z]{2,15}|"
              + "[Ss]ecretary|[Cc]hancellor|[Cc]hairman|[Cc]hair|CEO|[Cc]hief [Ee]xecutive|[Dd]irector|[Cc]ommissioner|"
              + "[Jj]udge|[Kk]ing|[Qq]ueen|[Cc]oach|[Cc]aptain|[Ss]heriff|[Rr]epresentative|[Ss]peaker))\\s$");

  private static final Set<String> PAST = Set.of("former", "ex", "ex-", "outgoing", "late", "erstwhile");
  private static final Set<String> HISTORIC = Set.of("then", "then-");

  /** A role of one mention: the base title ("president"), its status and the evidence. */
  private record Use(Doc doc, EntityMention m, String role, String base, String status) {}

  static List<Disagreement> compare(String story, List<Doc> docs, Map<String, String> names) {
    Map<String, List<Use>> byEntityBase = new TreeMap<>();
    for (Doc d : docs) {
      for (EntityMention m : d.a().entities()) {
        if (m.type() != EntityType.PERSON || d.boilerplate(m.sentence())) {
          continue;
        }
        String role = m.role().isEmpty() ? titleBefore(d, m) : m.role();
        if (role.isEmpty()) {
          continue;
        }
        String[] bs = baseAndStatus(role);
        if (bs[0].isEmpty()) {
          continue;
        }
        byEntityBase.computeIfAbsent(m.entity() + "|" + bs[0], k -> new ArrayList<>()).add(new Use(d, m, role, bs[0], bs[1]));
      }
    }
    List<Disagreement> out = new ArrayList<>();
    for (Map.Entry<String, List<Use>> e : byEntityBase.entrySet()) {
      List<Use> uses = e.getValue();
      Map<String, String> stance = new LinkedHashMap<>();
      for (Use u : uses) {
        String prev = stance.get(u.doc().outlet());
        if (u.status().equals("former") || prev == null || (prev.equals("then") && u.status().equals("current"))) {
          stance.put(u.doc().outlet(), u.status());
        }
      }
      Set<String> former = new LinkedHashSet<>();
      Set<String> current = new LinkedHashSet<>();
      stance.forEach((o, s) -> (s.equals("former") ? former : s.equals("current") ? current : new LinkedHashSet<String>()).add(o));
      if (former.isEmpty() || current.isEmpty()) {
        continue;
      }
      List<Claim> claims = new ArrayList<>();
      Set<String> seen = new LinkedHashSet<>();
      for (Use u : uses) {
        String key = u.doc().outlet() + "|" + u.status();
        if (!u.status().equals(stance.get(u.doc().outlet())) || !seen.add(key)) {
          continue;
        }
        claims.add(u.doc().claim(u.m().start(), u.m().end(), u.m().sentence(), u.role()));
      }
      claims.sort(Figures.CLAIM_ORDER);
      String entity = e.getKey().substring(0, e.getKey().lastIndexOf('|'));
      String name = names.getOrDefault(entity, uses.get(0).m().text());
      String base = uses.get(0).base();
      String ex =
          String.join(", ", former) + " call" + (former.size() == 1 ? "s " : " ") + name + " a former " + base + ", while "
              + String.join(", ", current) + " call" + (current.size() == 1 ? "s " : " ") + "them " + base
              + " without qualification; both cannot be current.";
      out.add(new Disagreement(Kind.ROLE, name + ": " + base, Verdict.CONFLICT, ex, story, claims));
    }
    return out;
  }

  /** {base title lower-cased, status: former | then | current}. */
  static String[] baseAndStatus(String role) {
    String r = role.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
    String status = "current";
    for (String w : r.split("[\\s]+")) {
      String bare = w.replaceAll("-$", "");
      if (PAST.contains(w) || PAST.contains(bare) || w.startsWith("ex-")) {
        status = "former";
      } else if (HISTORIC.contains(w) || w.startsWith("then-")) {
        status = status.equals("former") ? status : "then";
      }
    }
    String t = r.replaceAll("\\b(former|ex-|ex|then-|then|outgoing|late|acting|interim|incoming)\\b-?", " ").strip();
    int of = t.indexOf(" of ");
    String base;
    if (of > 0) {
      String head = t.substring(0, of);
      int sp = head.lastIndexOf(' ');
      base = (sp >= 0 ? head.substring(sp + 1) : head) + t.substring(of);
    } else {
      int sp = t.lastIndexOf(' ');
      base = sp >= 0 ? t.substring(sp + 1) : t;
    }
    return new String[] {base.replaceAll("[^\\p{L} ]", "").strip(), status};
  }

  private static String titleBefore(Doc d, EntityMention m) {
    String text = d.a().article().text();
    int from = Math.max(0, m.start() - 60);
    Matcher x = TITLE_BEFORE.matcher(text.substring(from, m.start()));
    return x.find() ? x.group(1).strip() : "";
  }
}
