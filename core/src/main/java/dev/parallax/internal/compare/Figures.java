package dev.parallax.internal.compare;

import dev.parallax.compare.Claim;
import dev.parallax.compare.Disagreement;
import dev.parallax.compare.Disagreement.Kind;
import dev.parallax.compare.Disagreement.Verdict;
import dev.parallax.figure.Figure;
import dev.parallax.figure.Qualifier;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import dev.parallax.time.DateMention;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
 * Aligns figures of different articles that describe the same quantity (by counted-noun class,
 * predicate class and increment marker, never by equal numbers), gives each group a verdict, and
 * compares the time anchors ("since 2019") of the claims in a group. Candidates are blocked by
 * (unit, predicate class, increment) so no pair outside a block is compared. Stateless.
 */
final class Figures {
  private Figures() {}

  /** A figure prepared for alignment. */
  record Item(Doc doc, Figure f, String noun, String predicate, boolean increment, String nounText, Anchor anchor) {
    String outlet() {
      return doc.outlet();
    }
  }

  /** A time anchor of a figure's clause: "since 2019" with its first day when known. */
  record Anchor(String text, int start, int end, String value) {}

  /** A group of aligned items (possibly from one outlet only). */
  record Group(List<Item> items) {
    long outlets() {
      return items.stream().map(Item::outlet).distinct().count();
    }
  }

  /** Words after a number that are not what it counts ("801,000 vs 703,000", "5 pct"). */
  private static final Set<String> NOT_COUNTED =
      Set.of("vs", "v", "versus", "pct", "percent", "per", "cent", "cts", "shr", "shrs", "from", "to", "and", "or");
  private static final Set<String> EMPTY_NOUNS = Set.of("number", "total", "figure", "count", "tally", "");
  private static final Pattern SINCE =
      Pattern.compile(
          "\\b(?:[Ss]ince|[Ff]rom|[Ss]tarting(?: in)?|[Bb]eginning(?: in)?)\\s+((?:early |late |mid-)?(?:January|February|March|April|May|June|July|August|September|October|November|December|\\d{4})(?: \\d{4})?)\\b");

  /** Items of the figures worth aligning in these documents. */
  static List<Item> items(List<Doc> docs) {
    List<Item> out = new ArrayList<>();
    for (Doc d : docs) {
      for (Figure f : mergeParts(d, d.a().figures())) {
        Item it = item(d, f);
        if (it != null) {
          out.add(it);
        }
      }
    }
    return out;
  }

  private static Item item(Doc d, Figure f) {
    if (d.boilerplate(f.sentence()) || f.qualifier() == Qualifier.VAGUE) {
      return null;
    }
    if (f.kind() == Figure.Kind.NUMBER && f.countsLemma().isEmpty() && f.value() >= 1800 && f.value() <= 2100) {
      return null; // a year
    }
    for (DateMention dm : d.a().dates()) {
      if (dm.start() < f.end() && f.start() < dm.end()) {
        return null;
      }
    }
    String nounText = f.counts();
    String lemma = NOT_COUNTED.contains(f.countsLemma().toLowerCase(Locale.ROOT)) ? "" : f.countsLemma();
    if (EMPTY_NOUNS.contains(lemma.toLowerCase(Locale.ROOT)) && f.kind() != Figure.Kind.MONEY) {
      String[] fb = nounAfter(d, f);
      lemma = fb[0];
      nounText = fb[1];
    }
    if (EMPTY_NOUNS.contains(lemma.toLowerCase(Locale.ROOT))) {
      lemma = "";
      nounText = "";
    }
    String noun = Lexicon.nounClass(lemma, nounText);
    // the extractor's predicate when it is in a synonym set or specific ("praise"); the nearest
    // event word only when it gave none or a reporting/generic verb ("said that 40 were evacuated")
    String pred = Lexicon.predicateClass(f.predicate(), f.kind() == Figure.Kind.MONEY);
    String raw = f.predicate().toLowerCase(Locale.ROOT);
    if (pred.isEmpty() && !raw.isEmpty() && !Lexicon.GENERIC_VERBS.contains(raw)) {
      pred = raw;
    }
    if (pred.isEmpty()) {
      pred = nearestPredicate(d, f);
    }
    if (noun.isEmpty() && !Lexicon.isKnownPredicate(pred)) {
      return null; // "rose to 1.5 mln", "Net 801,000 vs 703,000": nothing says what is counted
    }
    if (f.kind() == Figure.Kind.NUMBER && noun.isEmpty()
        && !(Lexicon.isKnownPredicate(pred) && countWordBefore(d, f))) {
      return null;
    }
    return new Item(d, f, noun, pred, increment(d, f), nounText, anchor(d, f));
  }

  /** "bringing the total to more than 50", "the death toll rose to 12": a bare number that is a count. */
  private static boolean countWordBefore(Doc d, Figure f) {
    String text = d.a().article().text();
    String before = text.substring(Math.max(0, f.start() - 30), f.start()).toLowerCase(Locale.ROOT);
    for (String w : Lexicon.TOTAL) {
      if (before.contains(w)) {
        return true;
      }
    }
    return before.contains("number") || before.contains("toll");
  }

  /** The counted noun right after the figure when the extractor left it empty: {lemma, text}. */
  private static String[] nounAfter(Doc d, Figure f) {
    List<Token> tokens = d.a().text().tokens();
    int i = firstTokenAtOrAfter(tokens, f.end());
    for (int k = i; k < tokens.size() && k < i + 3; k++) {
      Token t = tokens.get(k);
      if (t.sentence() != f.sentence()) {
        break;
      }
      if (NOT_COUNTED.contains(t.text().toLowerCase(Locale.ROOT))) {
        break;
      }
      if (t.tag().equals("NOUN") || (t.tag().equals("PROPN") && Lexicon.isDemonym(t.text()))) {
        return new String[] {t.lemma(), t.text()};
      }
      if (!t.tag().equals("ADJ")) {
        break;
      }
    }
    return new String[] {"", ""};
  }

  private static int firstTokenAtOrAfter(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Tokens searched on each side of a figure for its predicate. */
  static final int PREDICATE_WINDOW = 20;

  /** The predicate class of the nearest verb or event noun in the figure's sentence. */
  private static String nearestPredicate(Doc d, Figure f) {
    if (f.sentence() < 0 || f.sentence() >= d.sentences().size()) {
      return "";
    }
    Sentence s = d.sentences().get(f.sentence());
    List<Token> tokens = d.a().text().tokens();
    int at = Math.max(s.firstToken(), Math.min(s.endToken() - 1, firstTokenAtOrAfter(tokens, f.start())));
    int endAt = firstTokenAtOrAfter(tokens, f.end());
    for (int dist = 1; dist <= PREDICATE_WINDOW; dist++) {
      for (int k : new int[] {endAt + dist - 1, at - dist}) {
        if (k < s.firstToken() || k >= s.endToken()) {
          continue;
        }
        Token t = tokens.get(k);
        if (t.tag().equals("VERB") || t.tag().equals("NOUN") || t.tag().equals("ADJ")) {
          String c = Lexicon.predicateClass(t.lemma(), f.kind() == Figure.Kind.MONEY);
          if (!c.isEmpty()) {
            return c;
          }
        }
      }
    }
    return "";
  }

  private static boolean increment(Doc d, Figure f) {
    String text = d.a().article().text();
    String before = text.substring(Math.max(0, f.start() - 25), f.start()).toLowerCase(Locale.ROOT);
    String after = text.substring(f.end(), Math.min(text.length(), f.end() + 12)).toLowerCase(Locale.ROOT);
    String inside = f.text().toLowerCase(Locale.ROOT);
    for (String w : Lexicon.INCREMENT) {
      if (inside.matches("(?s).*\\b" + w + "\\b(?! than).*") && !inside.startsWith("more than")) {
        return true;
      }
    }
    String[] bw = before.strip().split("\\s+");
    if (bw.length > 0) {
      String last = bw[bw.length - 1];
      String prev = bw.length > 1 ? bw[bw.length - 2] : "";
      if (Set.of("another", "additional", "further", "extra").contains(last)
          || (Set.of("additional", "further", "extra", "another").contains(prev) && last.equals("an"))
          || prev.equals("another") || prev.equals("additional")) {
        return true;
      }
    }
    return after.matches("^\\s*(more|additional|extra|new)\\b(?! than).*");
  }

  /** A "since X" anchor in the figure's sentence: from the date extractor, else a plain reading. */
  private static Anchor anchor(Doc d, Figure f) {
    String text = d.a().article().text();
    for (DateMention dm : d.a().dates()) {
      if (dm.sentence() != f.sentence()) {
        continue;
      }
      String before = text.substring(Math.max(0, dm.start() - 12), dm.start()).toLowerCase(Locale.ROOT);
      String t = dm.text().toLowerCase(Locale.ROOT);
      if (dm.type() == DateMention.Type.INTERVAL || t.startsWith("since") || before.strip().endsWith("since")) {
        String v = dm.startDate().map(Object::toString).orElse(dm.value());
        return new Anchor(dm.text(), dm.start(), dm.end(), v);
      }
    }
    if (f.sentence() < 0 || f.sentence() >= d.sentences().size()) {
      return null;
    }
    Sentence s = d.sentences().get(f.sentence());
    Matcher m = SINCE.matcher(text).region(s.start(), s.end());
    if (m.find()) {
      return new Anchor(m.group(), m.start(), m.end(), m.group(1));
    }
    return null;
  }

  /** "40 Hondurans and 12 Guatemalans" as separate figures: merged into one composite. */
  private static List<Figure> mergeParts(Doc d, List<Figure> figures) {
    List<Figure> out = new ArrayList<>();
    String text = d.a().article().text();
    for (int i = 0; i < figures.size(); i++) {
      Figure f = figures.get(i);
      List<Figure> parts = new ArrayList<>(List.of(f));
      int j = i + 1;
      while (j < figures.size()) {
        Figure g = figures.get(j);
        Figure last = parts.get(parts.size() - 1);
        String between = g.start() >= last.end() ? text.substring(last.end(), g.start()) : "x";
        boolean joined = between.length() < 60 && (between.contains(" and ") || between.strip().equals(","));
        if (!f.isComposite() && !g.isComposite() && g.sentence() == f.sentence() && g.unit().equals(f.unit())
            && g.qualifier() == Qualifier.EXACT && f.qualifier() == Qualifier.EXACT && g.kind() == f.kind()
            && joined && !between.contains(".")) {
          parts.add(g);
          j++;
        } else {
          break;
        }
      }
      if (parts.size() == 1) {
        out.add(f);
        continue;
      }
      double sum = parts.stream().mapToDouble(Figure::value).sum();
      Figure first = parts.get(0);
      Figure last = parts.get(parts.size() - 1);
      out.add(
          new Figure(
              f.article(), text.substring(first.start(), last.end()), sum, sum, sum, true, true, Qualifier.EXACT,
              f.unit(), f.counts(), f.countsLemma(), f.kind(), f.change(), f.predicate().isEmpty() ? last.predicate()
                  : f.predicate(), first.start(), last.end(), f.sentence(), parts, f.source(), f.entities()));
      i = j - 1;
    }
    return out;
  }

  /** Groups items; each group holds items of one block whose counted nouns are compatible. */
  static List<Group> align(List<Item> items) {
    Map<String, List<Integer>> blocks = new TreeMap<>();
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      Figure.Kind kind = it.f().kind() == Figure.Kind.NUMBER ? Figure.Kind.COUNT : it.f().kind();
      String key = kind + "|" + it.f().unit() + "|" + it.predicate() + "|" + it.increment()
          + (it.predicate().isEmpty() ? "|" + it.noun() : "");
      blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    UnionFind uf = new UnionFind(items.size());
    for (List<Integer> block : blocks.values()) {
      for (int x = 0; x < block.size(); x++) {
        for (int y = x + 1; y < block.size(); y++) {
          if (compatible(items.get(block.get(x)), items.get(block.get(y)))) {
            uf.union(block.get(x), block.get(y));
          }
        }
      }
    }
    Map<Integer, List<Item>> groups = new TreeMap<>();
    for (int i = 0; i < items.size(); i++) {
      groups.computeIfAbsent(uf.find(i), k -> new ArrayList<>()).add(items.get(i));
    }
    return groups.values().stream().map(Group::new).toList();
  }

  /** Articles published this many days apart describe different periods unless a figure says otherwise. */
  static final int MAX_PUBLICATION_GAP_DAYS = 3;

  private static boolean compatible(Item a, Item b) {
    java.util.Optional<java.time.LocalDate> pa = a.doc().a().article().published();
    java.util.Optional<java.time.LocalDate> pb = b.doc().a().article().published();
    if (pa.isPresent() && pb.isPresent()
        && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(pa.get(), pb.get())) > MAX_PUBLICATION_GAP_DAYS) {
      return false;
    }
    if (!a.f().entities().isEmpty() && !b.f().entities().isEmpty()
        && Collections.disjoint(a.f().entities(), b.f().entities())
        && (a.noun().isEmpty() || b.noun().isEmpty())) {
      return false; // no counted noun to go by, and the clauses name different entities
    }
    if (!a.noun().isEmpty() && a.noun().equals(b.noun())) {
      return true;
    }
    if (a.predicate().isEmpty()) {
      return false;
    }
    if (a.f().kind() == Figure.Kind.MONEY || a.f().kind() == Figure.Kind.PERCENT) {
      if (a.noun().isEmpty() && b.noun().isEmpty()) {
        // "provided 37 mln" and "provided 456 mln": only the same named payer or payee makes them one amount
        return !Collections.disjoint(a.f().entities(), b.f().entities());
      }
      return a.noun().isEmpty() || b.noun().isEmpty() || a.noun().equals(b.noun());
    }
    boolean aGeneric = a.noun().isEmpty() || a.noun().equals(Lexicon.PERSON);
    boolean bGeneric = b.noun().isEmpty() || b.noun().equals(Lexicon.PERSON);
    if (aGeneric && bGeneric) {
      return true;
    }
    if (aGeneric) {
      return a.noun().isEmpty() || Lexicon.isPersonClass(b.noun());
    }
    if (bGeneric) {
      return b.noun().isEmpty() || Lexicon.isPersonClass(a.noun());
    }
    return false;
  }

  /** Verdicts for groups reported by at least two outlets, plus time-anchor conflicts. */
  static List<Disagreement> compare(String story, List<Group> groups) {
    List<Disagreement> out = new ArrayList<>();
    for (Group g : groups) {
      if (g.outlets() < 2) {
        continue;
      }
      out.add(verdict(story, g));
      Disagreement anchors = anchors(story, g);
      if (anchors != null) {
        out.add(anchors);
      }
    }
    return out;
  }

  /** Same number, different counted thing, in different outlets and groups. */
  static List<Disagreement> differentScope(String story, List<Group> groups) {
    List<Disagreement> out = new ArrayList<>();
    Map<String, List<Item>> byValue = new TreeMap<>();
    for (Group g : groups) {
      for (Item it : g.items()) {
        Figure f = it.f();
        if (f.qualifier() != Qualifier.EXACT || f.value() < 3 || f.kind() != Figure.Kind.COUNT || it.noun().isEmpty()) {
          continue;
        }
        byValue.computeIfAbsent(f.unit() + "|" + f.value(), k -> new ArrayList<>()).add(it);
      }
    }
    for (List<Item> same : byValue.values()) {
      List<Item> involved = new ArrayList<>();
      for (Item a : same) {
        for (Item b : same) {
          if (!a.outlet().equals(b.outlet()) && groupOf(a, groups) != groupOf(b, groups) && differentThing(a, b)
              && !involved.contains(a)) {
            involved.add(a);
          }
        }
      }
      if (involved.stream().map(Item::outlet).distinct().count() < 2) {
        continue;
      }
      List<Claim> claims = involved.stream().map(Figures::claim).sorted(CLAIM_ORDER).toList();
      String num = plain(involved.get(0).f().value());
      List<String> parts = new ArrayList<>();
      for (Item it : involved) {
        parts.add("'" + it.f().text() + " " + it.nounText() + "' (" + it.outlet() + ", " + it.predicate() + ")");
      }
      String ex = "The same number " + num + " counts different things: " + String.join(" vs ", parts) + ".";
      out.add(new Disagreement(Kind.FIGURE, "the number " + num, Verdict.DIFFERENT_SCOPE, ex, story, claims));
    }
    return out;
  }

  private static int groupOf(Item it, List<Group> groups) {
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i).items().contains(it)) {
        return i;
      }
    }
    return -1;
  }

  /** Different counted things (incompatible nouns) or different known events for the same noun. */
  private static boolean differentThing(Item a, Item b) {
    boolean nounsCompatible = a.noun().isEmpty() || b.noun().isEmpty() || a.noun().equals(b.noun())
        || ((a.noun().equals(Lexicon.PERSON) || b.noun().equals(Lexicon.PERSON))
            && Lexicon.isPersonClass(a.noun()) && Lexicon.isPersonClass(b.noun()));
    if (!nounsCompatible) {
      return true;
    }
    return Lexicon.isKnownPredicate(a.predicate()) && Lexicon.isKnownPredicate(b.predicate())
        && !a.predicate().equals(b.predicate()) && a.increment() == b.increment();
  }

  static final Comparator<Claim> CLAIM_ORDER =
      Comparator.comparing(Claim::article).thenComparingInt(Claim::start).thenComparingInt(Claim::end);

  private static Disagreement verdict(String story, Group g) {
    List<Item> items = new ArrayList<>(g.items());
    items.sort(Comparator.comparing((Item i) -> i.doc().id()).thenComparingInt(i -> i.f().start()));
    List<Claim> claims = items.stream().map(Figures::claim).toList();
    String about = about(items);
    // conflict: two outlets none of whose claims overlap ("raised to 42 from 40.50" in both is no conflict)
    for (Item a : items) {
      for (Item b : items) {
        if (a.outlet().compareTo(b.outlet()) < 0 && disjoint(a.f(), b.f()) && noOverlap(items, a.outlet(), b.outlet())) {
          String ex =
              "'" + a.f().text() + "' (" + a.outlet() + ", " + interval(a.f()) + ") and '" + b.f().text() + "' ("
                  + b.outlet() + ", " + interval(b.f()) + ") cannot both be true: the intervals do not overlap.";
          return new Disagreement(Kind.FIGURE, about, Verdict.CONFLICT, ex, story, claims);
        }
      }
    }
    boolean same = items.stream().allMatch(i -> sameInterval(i.f(), items.get(0).f()));
    if (same) {
      Set<String> texts = new LinkedHashSet<>();
      items.forEach(i -> texts.add("'" + i.f().text() + "'"));
      String ex =
          "All " + g.outlets() + " outlets give the same figure, " + interval(items.get(0).f()) + ": "
              + String.join(", ", texts) + ".";
      return new Disagreement(Kind.FIGURE, about, Verdict.AGREE, ex, story, claims);
    }
    Item precise = items.stream().min(Comparator.comparingDouble((Item i) -> i.f().width())
        .thenComparing(i -> i.f().isComposite() ? 0 : 1)).orElseThrow();
    List<String> others = new ArrayList<>();
    Map<String, List<String>> byText = new LinkedHashMap<>();
    for (Item it : items) {
      if (sameInterval(it.f(), precise.f())) {
        continue;
      }
      byText.computeIfAbsent(it.f().text(), k -> new ArrayList<>()).add(it.outlet());
    }
    byText.forEach((t, o) -> others.add("'" + t + "' (" + String.join(", ", new LinkedHashSet<>(o)) + ")"));
    String ex =
        "The claims overlap. The most precise is " + detail(precise.f()) + " (" + precise.outlet() + "), which is within "
            + String.join(" and ", others) + ".";
    return new Disagreement(Kind.FIGURE, about, Verdict.COMPATIBLE, ex, story, claims);
  }

  private static Disagreement anchors(String story, Group g) {
    Map<String, List<Item>> byAnchor = new TreeMap<>();
    for (Item it : g.items()) {
      if (it.anchor() != null) {
        byAnchor.computeIfAbsent(it.anchor().value().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(it);
      }
    }
    Set<String> outlets = new LinkedHashSet<>();
    byAnchor.values().forEach(l -> l.forEach(i -> outlets.add(i.outlet())));
    if (byAnchor.size() < 2 || outlets.size() < 2) {
      return null;
    }
    List<Claim> claims = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (List<Item> l : byAnchor.values()) {
      Set<String> o = new LinkedHashSet<>();
      for (Item it : l) {
        Anchor a = it.anchor();
        claims.add(it.doc().claim(a.start(), a.end(), it.f().sentence(), a.value() + " (" + it.f().text() + ")"));
        o.add(it.outlet());
      }
      parts.add("'" + l.get(0).anchor().text() + "' = " + l.get(0).anchor().value() + " (" + String.join(", ", o) + ")");
    }
    claims.sort(CLAIM_ORDER);
    String ex = "The same count (" + about(g.items()) + ") is anchored to different start dates: "
        + String.join(" vs ", parts) + ".";
    return new Disagreement(Kind.DATE, "start of the count: " + about(g.items()), Verdict.CONFLICT, ex, story, claims);
  }

  static Claim claim(Item it) {
    Figure f = it.f();
    return new Claim(
        it.doc().id(), it.outlet(), f.text(), f.start(), f.end(), it.doc().sentence(f.sentence()), f.value(), f.lower(),
        f.upper(), detail(f));
  }

  /** "40 + 12 = 52", "(50, ∞)", "10", "[5, 8]". */
  static String detail(Figure f) {
    if (f.isComposite()) {
      List<String> ps = f.parts().stream().map(p -> plain(p.value())).toList();
      return String.join(" + ", ps) + " = " + plain(f.value());
    }
    return interval(f);
  }

  static String interval(Figure f) {
    if (f.lower() == f.upper()) {
      return plain(f.value());
    }
    return (f.lowerInclusive() ? "[" : "(") + plain(f.lower()) + ", " + plain(f.upper()) + (f.upperInclusive() ? "]" : ")");
  }

  static String plain(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "∞" : "-∞";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    return String.format(Locale.ROOT, "%,.2f", v);
  }

  private static String about(List<Item> items) {
    Map<String, Integer> nouns = new LinkedHashMap<>();
    for (Item it : items) {
      String n = it.nounText().isEmpty() ? it.f().counts() : it.nounText();
      if (!n.isEmpty()) {
        nouns.merge(n.toLowerCase(Locale.ROOT), 1, Integer::sum);
      }
    }
    String noun = items.get(0).f().kind() == Figure.Kind.MONEY ? "amount" : "count";
    int best = 0;
    for (Map.Entry<String, Integer> e : nouns.entrySet()) {
      if (e.getValue() > best) {
        best = e.getValue();
        noun = e.getKey();
      }
    }
    String pred = items.get(0).predicate();
    String inc = items.get(0).increment() ? "additional " : "";
    return inc + noun + (pred.isEmpty() ? "" : " (" + pred + ")");
  }

  private static boolean noOverlap(List<Item> items, String outletA, String outletB) {
    for (Item a : items) {
      for (Item b : items) {
        if (a.outlet().equals(outletA) && b.outlet().equals(outletB) && !disjoint(a.f(), b.f())) {
          return false;
        }
      }
    }
    return true;
  }

  static boolean sameInterval(Figure a, Figure b) {
    return a.lower() == b.lower() && a.upper() == b.upper() && a.lowerInclusive() == b.lowerInclusive()
        && a.upperInclusive() == b.upperInclusive();
  }

  static boolean disjoint(Figure a, Figure b) {
    return before(a, b) || before(b, a);
  }

  /** True when every value of {@code a} is below every value of {@code b}. */
  private static boolean before(Figure a, Figure b) {
    if (a.upper() < b.lower()) {
      return true;
    }
    return a.upper() == b.lower() && !(a.upperInclusive() && b.lowerInclusive());
  }

  /** Items of single-outlet groups worth listing as omissions: money, or a count with a noun and predicate. */
  static boolean salientAlone(Group g) {
    Item it = g.items().get(0);
    return it.f().kind() == Figure.Kind.MONEY
        || (it.f().kind() == Figure.Kind.COUNT && !it.noun().isEmpty() && Lexicon.isKnownPredicate(it.predicate())
            && it.f().value() >= 3);
  }
}
