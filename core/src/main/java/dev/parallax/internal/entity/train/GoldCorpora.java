package dev.parallax.internal.entity.train;

import dev.parallax.internal.entity.PlaceNames;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Readers for the gold name annotations of GUM (CoNLL-U entity layer) and MEANTIME (CAT XML),
 * converted to proper-name spans typed PERSON, ORGANIZATION or LOCATION, with the fixed
 * train/held-out split used by the trainer and the evaluator.
 *
 * <p>The split: GUM documents of the official {@code dev} and {@code test} partitions (listed in
 * {@code gum-ccby/splits.md}) are held out; MEANTIME documents are sorted by file name inside each
 * of the four sub-corpora and every fourth one (index 3, 7, 11, ...) is held out (30 of 120).
 *
 * <p>Stateless and thread-safe.
 */
public final class GoldCorpora {
  private GoldCorpora() {}

  /**
   * GUM marks a country or city acting as a government or a team as an organization ("Sweden beat
   * Belgium"); Parallax's types put countries, cities and regions under LOCATION, so the reader maps
   * an organization whose whole span is a gazetteer place to LOCATION, unless the system property
   * {@code parallax.eval.gumPlacesAsOrganizations} is true (GUM's own convention).
   */
  static final boolean PLACES_AS_ORGANIZATIONS = Boolean.getBoolean("parallax.eval.gumPlacesAsOrganizations");

  /** A gold name: tokens {@code [start, end)} of its sentence, typed PERSON/ORGANIZATION/LOCATION. Immutable and thread-safe. */
  public record GoldSpan(int start, int end, String type) {}

  /**
   * One sentence: its tokens, whether a space follows each token, its gold names, whether the
   * corpus annotated it at all ({@code annotated}: MEANTIME's intra-document layer marks only the
   * first sentences of each article, about six; GUM marks every sentence), and whether
   * it is annotated and every capitalized name-like token is covered by some annotation (a
   * "complete" sentence). {@code unscored} are names of other kinds (products, financial indices,
   * events, works) or of no recorded kind: a prediction inside one is neither right nor wrong.
   *
   * <p>Immutable and thread-safe.
   */
  public record GoldSentence(
      List<String> tokens, List<Boolean> spaceAfter, List<GoldSpan> names, List<GoldSpan> unscored, boolean annotated,
      boolean complete) {
    public GoldSentence {
      unscored = List.copyOf(unscored);
      tokens = List.copyOf(tokens);
      spaceAfter = List.copyOf(spaceAfter);
      names = List.copyOf(names);
    }
  }

  /**
   * One document, with cross-document ids for its names where the corpus has them ({@code
   * instances} is parallel to the flattened names of all sentences; "" when absent).
   *
   * <p>Immutable and thread-safe.
   */
  public record GoldDoc(String id, String corpus, List<GoldSentence> sentences, List<String> instances) {
    public GoldDoc {
      sentences = List.copyOf(sentences);
      instances = List.copyOf(instances);
    }
  }

  /** Words that are not names although capitalized: honorifics, titles, days, months. */
  static final Set<String> TITLE_WORDS =
      Set.of(
          "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir", "dame", "lord", "lady", "president",
          "vice", "prime", "minister", "secretary", "senator", "sen.", "rep.", "gov.", "governor", "mayor",
          "judge", "justice", "chief", "general", "gen.", "col.", "capt.", "captain", "lt.", "sgt.",
          "king", "queen", "prince", "princess", "pope", "saint", "st.", "professor", "prof.", "rev.",
          "ambassador", "chancellor", "director", "chairman", "ceo", "deputy", "former", "us", "u.s.",
          "spokesman", "spokeswoman", "spokesperson", "executive", "officer", "presiding", "commissioner",
          "premier", "representative", "chairwoman", "president-elect", "cfo", "coo", "founder", "senior");

  // ------------------------------------------------------------------------------------- GUM

  /** Held-out GUM documents: the official dev and test partitions. */
  public static Set<String> gumHeldOut(Path gumDir) throws IOException {
    Set<String> out = new HashSet<>();
    Path splits = gumDir.resolve("splits.md");
    String section = "";
    for (String line : Files.readAllLines(splits, StandardCharsets.UTF_8)) {
      if (line.startsWith("## ")) {
        section = line.substring(3).trim();
      } else if ((section.equals("dev") || section.equals("test")) && line.trim().startsWith("* ")) {
        out.add(line.trim().substring(2).trim());
      }
    }
    return out;
  }

  /** Reads every GUM CoNLL-U file in {@code gumDir}, sorted by name. */
  public static List<GoldDoc> readGum(Path gumDir) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(gumDir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".conllu")).sorted().toList();
    }
    List<GoldDoc> out = new ArrayList<>();
    for (Path f : files) {
      String id = f.getFileName().toString().replace(".conllu", "");
      List<GoldSentence> sents = new ArrayList<>();
      List<String[]> rows = new ArrayList<>();
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          if (!rows.isEmpty()) {
            sents.add(gumSentence(rows));
            rows = new ArrayList<>();
          }
        } else if (!line.startsWith("#")) {
          String[] cols = line.split("\t", -1);
          if (cols.length >= 10 && cols[0].matches("\\d+")) {
            rows.add(cols);
          }
        }
      }
      if (!rows.isEmpty()) {
        sents.add(gumSentence(rows));
      }
      List<String> inst = new ArrayList<>();
      sents.forEach(s -> s.names().forEach(n -> inst.add("")));
      out.add(new GoldDoc(id, "gum", sents, inst));
    }
    return out;
  }

  private record Open(int start, String attrs) {}

  private static GoldSentence gumSentence(List<String[]> rows) {
    int n = rows.size();
    List<String> tokens = new ArrayList<>();
    List<Boolean> space = new ArrayList<>();
    String[] upos = new String[n];
    Map<String, List<Open>> open = new HashMap<>();
    List<int[]> mentionSpans = new ArrayList<>();
    List<String> mentionAttrs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String[] c = rows.get(i);
      tokens.add(c[1]);
      upos[i] = c[3];
      space.add(!c[9].contains("SpaceAfter=No"));
      String ent = misc(c[9], "Entity");
      if (ent == null) {
        continue;
      }
      int p = 0;
      while (p < ent.length()) {
        char ch = ent.charAt(p);
        if (ch == '(') {
          int q = p + 1;
          while (q < ent.length() && ent.charAt(q) != '(' && ent.charAt(q) != ')') {
            q++;
          }
          String attrs = ent.substring(p + 1, q);
          if (q < ent.length() && ent.charAt(q) == ')') {
            mentionSpans.add(new int[] {i, i + 1});
            mentionAttrs.add(attrs);
            p = q + 1;
          } else {
            String gid = attrs.split("-", 2)[0];
            open.computeIfAbsent(gid, k -> new ArrayList<>()).add(new Open(i, attrs));
            p = q;
          }
        } else if (Character.isDigit(ch)) {
          int q = p;
          while (q < ent.length() && ent.charAt(q) != ')') {
            q++;
          }
          String gid = ent.substring(p, q);
          List<Open> st = open.get(gid);
          if (st != null && !st.isEmpty()) {
            Open o = st.remove(st.size() - 1);
            mentionSpans.add(new int[] {o.start(), i + 1});
            mentionAttrs.add(o.attrs());
          }
          p = q + 1;
        } else {
          p++;
        }
      }
    }
    boolean[] covered = new boolean[n];
    List<GoldSpan> names = new ArrayList<>();
    List<GoldSpan> unscored = new ArrayList<>();
    for (int m = 0; m < mentionSpans.size(); m++) {
      int[] sp = mentionSpans.get(m);
      String[] a = mentionAttrs.get(m).split("-", 8);
      for (int k = sp[0]; k < sp[1]; k++) {
        covered[k] = true;
      }
      if (a.length < 6) {
        continue;
      }
      String type =
          switch (a[1]) {
            case "person" -> "PERSON";
            case "organization" -> "ORGANIZATION";
            case "place" -> "LOCATION";
            default -> null;
          };
      boolean headProper = false;
      for (String ms : a[5].split(",")) {
        if (ms.matches("\\d+")) {
          int h = sp[0] + Integer.parseInt(ms) - 1;
          if (h < sp[1] && upos[h].equals("PROPN")) {
            headProper = true;
          }
        }
      }
      if (!headProper) {
        continue;
      }
      if (type == null) {
        unscored.add(new GoldSpan(sp[0], sp[1], "OTHER")); // a named event, work, object ...
        continue;
      }
      int[] t = trim(tokens, sp[0], sp[1], type);
      if (t != null) {
        if (type.equals("ORGANIZATION") && !PLACES_AS_ORGANIZATIONS
            && PlaceNames.isPlace(String.join(" ", tokens.subList(t[0], t[1])))) {
          type = "LOCATION"; // "Sweden beat Belgium": a country is a LOCATION in Parallax's types
        }
        names.add(new GoldSpan(t[0], t[1], type));
      }
    }
    boolean complete = true;
    for (int i = 0; i < n; i++) {
      if (upos[i].equals("PROPN") && !covered[i]) {
        complete = false;
      }
    }
    return new GoldSentence(tokens, space, outermost(names), unscored, true, complete);
  }

  private static String misc(String misc, String key) {
    for (String kv : misc.split("\\|")) {
      if (kv.startsWith(key + "=")) {
        return kv.substring(key.length() + 1);
      }
    }
    return null;
  }

  // -------------------------------------------------------------------------------- MEANTIME

  /** True when this MEANTIME document (index within its sorted sub-corpus) is held out. */
  public static boolean meantimeHeldOut(int indexInSubCorpus) {
    return indexInSubCorpus % 4 == 3;
  }

  /**
   * Reads the MEANTIME English documents ({@code meantime_en/intra_cross-doc_annotation}), each
   * with its sub-corpus name and held-out flag encoded in {@link GoldDoc#corpus()} as {@code
   * meantime/<sub>/train} or {@code meantime/<sub>/heldout}.
   */
  public static List<GoldDoc> readMeantime(Path meantimeDir) throws IOException {
    Path root = meantimeDir.resolve("intra_cross-doc_annotation");
    List<Path> subs;
    try (Stream<Path> s = Files.list(root)) {
      subs = s.filter(Files::isDirectory).sorted().toList();
    }
    List<GoldDoc> out = new ArrayList<>();
    for (Path sub : subs) {
      List<Path> files;
      try (Stream<Path> s = Files.list(sub)) {
        files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
      }
      for (int i = 0; i < files.size(); i++) {
        String split = meantimeHeldOut(i) ? "heldout" : "train";
        String subName = sub.getFileName().toString().replace("corpus_", "");
        out.add(meantimeDoc(files.get(i), "meantime/" + subName + "/" + split));
      }
    }
    return out;
  }

  private static GoldDoc meantimeDoc(Path f, String corpus) throws IOException {
    Document d;
    try (InputStream in = Files.newInputStream(f)) {
      DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
      dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      d = dbf.newDocumentBuilder().parse(in);
    } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException e) {
      throw new IOException("cannot parse " + f + ": " + e.getMessage(), e);
    }
    NodeList toks = d.getElementsByTagName("token");
    Map<String, int[]> tokPos = new HashMap<>(); // t_id -> sentence, index in sentence
    LinkedHashMap<Integer, List<String>> sentTokens = new LinkedHashMap<>();
    for (int i = 0; i < toks.getLength(); i++) {
      Element t = (Element) toks.item(i);
      int sent = Integer.parseInt(t.getAttribute("sentence"));
      List<String> list = sentTokens.computeIfAbsent(sent, k -> new ArrayList<>());
      tokPos.put(t.getAttribute("t_id"), new int[] {sent, list.size()});
      list.add(t.getTextContent());
    }
    // entity types and instance ids by target m_id
    Map<String, String[]> entityOf = new HashMap<>();
    NodeList ents = d.getElementsByTagName("ENTITY");
    for (int i = 0; i < ents.getLength(); i++) {
      Element e = (Element) ents.item(i);
      String inst = e.getAttribute("instance_id");
      entityOf.put(e.getAttribute("m_id"), new String[] {e.getAttribute("ent_type"), inst == null ? "" : inst});
    }
    Map<String, String[]> mentionEntity = new HashMap<>();
    NodeList refs = d.getElementsByTagName("REFERS_TO");
    for (int i = 0; i < refs.getLength(); i++) {
      Element r = (Element) refs.item(i);
      NodeList tg = r.getElementsByTagName("target");
      if (tg.getLength() == 0) {
        continue;
      }
      String[] ent = entityOf.get(((Element) tg.item(0)).getAttribute("m_id"));
      if (ent == null) {
        continue;
      }
      NodeList src = r.getElementsByTagName("source");
      for (int k = 0; k < src.getLength(); k++) {
        mentionEntity.put(((Element) src.item(k)).getAttribute("m_id"), ent);
      }
    }
    Map<Integer, boolean[]> covered = new HashMap<>();
    sentTokens.forEach((k, v) -> covered.put(k, new boolean[v.size()]));
    Map<Integer, List<GoldSpan>> names = new HashMap<>();
    Map<Integer, List<GoldSpan>> unscored = new HashMap<>();
    Map<Integer, List<String>> inst = new HashMap<>();
    int lastMarked = -1; // MEANTIME annotates the first sentences only: up to the last one with a markable
    for (String tag : List.of("ENTITY_MENTION", "TIMEX3", "VALUE", "EVENT_MENTION")) {
      NodeList ms = d.getElementsByTagName(tag);
      for (int i = 0; i < ms.getLength(); i++) {
        Element m = (Element) ms.item(i);
        NodeList anchors = m.getElementsByTagName("token_anchor");
        if (anchors.getLength() == 0) {
          continue;
        }
        int sent = -1;
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (int k = 0; k < anchors.getLength(); k++) {
          int[] pos = tokPos.get(((Element) anchors.item(k)).getAttribute("t_id"));
          if (pos == null) {
            continue;
          }
          if (sent >= 0 && pos[0] != sent) {
            continue; // a mention spanning sentences: keep the first sentence's part
          }
          sent = pos[0];
          lo = Math.min(lo, pos[1]);
          hi = Math.max(hi, pos[1]);
        }
        if (sent < 0) {
          continue;
        }
        // the cross-document layer adds bare mentions (no syntactic type, no part of speech) of
        // cross-document entities in later sentences; only the intra-document layer marks the region
        boolean intraDoc = tag.equals("ENTITY_MENTION") ? m.hasAttribute("syntactic_type")
            : !tag.equals("EVENT_MENTION") || m.hasAttribute("pos");
        if (intraDoc) {
          lastMarked = Math.max(lastMarked, sent);
        }
        String syn = m.getAttribute("syntactic_type");
        boolean name = syn.equals("NAM") || syn.equals("PRE.NAM");
        if (!tag.equals("ENTITY_MENTION") || name) {
          // a capitalized word inside a common-noun mention ("the US government") is not annotated
          // as a name by that mention, so it does not make its sentence complete
          boolean[] cov = covered.get(sent);
          for (int k = lo; k <= hi; k++) {
            cov[k] = true;
          }
        }
        if (!tag.equals("ENTITY_MENTION") || !name) {
          continue;
        }
        String[] ent = mentionEntity.get(m.getAttribute("m_id"));
        String type = ent == null ? null
            : switch (ent[0]) {
              case "PER" -> "PERSON";
              case "ORG" -> "ORGANIZATION";
              case "LOC" -> "LOCATION";
              default -> null;
            };
        if (type == null) {
          // a product, financial index or mixed entity, or a name linked to no entity
          unscored.computeIfAbsent(sent, k -> new ArrayList<>()).add(new GoldSpan(lo, hi + 1, "OTHER"));
          continue;
        }
        List<String> st = sentTokens.get(sent);
        int[] t = trim(st, lo, hi + 1, type);
        if (t != null) {
          names.computeIfAbsent(sent, k -> new ArrayList<>()).add(new GoldSpan(t[0], t[1], type));
          inst.computeIfAbsent(sent, k -> new ArrayList<>()).add(t[0] + ":" + t[1] + ":" + ent[1]);
        }
      }
    }
    List<GoldSentence> sents = new ArrayList<>();
    List<String> instances = new ArrayList<>();
    for (Map.Entry<Integer, List<String>> e : sentTokens.entrySet()) {
      List<String> st = e.getValue();
      boolean[] cov = covered.get(e.getKey());
      boolean annotated = e.getKey() <= lastMarked;
      boolean complete = annotated;
      for (int k = 1; k < st.size(); k++) {
        String w = st.get(k);
        if (isCap(w) && !cov[k] && !w.equals("I") && !TITLE_WORDS.contains(lower(w))) {
          complete = false;
        }
      }
      List<String> spaces = new ArrayList<>();
      List<Boolean> sp = new ArrayList<>();
      for (int k = 0; k < st.size(); k++) {
        sp.add(k + 1 >= st.size() || !noSpaceBefore(st.get(k + 1)) && !noSpaceAfter(st.get(k)));
      }
      List<GoldSpan> kept = outermost(names.getOrDefault(e.getKey(), List.of()));
      Map<String, String> instBySpan = new HashMap<>();
      for (String s : inst.getOrDefault(e.getKey(), List.of())) {
        String[] p = s.split(":", 3);
        instBySpan.put(p[0] + ":" + p[1], p[2]);
      }
      for (GoldSpan g : kept) {
        instances.add(instBySpan.getOrDefault(g.start() + ":" + g.end(), ""));
      }
      spaces.clear();
      sents.add(new GoldSentence(st, sp, kept, unscored.getOrDefault(e.getKey(), List.of()), annotated, complete));
    }
    String id = f.getFileName().toString().replace(".xml", "");
    return new GoldDoc(id, corpus, sents, instances);
  }

  private static boolean noSpaceBefore(String w) {
    return w.equals(",") || w.equals(".") || w.equals(":") || w.equals(";") || w.equals("!") || w.equals("?")
        || w.equals(")") || w.equals("%") || w.startsWith("'") || w.equals("n't") || w.equals("''");
  }

  private static boolean noSpaceAfter(String w) {
    return w.equals("(") || w.equals("$") || w.equals("``");
  }

  // ----------------------------------------------------------------------------------- shared

  /**
   * The name inside a gold mention {@code [s, e)}, or null when there is none. A person keeps the
   * trailing run of capitalized words that are not titles ("US President Jane Doe", "Presiding
   * Judge Jane Doe" -> "Jane Doe", while "Martin Luther King" stays whole; the recognizer reports the title as the role). An organization or
   * place loses leading lower-case words ("the") only, and a capitalized article that starts the
   * sentence: its own capitalized words are part of the name ("General Motors", "US"). Trailing lower-case words are cut from both.
   */
  static int[] trim(List<String> tokens, int s, int e, String type) {
    if (type.equals("PERSON")) {
      for (int k = e - 2; k >= s; k--) {
        String w = tokens.get(k);
        if (TITLE_WORDS.contains(lower(w)) || !isCap(w) && !isConnector(w)) {
          s = k + 1; // after the last title or lower-case word that a capitalized word follows
          break;
        }
      }
      while (s < e && !isCap(tokens.get(s))) {
        s++;
      }
    } else {
      while (s < e && (!isCap(tokens.get(s)) || s == 0 && e - s > 1 && ARTICLES.contains(tokens.get(s)))) {
        s++;
      }
    }
    while (e > s && !isCap(tokens.get(e - 1)) && !Character.isDigit(tokens.get(e - 1).charAt(0))) {
      e--;
    }
    if (s < e && !nameLike(tokens, s, e)) {
      // a description before the name ("U.S. manufacturer Acme Motors", "Irish national airline Acme"):
      // the name is the capitalized tail after the last lower-case word
      for (int k = e - 1; k > s; k--) {
        String w = tokens.get(k);
        if (!isCap(w) && !CONNECTORS.contains(w) && !Character.isDigit(w.charAt(0))) {
          s = k + 1;
          break;
        }
      }
      while (s < e && !isCap(tokens.get(s))) {
        s++; // no connector starts the name ("and", "of the")
      }
    }
    return s < e && nameLike(tokens, s, e) ? new int[] {s, e} : null;
  }

  /**
   * Articles that a name loses at the start of a sentence, where they are capitalized only by
   * position ("The UAW said" -> "UAW", as "the UAW" mid-sentence); a mid-sentence "The" is kept
   * ("reported by The New York Times").
   */
  private static final Set<String> ARTICLES = Set.of("The", "A", "An");

  /** Lower-case particles inside person names ("van", "de", "bin"). */
  private static boolean isConnector(String w) {
    return Set.of("van", "von", "de", "der", "da", "di", "du", "del", "dos", "bin", "al", "el", "la", "le").contains(w);
  }

  /** Drops names nested in or overlapping an earlier, longer name. */
  static List<GoldSpan> outermost(List<GoldSpan> in) {
    List<GoldSpan> sorted = new ArrayList<>(in);
    sorted.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : Integer.compare(b.end(), a.end()));
    List<GoldSpan> out = new ArrayList<>();
    int lastEnd = -1;
    for (GoldSpan g : sorted) {
      if (g.start() >= lastEnd) {
        out.add(g);
        lastEnd = g.end();
      }
    }
    return out;
  }

  /** Connector words allowed inside a multi-word name ("Bank of America", "Tren de ..."). */
  public static final Set<String> CONNECTORS =
      Set.of("of", "de", "del", "la", "le", "los", "las", "the", "and", "&", "for", "y", "van", "von", "der",
          "da", "di", "du", "dos", "bin", "al", "el", "-", ".", "'", "on", "in", "at");

  /** True when every token is capitalized, a number or a connector, and the name ends capitalized. */
  static boolean nameLike(List<String> tokens, int s, int e) {
    for (int k = s; k < e; k++) {
      String w = tokens.get(k);
      if (!isCap(w) && !Character.isDigit(w.charAt(0)) && !CONNECTORS.contains(lower(w))) {
        return false;
      }
    }
    return true;
  }

  static boolean isCap(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  static String lower(String w) {
    return w.toLowerCase(Locale.ROOT);
  }

  /** Re-creates the sentence text and the character offsets of each token. */
  public static String detokenize(GoldSentence s, int[] starts, int[] ends) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.tokens().size(); i++) {
      starts[i] = sb.length();
      sb.append(s.tokens().get(i));
      ends[i] = sb.length();
      if (i + 1 < s.tokens().size() && s.spaceAfter().get(i)) {
        sb.append(' ');
      }
    }
    return sb.toString();
  }
}
