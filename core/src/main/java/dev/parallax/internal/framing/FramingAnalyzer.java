package dev.parallax.internal.framing;

import dev.parallax.AnalyzedArticle;
import dev.parallax.entity.Entity;
import dev.parallax.entity.EntityMention;
import dev.parallax.framing.CategoryCount;
import dev.parallax.framing.Claim;
import dev.parallax.framing.EntityTone;
import dev.parallax.framing.Evidence;
import dev.parallax.framing.ExcludedSentence;
import dev.parallax.framing.FrameShare;
import dev.parallax.framing.FramingReport;
import dev.parallax.framing.Label;
import dev.parallax.framing.LexiconCategory;
import dev.parallax.framing.LexiconHit;
import dev.parallax.framing.LoadedLanguage;
import dev.parallax.framing.OutletLabels;
import dev.parallax.framing.OutletProfile;
import dev.parallax.framing.PolicyFrame;
import dev.parallax.framing.Referent;
import dev.parallax.framing.ReferentKind;
import dev.parallax.framing.Stance;
import dev.parallax.framing.StanceSummary;
import dev.parallax.framing.TermCount;
import dev.parallax.framing.Tone;
import dev.parallax.framing.Verdict;
import dev.parallax.internal.nlp.Lemmas;
import dev.parallax.quote.Quote;
import dev.parallax.text.Sentence;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computes a {@link FramingReport}: story sentences, noun-phrase and verb mentions grouped into referents,
 * stance markers, loaded language, policy frames and lexicon-based tone. Deterministic: the same input gives
 * the same report.
 *
 * <p>Stateless and thread-safe.
 */
public final class FramingAnalyzer {

  static final String METHOD =
      "lexicon-based: noun phrases chunked from UD tags and grouped by referent class, shared predicates and"
          + " names; hedges and attribution per sentence; loaded language per 1,000 story words; policy frames"
          + " (Boydstun et al. 2014) by cue lemmas; tone from evaluative words within 5 words of a mention"
          + " (Parallax lexicon + AFINN-165). Boilerplate, related-news and off-topic sentences excluded.";
  private static final int MAX_NAMED = 10;
  /** Below this many articles the story's main terms are not known well enough to call a sentence off-topic. */
  private static final int MIN_ARTICLES_FOR_TOPIC = 3;
  private static final int MAX_TONE = 8;
  private static final int TONE_WINDOW = 5;
  private static final Set<String> BE = Set.of("be", "get");
  private static final Set<String> RELATIVE = Set.of("whom", "who", "which", "that");
  private static final Set<String> LABELLING =
      Set.of("label", "call", "brand", "describe", "classify", "deem", "dub", "term", "consider", "portray", "characterize");
  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "n't", "without", "nor");
  private static final Set<String> STOP =
      Set.of("be", "have", "do", "say", "make", "take", "get", "go", "also", "other", "new", "more", "many", "such",
          "year", "time", "way", "thing", "part", "one", "this", "that", "come", "see", "use", "include", "well");
  /** Title-list words that never make a descriptor on their own ("U.S.", "of", "former"). */
  private static final Set<String> TITLE_FILLERS = Set.of("u.s.", "us", "white", "house", "of", "state", "staff", "former", "vice");
  private static final Set<String> NAME_CONNECTORS = Set.of("de", "del", "da", "la", "van", "von", "bin", "al", "of");

  private FramingAnalyzer() {}

  /** One story sentence with its words and stance. */
  private record Sent(
      AnalyzedArticle a, String outlet, Sentence s, String text, List<Word> ws, List<NounPhrase> nps,
      Stance stance, List<String> markers) {}

  /** One mention of a referent. */
  private record Mention(
      String key, ReferentKind kind, String label, String labelKey, String head, List<String> mods,
      boolean hedged, Stance stance, Evidence ev, Sent sent, int from, int to) {}

  /** A run of proper nouns naming something. */
  private record NameRun(Sent sent, int from, int to, List<String> norm, String surface, String entity, NounPhrase np) {}

  /** Analyses the articles; {@code entities} names entity referents when present. */
  public static FramingReport analyze(List<AnalyzedArticle> articles, List<Entity> entities) {
    return new FramingAnalyzer.Run(Lexicons.load(), articles, entities).report();
  }

  private static final class Run {
    final Lexicons lx;
    final List<AnalyzedArticle> articles;
    final Map<String, Entity> entityById = new HashMap<>();
    final List<String> outlets = new ArrayList<>();
    final Map<String, List<String>> articlesByOutlet = new LinkedHashMap<>();
    final List<Sent> sents = new ArrayList<>();
    final List<ExcludedSentence> excluded = new ArrayList<>();
    final List<Mention> mentions = new ArrayList<>();
    final Map<String, String> refName = new HashMap<>();
    final Map<String, ReferentKind> refKind = new HashMap<>();
    final Set<String> commonWords = new HashSet<>();
    final Set<String> titled = new HashSet<>();
    final Map<String, Integer> articleOrder = new HashMap<>();
    final Map<String, List<Sent>> sentsByOutlet = new HashMap<>();
    final Map<String, Integer> excludedByOutlet = new HashMap<>();

    Run(Lexicons lx, List<AnalyzedArticle> articles, List<Entity> entities) {
      this.lx = lx;
      this.articles = articles;
      for (Entity e : entities) {
        entityById.put(e.id(), e);
      }
      commonWords.addAll(lx.generic);
      for (Lexicons.RefClass c : lx.classes) {
        c.heads().forEach(h -> commonWords.add(h.head()));
        refName.put("class:" + c.id(), c.name());
        refKind.put("class:" + c.id(), ReferentKind.valueOf(c.kind()));
      }
    }

    FramingReport report() {
      selectStorySentences();
      for (Sent s : sents) {
        classMentions(s);
        eventVerbMentions(s);
      }
      namedMentions();
      List<Referent> referents = referents();
      List<OutletProfile> profiles = new ArrayList<>();
      List<Claim> claims = new ArrayList<>();
      for (Sent s : sents) {
        claims.add(new Claim(s.a().id(), s.outlet(), s.s().index(), s.s().start(), s.s().end(), s.stance(), s.markers()));
      }
      for (String o : outlets) {
        profiles.add(profile(o));
      }
      profiles = withVerdicts(profiles);
      List<String> hedging = new ArrayList<>();
      List<String> asserting = new ArrayList<>();
      String mostLoaded = "";
      double best = 0;
      for (OutletProfile p : profiles) {
        (p.stance().verdict() == Verdict.HEDGES ? hedging : asserting).add(p.outlet());
        if (p.loaded().perThousandWords() > best) {
          best = p.loaded().perThousandWords();
          mostLoaded = p.outlet();
        }
      }
      List<EntityTone> tone = tone(referents);
      return new FramingReport(METHOD, profiles, referents, hedging, asserting, mostLoaded, tone, claims, excluded);
    }

    // ---------------------------------------------------------------- story sentences

    void selectStorySentences() {
      List<List<Sent>> perArticle = new ArrayList<>();
      for (AnalyzedArticle a : articles) {
        String outlet = a.article().outletOrId();
        if (!articlesByOutlet.containsKey(outlet)) {
          outlets.add(outlet);
          articlesByOutlet.put(outlet, new ArrayList<>());
        }
        articlesByOutlet.get(outlet).add(a.id());
        List<Sent> kept = new ArrayList<>();
        boolean related = false;
        for (Sentence s : a.text().sentences()) {
          if (s.boilerplate()) {
            exclude(a, s, ExcludedSentence.Reason.BOILERPLATE);
            continue;
          }
          List<Word> ws = Words.of(a.text(), s, commonWords);
          if (!related && opensRelated(ws)) {
            related = true;
          }
          if (related) {
            exclude(a, s, ExcludedSentence.Reason.RELATED_NEWS);
            continue;
          }
          kept.add(new Sent(a, outlet, s, a.text().textOf(s), ws, Chunker.chunk(ws, lx.dropmod), Stance.BARE, List.of()));
        }
        perArticle.add(kept);
      }
      // story terms: content lemmas used by at least half of the articles (and at least two)
      Set<String> story = new HashSet<>();
      int n = articles.size();
      if (n >= MIN_ARTICLES_FOR_TOPIC) {
        Map<String, Integer> df = new HashMap<>();
        for (List<Sent> kept : perArticle) {
          Set<String> seen = new HashSet<>();
          for (Sent s : kept) {
            for (Word w : s.ws()) {
              if (content(w)) {
                seen.add(termOf(w));
              }
            }
          }
          seen.forEach(l -> df.merge(l, 1, Integer::sum));
        }
        int min = Math.max(2, (n + 1) / 2);
        df.forEach((l, c) -> {
          if (c >= min) {
            story.add(l);
          }
        });
      }
      for (List<Sent> kept : perArticle) {
        for (Sent s : kept) {
          if (n >= MIN_ARTICLES_FOR_TOPIC) {
            int contentWords = 0;
            boolean shares = false;
            for (Word w : s.ws()) {
              if (content(w)) {
                contentWords++;
                shares |= story.contains(termOf(w));
              }
            }
            if (contentWords >= 3 && !shares) {
              exclude(s.a(), s.s(), ExcludedSentence.Reason.OFF_TOPIC);
              continue;
            }
          }
          sents.add(withStance(s));
        }
      }
      excluded.sort(Comparator.comparingInt((ExcludedSentence e) -> articleIndex(e.article())).thenComparingInt(ExcludedSentence::sentence));
    }

    int articleIndex(String id) {
      if (articleOrder.isEmpty()) {
        for (int i = 0; i < articles.size(); i++) {
          articleOrder.putIfAbsent(articles.get(i).id(), i);
        }
      }
      return articleOrder.getOrDefault(id, -1);
    }

    /** The lemma used for story terms; title-case words ("Protests") are read as common nouns. */
    String termOf(Word w) {
      return w.is("PROPN") ? Lemmas.noun(w.lower()) : w.lemma();
    }

    boolean content(Word w) {
      return (w.nominal() || w.is("VERB") || w.is("ADJ")) && w.lemma().length() >= 3 && !STOP.contains(w.lemma())
          && Character.isLetter(w.lemma().charAt(0));
    }

    boolean opensRelated(List<Word> ws) {
      List<String> lows = new ArrayList<>();
      for (Word w : ws) {
        if (!w.punct()) {
          lows.add(w.lower());
        }
      }
      for (List<String> marker : lx.related) {
        if (lows.size() >= marker.size() && lows.subList(0, marker.size()).equals(marker)) {
          return true;
        }
      }
      return false;
    }

    void exclude(AnalyzedArticle a, Sentence s, ExcludedSentence.Reason r) {
      excluded.add(new ExcludedSentence(a.id(), s.index(), s.start(), s.end(), r));
    }

    // ---------------------------------------------------------------- stance

    Sent withStance(Sent s) {
      List<String> markers = new ArrayList<>();
      boolean hedge = false;
      boolean attribution = false;
      List<Word> ws = s.ws();
      for (int i = 0; i < ws.size(); ) {
        Lexicons.Match m = stanceAt(ws, i);
        if (m == null) {
          i++;
          continue;
        }
        markers.add(text(s, m.start(), m.end()));
        if (m.entry().category().equals("HEDGE")) {
          hedge = true;
        } else {
          attribution = true;
        }
        i = m.end();
      }
      for (Quote q : s.a().quotes()) {
        if (q.sentence() == s.s().index() && !q.cue().isEmpty()) {
          attribution = true;
          if (!markers.contains(q.cue())) {
            markers.add(q.cue());
          }
        }
      }
      Stance st = hedge ? Stance.HEDGED : attribution ? Stance.ATTRIBUTED : Stance.BARE;
      return new Sent(s.a(), s.outlet(), s.s(), s.text(), s.ws(), s.nps(), st, markers);
    }

    Lexicons.Match stanceAt(List<Word> ws, int i) {
      return lx.stance.longest(
          ws,
          i,
          (e, w) -> !w.is("PROPN")
              && !(e.category().equals("ATTRIBUTION") && e.words().size() == 1 && !(w.is("VERB") || w.is("AUX"))));
    }

    boolean hedgeAt(List<Word> ws, int i) {
      Lexicons.Match m = stanceAt(ws, i);
      return m != null && m.entry().category().equals("HEDGE");
    }

    // ---------------------------------------------------------------- class mentions

    Lexicons.RefClass headClass(List<Word> ws, NounPhrase np) {
      Word h = ws.get(np.head());
      Set<String> mods = new HashSet<>();
      for (int k = np.coreStart(); k < np.head(); k++) {
        Word w = ws.get(k);
        mods.add(w.lemma());
        mods.add(w.lower());
        for (String part : w.lower().split("-")) {
          mods.add(part);
        }
      }
      List<String> heads = new ArrayList<>();
      heads.add(h.lemma());
      heads.add(h.lower());
      int dash = h.lemma().lastIndexOf('-');
      if (dash > 0 && dash < h.lemma().length() - 1) {
        heads.add(h.lemma().substring(dash + 1));
        mods.add(h.lemma().substring(0, dash));
      }
      boolean proper = h.is("PROPN");
      for (Lexicons.RefClass c : lx.classes) {
        for (Lexicons.HeadRule r : c.heads()) {
          for (String hd : heads) {
            if (!r.head().equals(hd)) {
              continue;
            }
            boolean caps = r.needs().contains("^");
            if (caps ? proper && h.capitalized()
                : (r.needs().isEmpty() ? !proper : r.needs().stream().anyMatch(mods::contains))) {
              return c;
            }
          }
        }
      }
      return null;
    }

    boolean genericPerson(Word h) {
      if (lx.generic.contains(h.lemma()) || lx.generic.contains(h.lower())) {
        return true;
      }
      String l = h.lower();
      return h.is("PROPN") && h.capitalized() && (l.endsWith("ans") || l.endsWith("ese") || l.endsWith("ites"));
    }

    /** The class whose predicate (verb or nominalisation) this phrase is an argument of. */
    Lexicons.RefClass predicateClass(List<Word> ws, NounPhrase np, int anchor) {
      for (int k = np.coreStart(); k < np.head(); k++) {
        Lexicons.RefClass c = predicateAt(ws, k, true);
        if (c != null) {
          return c;
        }
      }
      int j = anchor - 1;
      int steps = 0;
      while (j >= 0 && steps < 4) {
        Word w = ws.get(j);
        if (w.is("ADV") || w.is("NUM") || lx.dropmod.contains(w.lower()) || w.lower().equals("back")) {
          j--;
          steps++;
          continue;
        }
        break;
      }
      if (j >= 0) {
        Word w = ws.get(j);
        if (w.lower().equals("of") && j > 0) {
          Lexicons.RefClass c = predicateAt(ws, j - 1, false);
          if (c != null && ws.get(j - 1).is("NOUN")) {
            return c;
          }
        } else if (!w.is("PROPN") && !w.is("ADP")) {
          Lexicons.RefClass c = predicateAt(ws, j, true);
          if (c != null) {
            return c;
          }
        }
      }
      int k = np.head() + 1;
      steps = 0;
      while (k < ws.size() && steps < 4) {
        Word w = ws.get(k);
        if ((w.is("AUX") && BE.contains(w.lemma())) || w.is("ADV") || w.lower().equals("who") || w.lower().equals("being")) {
          k++;
          steps++;
          continue;
        }
        break;
      }
      if (k < ws.size() && ws.get(k).is("VERB")) {
        return predicateAt(ws, k, true);
      }
      return passiveAhead(ws, np.head() + 1);
    }

    /**
     * The predicate of the first passive verb group within a few words after a phrase, over a post-modifier:
     * "six men reportedly part of the crew were sent back".
     */
    Lexicons.RefClass passiveAhead(List<Word> ws, int from) {
      for (int k = from; k < Math.min(ws.size(), from + 12); k++) {
        Word w = ws.get(k);
        if (w.is("VERB") || w.is("SCONJ") || w.lower().equals(",") || w.lower().equals(";")) {
          return null;
        }
        if (w.is("AUX") && w.lemma().equals("be")) {
          int v = k + 1;
          while (v < ws.size() && (ws.get(v).is("ADV") || (ws.get(v).is("AUX") && BE.contains(ws.get(v).lemma())))) {
            v++;
          }
          return v < ws.size() && ws.get(v).is("VERB") ? predicateAt(ws, v, true) : null;
        }
        if (w.is("AUX")) {
          return null;
        }
      }
      return null;
    }

    /** The class of a predicate at word k ("deport", "deportation", "send back"), verbs only when asked. */
    Lexicons.RefClass predicateAt(List<Word> ws, int k, boolean verbOrNoun) {
      Word w = ws.get(k);
      if (!verbOrNoun && !w.is("NOUN")) {
        return null;
      }
      for (Lexicons.RefClass c : lx.classes) {
        for (List<String> p : c.predicates()) {
          if (!p.get(0).equals(w.lemma()) && !p.get(0).equals(w.lower())) {
            continue;
          }
          if (p.size() == 1) {
            return c;
          }
          if (k + 1 < ws.size() && ws.get(k + 1).lower().equals(p.get(1))) {
            return c;
          }
        }
      }
      return null;
    }

    void classMentions(Sent s) {
      List<Word> ws = s.ws();
      List<NounPhrase> nps = s.nps();
      int n = nps.size();
      int[] anchor = new int[n];
      boolean[] quantity = new boolean[n];
      for (int i = 0; i < n; i++) {
        anchor[i] = nps.get(i).start();
      }
      for (int i = 0; i + 1 < n; i++) {
        NounPhrase np = nps.get(i);
        Word h = ws.get(np.head());
        if (lx.quantity.contains(h.lower()) || lx.quantity.contains(h.lemma())) {
          NounPhrase next = nps.get(i + 1);
          if (np.head() + 2 == next.start() && ws.get(np.head() + 1).lower().equals("of")) {
            quantity[i] = true;
            anchor[i + 1] = anchor[i];
          }
        }
      }
      Lexicons.RefClass[] head = new Lexicons.RefClass[n];
      Lexicons.RefClass[] pred = new Lexicons.RefClass[n];
      for (int i = 0; i < n; i++) {
        if (quantity[i]) {
          continue;
        }
        head[i] = headClass(ws, nps.get(i));
        pred[i] = predicateClass(ws, nps.get(i), anchor[i]);
        if (pred[i] != null && !pred[i].kind().equals("PEOPLE")) {
          pred[i] = null;
        }
      }
      // coordinated phrases share a predicate: "deported 40 Peruvians and 12 Chileans"
      for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i + 1 < n; i++) {
          if (coordinated(ws, nps.get(i), nps.get(i + 1))) {
            if (pred[i] == null && pred[i + 1] != null) {
              pred[i] = pred[i + 1];
            } else if (pred[i + 1] == null && pred[i] != null) {
              pred[i + 1] = pred[i];
            }
          }
        }
      }
      Lexicons.RefClass[] cls = new Lexicons.RefClass[n];
      for (int i = 0; i < n; i++) {
        if (quantity[i]) {
          continue;
        }
        Word h = ws.get(nps.get(i).head());
        if (head[i] != null && (head[i].kind().equals("EVENT") || !head[i].reassignable() || pred[i] == null)) {
          cls[i] = head[i];
        } else if (pred[i] != null && (head[i] != null || genericPerson(h))) {
          cls[i] = pred[i];
        }
      }
      relabelled(ws, nps, cls);
      for (int i = 0; i < n; i++) {
        NounPhrase np = nps.get(i);
        Word h = ws.get(np.head());
        Lexicons.RefClass c = cls[i];
        if (quantity[i] || c == null) {
          continue;
        }
        int labelEnd = np.end();
        String label = label(s, np.labelStart(), np.end());
        NounPhrase pp = following(nps, i, ws);
        if (pp != null && lx.relational.contains(h.lemma()) && ws.get(np.head() + 1).lower().equals("of")) {
          label = label + " of " + label(s, pp.labelStart(), pp.end());
          labelEnd = pp.end();
        } else if (pp != null && !c.pp().isEmpty() && ws.get(np.head() + 1).lower().equals(c.pp())
            && pp.end() - pp.start() <= 4) {
          label = label + " " + c.pp() + " " + label(s, pp.start(), pp.end());
          labelEnd = pp.end();
        }
        boolean hedged = false;
        for (int k = anchor[i]; k < np.end() && !hedged; k++) {
          hedged = hedgeAt(ws, k);
        }
        for (int k = labelEnd; k < Math.min(ws.size(), labelEnd + 3) && !hedged; k++) {
          if (ws.get(k).is("PUNCT") && !ws.get(k).lower().equals(",")) {
            break;
          }
          hedged = hedgeAt(ws, k);
        }
        List<String> mods = new ArrayList<>();
        for (int k = np.labelStart(); k < np.head(); k++) {
          mods.add(ws.get(k).lower());
        }
        String key = "class:" + c.id();
        ReferentKind kind = ReferentKind.valueOf(c.kind());
        addMention(key, kind, label, h.lemma(), mods, hedged, s, np.labelStart(), labelEnd, np.head());
      }
    }

    /**
     * "50 workers, whom officials called criminals and smugglers": the phrases after a
     * labelling verb in a relative clause are labels for the group the clause is about.
     */
    void relabelled(List<Word> ws, List<NounPhrase> nps, Lexicons.RefClass[] cls) {
      for (int j = 0; j < nps.size(); j++) {
        Lexicons.RefClass group = cls[j];
        int e = nps.get(j).end();
        if (j + 1 < nps.size() && e < ws.size() && ws.get(e).is("ADP") && nps.get(j + 1).start() == e + 1) {
          e = nps.get(j + 1).end(); // "workers from the plant, whom …"
        }
        if (group == null || !group.kind().equals("PEOPLE") || e + 1 >= ws.size() || !ws.get(e).lower().equals(",")
            || !RELATIVE.contains(ws.get(e + 1).lower())) {
          continue;
        }
        boolean linked = false;
        for (int i = j + 1; i < nps.size(); i++) {
          int k = nps.get(i).start() - 1;
          if (k >= 0 && ws.get(k).lower().equals("as")) {
            k--;
          }
          boolean labelled = k > e + 1 && LABELLING.contains(ws.get(k).lemma()) && ws.get(k).is("VERB");
          boolean chained = i > j + 1 && linked && cls[i - 1] == group && coordinated(ws, nps.get(i - 1), nps.get(i));
          linked = labelled || chained;
          if (labelled || chained) {
            Lexicons.RefClass own = cls[i];
            if (own == null || own.reassignable() || own.kind().equals("PEOPLE")) {
              cls[i] = group;
            }
          }
        }
      }
    }

    boolean coordinated(List<Word> ws, NounPhrase a, NounPhrase b) {
      if (b.start() <= a.end()) {
        return false;
      }
      boolean link = false;
      for (int k = a.end(); k < b.start(); k++) {
        Word w = ws.get(k);
        String l = w.lower();
        if (l.equals("and") || l.equals("or") || (l.equals(",") && k == a.end())) {
          link = true;
        } else if (!(l.equals(",") || (w.is("ADV") && k > a.end()))) {
          return false;
        }
      }
      return link;
    }

    NounPhrase following(List<NounPhrase> nps, int i, List<Word> ws) {
      NounPhrase np = nps.get(i);
      if (i + 1 < nps.size() && nps.get(i + 1).start() == np.head() + 2 && np.head() + 1 < ws.size()) {
        return nps.get(i + 1);
      }
      return null;
    }

    void addMention(
        String key, ReferentKind kind, String label, String head, List<String> mods, boolean hedged, Sent s,
        int from, int to, int headIndex) {
      List<Word> ws = s.ws();
      Stance st = hedged ? Stance.HEDGED : s.stance() == Stance.BARE ? Stance.BARE : Stance.ATTRIBUTED;
      int start = ws.get(from).start();
      int end = ws.get(to - 1).end();
      Evidence ev = new Evidence(s.a().id(), start, end, s.a().article().text().substring(start, end), s.s().index(), s.text());
      String labelKey = label.toLowerCase(Locale.ROOT);
      Word h = ws.get(headIndex);
      if (labelKey.endsWith(h.lower()) && !h.lemma().equals(h.lower()) && !h.is("PROPN")) {
        labelKey = labelKey.substring(0, labelKey.length() - h.lower().length()) + h.lemma();
      }
      mentions.add(new Mention(key, kind, label, labelKey, head, mods, hedged, st, ev, s, from, to));
    }

    // ---------------------------------------------------------------- event verbs

    void eventVerbMentions(Sent s) {
      List<Word> ws = s.ws();
      for (int i = 0; i < ws.size(); i++) {
        Word w = ws.get(i);
        if (!w.is("VERB")) {
          continue;
        }
        for (Lexicons.RefClass c : lx.classes) {
          if (!c.kind().equals("EVENT")) {
            continue;
          }
          int end = -1;
          for (List<String> v : c.verbs()) {
            if (!v.get(0).equals(w.lemma())) {
              continue;
            }
            if (v.size() == 1) {
              end = Math.max(end, i + 1);
            } else if (i + 1 < ws.size() && ws.get(i + 1).lower().equals(v.get(1))) {
              end = Math.max(end, i + 2);
            }
          }
          if (end < 0) {
            continue;
          }
          int from = i;
          while (from > 0) {
            Word p = ws.get(from - 1);
            if ((p.is("ADV") && !p.lower().equals("not")) || ((p.is("AUX") || p.is("VERB")) && BE.contains(p.lemma()))) {
              from--;
            } else {
              break;
            }
          }
          boolean hedged = false;
          for (int k = Math.max(0, from - 2); k < end && !hedged; k++) {
            hedged = hedgeAt(ws, k);
          }
          String label = label(s, from, end);
          List<String> mods = new ArrayList<>();
          for (int k = from; k < i; k++) {
            mods.add(ws.get(k).lower());
          }
          addMention("class:" + c.id(), ReferentKind.EVENT, label, w.lemma(), mods, hedged, s, from, end, i);
          break;
        }
      }
    }

    // ---------------------------------------------------------------- named referents

    void namedMentions() {
      List<NameRun> runs = new ArrayList<>();
      Map<String, Integer> nameUses = new HashMap<>();
      Map<String, Map<String, Integer>> aliasVotes = new HashMap<>();
      Set<String> classCovered = new HashSet<>();
      Map<Sent, List<Mention>> bySent = new IdentityHashMap<>();
      for (Mention m : mentions) {
        bySent.computeIfAbsent(m.sent(), k -> new ArrayList<>()).add(m);
        for (int k = m.from(); k < m.to(); k++) {
          classCovered.add(m.sent().a().id() + "#" + m.sent().s().index() + "#" + k);
        }
      }
      for (Sent s : sents) {
        List<Word> ws = s.ws();
        int i = 0;
        while (i < ws.size()) {
          if (!ws.get(i).is("PROPN")) {
            i++;
            continue;
          }
          int j = i;
          while (j < ws.size() && (ws.get(j).is("PROPN") || connects(ws, i, j))) {
            j++;
          }
          int from = i;
          for (int k = i; k < j; k++) {
            if (lx.titles.contains(ws.get(k).lower()) || (k == from && NAME_CONNECTORS.contains(ws.get(k).lower()))) {
              from = k + 1;
            }
          }
          if (from < j) {
            List<String> norm = new ArrayList<>();
            for (int k = from; k < j; k++) {
              if (!NAME_CONNECTORS.contains(ws.get(k).lower()) || k == from) {
                norm.add(normalise(ws.get(k).text()));
              } else {
                norm.add(ws.get(k).lower());
              }
            }
            String entity = entityAt(s, ws.get(from).start(), ws.get(j - 1).end());
            NounPhrase np = null;
            for (NounPhrase p : s.nps()) {
              if (p.head() == j - 1) {
                np = p;
              }
            }
            boolean covered = classCovered.contains(s.a().id() + "#" + s.s().index() + "#" + (j - 1));
            String insideKey = null;
            for (Mention m : bySent.getOrDefault(s, List.of())) {
              if (m.kind() == ReferentKind.THING && m.from() <= from && j <= m.to()) {
                insideKey = m.key();
              }
            }
            String nk = String.join(" ", norm);
            nameUses.merge(nk, 1, Integer::sum);
            if (insideKey != null) {
              aliasVotes.computeIfAbsent(nk, k -> new HashMap<>()).merge(insideKey, 1, Integer::sum);
            } else if (!covered) {
              runs.add(new NameRun(s, from, j, norm, text(s, from, j), entity, np));
            }
          }
          i = j;
        }
      }
      // appositions of a THING class phrase and a name: "the old jail, Brookhaven,"
      Map<Sent, List<NameRun>> runsBySent = new IdentityHashMap<>();
      for (NameRun r : runs) {
        runsBySent.computeIfAbsent(r.sent(), k -> new ArrayList<>()).add(r);
      }
      for (Mention m : List.copyOf(mentions)) {
        if (m.kind() != ReferentKind.THING) {
          continue;
        }
        List<Word> ws = m.sent().ws();
        if (m.to() + 1 < ws.size() && (ws.get(m.to()).lower().equals(",") || ws.get(m.to()).lower().equals("("))) {
          for (NameRun r : runsBySent.getOrDefault(m.sent(), List.of())) {
            if (r.from() == m.to() + 1) {
              aliasVotes.computeIfAbsent(String.join(" ", r.norm()), k -> new HashMap<>()).merge(m.key(), 1, Integer::sum);
            }
          }
        }
      }
      // a name becomes another word for a thing when most of its uses sit in or beside that thing's phrases
      Map<String, String> alias = new HashMap<>();
      for (Map.Entry<String, Map<String, Integer>> e : aliasVotes.entrySet()) {
        for (Map.Entry<String, Integer> v : new TreeMap<>(e.getValue()).entrySet()) {
          if (v.getValue() * 2 > nameUses.getOrDefault(e.getKey(), 0) && v.getValue() >= 2) {
            alias.put(e.getKey(), v.getKey());
          }
        }
      }
      Map<List<String>, String> canon = canonicalNames(runs);
      // one entity per canonical name: the id the recognizer gave the full name most often (else any use of it),
      // so "Ortiz" and "Ana Ortiz" stay one referent even when the recognizer linked them apart
      Map<String, Map<String, Integer>> entityVotes = new TreeMap<>();
      for (NameRun r : runs) {
        if (r.entity() != null) {
          String c = canon.get(r.norm());
          int weight = String.join(" ", r.norm()).equals(c) ? 1_000_000 : 1;
          entityVotes.computeIfAbsent(c, k -> new TreeMap<>()).merge(r.entity(), weight, Integer::sum);
        }
      }
      Map<String, String> entityOfName = new HashMap<>();
      entityVotes.forEach((name, votes) -> {
        String best = null;
        for (Map.Entry<String, Integer> v : votes.entrySet()) {
          if (best == null || v.getValue() > votes.get(best)) {
            best = v.getKey();
          }
        }
        entityOfName.put(name, best);
      });
      Map<String, Map<String, Integer>> surfaces = new HashMap<>();
      List<Map.Entry<NameRun, String>> keyOf = new ArrayList<>(); // records with articles inside: no hashing
      for (NameRun r : runs) {
        String a = alias.get(String.join(" ", r.norm()));
        if (a != null) {
          addMention(a, ReferentKind.THING, r.surface(), r.norm().get(r.norm().size() - 1), List.of(), false, r.sent(),
              r.from(), r.to(), r.to() - 1);
          continue;
        }
        String entity = entityOfName.get(canon.get(r.norm()));
        String key = entity != null ? "entity:" + entity : "name:" + canon.get(r.norm());
        keyOf.add(Map.entry(r, key));
        surfaces.computeIfAbsent(key, k -> new TreeMap<>()).merge(r.surface(), r.norm().size() * 1000 + 1, Integer::sum);
      }
      for (Map.Entry<String, Map<String, Integer>> e : surfaces.entrySet()) {
        String key = e.getKey();
        String display = null;
        int best = -1;
        for (Map.Entry<String, Integer> sf : e.getValue().entrySet()) {
          if (sf.getValue() > best) {
            best = sf.getValue();
            display = sf.getKey();
          }
        }
        if (key.startsWith("entity:") && entityById.containsKey(key.substring(7))) {
          display = entityById.get(key.substring(7)).name();
        }
        refName.put(key, display);
        refKind.put(key, ReferentKind.NAMED);
      }
      // descriptors
      Map<String, Set<String>> stems = new HashMap<>();
      List<Mention> named = new ArrayList<>();
      titled.clear();
      for (Map.Entry<NameRun, String> e : keyOf) {
        NameRun r = e.getKey();
        String key = e.getValue();
        List<Word> ws = r.sent().ws();
        String descriptor = "";
        int dFrom = r.from();
        int start = r.from();
        while (start > 0 && (ws.get(start - 1).is("PROPN") || connects(ws, 0, start - 1))) {
          start--; // the titles of the run: "Deputy Minister of State"
        }
        if (r.np() != null && r.np().start() < start) {
          start = r.np().start();
        }
        while (start < r.from() && (ws.get(start).is("DET") || ws.get(start).is("NUM"))) {
          start++;
        }
        if (start < r.from() && descriptorEnds(ws.get(r.from() - 1))) {
          boolean verbs = false;
          boolean title = false;
          for (int k = start; k < r.from(); k++) {
            verbs |= ws.get(k).is("VERB") || ws.get(k).is("AUX");
            title |= !TITLE_FILLERS.contains(ws.get(k).lower()) && descriptorEnds(ws.get(k));
          }
          verbs |= !title;
          if (!verbs) {
            descriptor = label(r.sent(), start, r.from());
            dFrom = start;
          }
        }
        String role = roleAt(r.sent(), ws.get(r.from()).start(), ws.get(r.to() - 1).end());
        String label = !descriptor.isEmpty() ? descriptor : role;
        boolean hedged = false;
        for (int k = Math.max(0, dFrom - 1); k < Math.min(ws.size(), r.to() + 2) && !hedged; k++) {
          hedged = hedgeAt(ws, k);
        }
        Mention m = namedMention(key, label, label.isEmpty() ? "" : lastWord(label), hedged, r.sent(), dFrom, r.to());
        named.add(m);
        if (!label.isEmpty()) {
          stems.computeIfAbsent(key, k -> new HashSet<>()).addAll(stemsOf(label));
          if (lx.titles.contains(lastWord(label))) {
            titled.add(key);
          }
        }
        stems.computeIfAbsent(key, k -> new HashSet<>()).addAll(stemsOf(refName.get(key)));
        appositionAndCopula(key, r, named, stems);
      }
      mentions.addAll(named);
      definiteDescriptions(keyOf, stems);
    }

    /** A lower-case "of" joins a run of titles: "Minister of State". */
    boolean connects(List<Word> ws, int runStart, int j) {
      Word w = ws.get(j);
      if (j <= runStart || j + 1 >= ws.size() || !NAME_CONNECTORS.contains(w.lower()) || !ws.get(j + 1).is("PROPN")) {
        return false;
      }
      if (!w.lower().equals("of")) {
        return true;
      }
      return lx.titles.contains(ws.get(j - 1).lower()) && lx.titles.contains(ws.get(j + 1).lower());
    }

    /** A descriptor before a name ends in a title or a person noun: "Mayor", "a retired teacher". */
    boolean descriptorEnds(Word w) {
      return lx.titles.contains(w.lower()) || lx.generic.contains(w.lemma()) || commonWords.contains(w.lemma());
    }

    Mention namedMention(String key, String label, String head, boolean hedged, Sent s, int from, int to) {
      List<Word> ws = s.ws();
      Stance st = hedged ? Stance.HEDGED : s.stance() == Stance.BARE ? Stance.BARE : Stance.ATTRIBUTED;
      int start = ws.get(from).start();
      int end = ws.get(to - 1).end();
      Evidence ev = new Evidence(s.a().id(), start, end, s.a().article().text().substring(start, end), s.s().index(), s.text());
      return new Mention(key, ReferentKind.NAMED, label, label.toLowerCase(Locale.ROOT), head, List.of(), hedged, st, ev, s, from, to);
    }

    /** "Ortiz, a former nurse", "Ortiz was a ‘career politician’": a label for the name. */
    void appositionAndCopula(String key, NameRun r, List<Mention> named, Map<String, Set<String>> stems) {
      List<Word> ws = r.sent().ws();
      int k = r.to();
      if (k >= ws.size()) {
        return;
      }
      boolean appos = ws.get(k).lower().equals(",");
      boolean subject = r.from() == 0 || !ws.get(r.from() - 1).is("ADP");
      boolean copula = ws.get(k).is("AUX") && ws.get(k).lemma().equals("be") && subject;
      if (!appos && !copula) {
        return;
      }
      int d = k + 1;
      while (d < ws.size() && ws.get(d).punct() && !ws.get(d).lower().equals(",")) {
        d++;
      }
      if (d >= ws.size() || !ws.get(d).is("DET") || !(ws.get(d).lower().equals("a") || ws.get(d).lower().equals("an")
          || (appos && ws.get(d).lower().equals("the")))) {
        return;
      }
      for (int i = 0; i < r.sent().nps().size(); i++) {
        NounPhrase np = r.sent().nps().get(i);
        if (np.start() < d || np.start() > d + 2) {
          continue;
        }
        Word h = ws.get(np.head());
        if (!h.is("NOUN") && !(h.is("ADJ"))) {
          return;
        }
        String label = label(r.sent(), np.labelStart(), np.end());
        int end = np.end();
        NounPhrase pp = following(r.sent().nps(), i, ws);
        if (pp != null && lx.relational.contains(h.lemma()) && ws.get(np.head() + 1).lower().equals("of")) {
          label = label + " of " + label(r.sent(), pp.labelStart(), pp.end());
          end = pp.end();
        }
        boolean hedged = false;
        for (int q = np.start(); q < Math.min(ws.size(), end + 2) && !hedged; q++) {
          hedged = hedgeAt(ws, q);
        }
        named.add(namedMention(key, label, h.lemma(), hedged, r.sent(), np.labelStart(), end));
        stems.computeIfAbsent(key, x -> new HashSet<>()).addAll(stemsOf(label));
        return;
      }
    }

    /** "the Chilean minister": a definite title phrase joins the named referent whose descriptors it echoes. */
    void definiteDescriptions(List<Map.Entry<NameRun, String>> allRuns, Map<String, Set<String>> stems) {
      Map<AnalyzedArticle, List<Map.Entry<NameRun, String>>> byArticle = new IdentityHashMap<>();
      for (Map.Entry<NameRun, String> e : allRuns) {
        byArticle.computeIfAbsent(e.getKey().sent().a(), k -> new ArrayList<>()).add(e);
      }
      for (Sent s : sents) {
        List<Map.Entry<NameRun, String>> keyOf = byArticle.getOrDefault(s.a(), List.of());
        List<Word> ws = s.ws();
        for (NounPhrase np : s.nps()) {
          Word h = ws.get(np.head());
          if (!ws.get(np.start()).lower().equals("the") || !h.is("NOUN") || !lx.titles.contains(h.lower())
              || np.labelStart() >= np.head()) {
            continue;
          }
          Set<String> modStems = new HashSet<>();
          for (int k = np.labelStart(); k < np.head(); k++) {
            modStems.addAll(stemsOf(ws.get(k).text()));
          }
          String best = null;
          int bestPos = -1;
          for (Map.Entry<NameRun, String> e : keyOf) {
            NameRun r = e.getKey();
            if (r.sent().a() != s.a()) {
              continue;
            }
            int pos = r.sent().s().index() * 10_000 + r.from();
            int here = s.s().index() * 10_000 + np.start();
            if (pos >= here || pos <= bestPos) {
              continue;
            }
            Set<String> st = stems.getOrDefault(e.getValue(), Set.of());
            if (titled.contains(e.getValue()) && modStems.stream().anyMatch(st::contains)) {
              best = e.getValue();
              bestPos = pos;
            }
          }
          if (best != null) {
            String label = label(s, np.labelStart(), np.end());
            boolean hedged = false;
            for (int k = np.start(); k < np.end() && !hedged; k++) {
              hedged = hedgeAt(ws, k);
            }
            mentions.add(namedMention(best, label, h.lemma(), hedged, s, np.labelStart(), np.end()));
          }
        }
      }
    }

    Set<String> stemsOf(String text) {
      Set<String> out = new HashSet<>();
      for (String t : normalise(text).split("[^\\p{L}]+")) {
        if (t.length() >= 5 && !lx.titles.contains(t)) {
          out.add(t.substring(0, 5));
        }
      }
      return out;
    }

    String entityAt(Sent s, int start, int end) {
      for (EntityMention m : s.a().entities()) {
        if (m.start() < end && start < m.end() && !m.entity().isEmpty()) {
          return m.entity();
        }
      }
      return null;
    }

    String roleAt(Sent s, int start, int end) {
      for (EntityMention m : s.a().entities()) {
        if (m.start() < end && start < m.end() && !m.role().isBlank()) {
          String role = m.role().strip();
          for (String article : List.of("a ", "an ", "the ", "A ", "An ", "The ")) {
            if (role.startsWith(article)) {
              role = role.substring(article.length()).strip();
            }
          }
          return role;
        }
      }
      return "";
    }

    /** Maps each name to its canonical form: the one longer name it is a suffix of, when there is one. */
    Map<List<String>, String> canonicalNames(List<NameRun> runs) {
      Set<List<String>> names = new LinkedHashSet<>();
      for (NameRun r : runs) {
        names.add(r.norm());
      }
      Map<String, List<List<String>>> byLast = new HashMap<>(); // a suffix shares the last word
      for (List<String> n : names) {
        byLast.computeIfAbsent(n.get(n.size() - 1), k -> new ArrayList<>()).add(n);
      }
      Map<List<String>, String> out = new HashMap<>();
      for (List<String> n : names) {
        List<List<String>> sup = new ArrayList<>();
        for (List<String> m : byLast.get(n.get(n.size() - 1))) {
          if (m.size() > n.size() && m.subList(m.size() - n.size(), m.size()).equals(n)) {
            sup.add(m);
          }
        }
        // keep maximal supersets only
        List<List<String>> maximal = new ArrayList<>();
        for (List<String> m : sup) {
          boolean inner = false;
          for (List<String> o : sup) {
            if (o.size() > m.size() && o.subList(o.size() - m.size(), o.size()).equals(m)) {
              inner = true;
            }
          }
          if (!inner) {
            maximal.add(m);
          }
        }
        out.put(n, String.join(" ", maximal.size() == 1 ? maximal.get(0) : n));
      }
      return out;
    }

    // ---------------------------------------------------------------- referents

    List<Referent> referents() {
      Map<String, List<Mention>> byKey = new LinkedHashMap<>();
      for (Mention m : mentions) {
        byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
      }
      int multi = outlets.size() >= 2 ? 2 : 1;
      List<Referent> classRefs = new ArrayList<>();
      List<Referent> namedRefs = new ArrayList<>();
      for (Map.Entry<String, List<Mention>> e : byKey.entrySet()) {
        String key = e.getKey();
        List<OutletLabels> per = new ArrayList<>();
        boolean anyLabel = false;
        for (String o : outlets) {
          List<Mention> ms = new ArrayList<>();
          for (Mention m : e.getValue()) {
            if (m.sent().outlet().equals(o)) {
              ms.add(m);
            }
          }
          if (ms.isEmpty()) {
            continue;
          }
          ms.sort(Comparator.comparingInt((Mention m) -> articleIndex(m.ev().article())).thenComparingInt(m -> m.ev().start()));
          OutletLabels ol = outletLabels(o, ms);
          anyLabel |= !ol.labels().isEmpty();
          per.add(ol);
        }
        if (per.size() < multi) {
          continue;
        }
        ReferentKind kind = refKind.getOrDefault(key, ReferentKind.NAMED);
        Referent r = new Referent(key, refName.getOrDefault(key, key), kind, per);
        if (kind == ReferentKind.NAMED) {
          if (anyLabel) {
            namedRefs.add(r);
          }
        } else {
          classRefs.add(r);
        }
      }
      Comparator<Referent> order =
          Comparator.comparingInt((Referent r) -> -r.outlets().size()).thenComparingInt(r -> -r.mentions()).thenComparing(Referent::id);
      namedRefs.sort(order);
      classRefs.sort(Comparator.comparing(Referent::kind).thenComparing(order));
      List<Referent> out = new ArrayList<>(classRefs);
      out.addAll(namedRefs.subList(0, Math.min(MAX_NAMED, namedRefs.size())));
      return out;
    }

    OutletLabels outletLabels(String outlet, List<Mention> ms) {
      Map<String, List<Mention>> byLabel = new LinkedHashMap<>();
      int hedged = 0;
      int attributed = 0;
      int bare = 0;
      for (Mention m : ms) {
        switch (m.stance()) {
          case HEDGED -> hedged++;
          case ATTRIBUTED -> attributed++;
          default -> bare++;
        }
        if (!m.label().isEmpty()) {
          byLabel.computeIfAbsent(m.labelKey(), k -> new ArrayList<>()).add(m);
        }
      }
      List<Label> labels = new ArrayList<>();
      for (List<Mention> group : byLabel.values()) {
        Map<String, Integer> surf = new LinkedHashMap<>();
        int h = 0;
        List<Evidence> ev = new ArrayList<>();
        for (Mention m : group) {
          surf.merge(m.label(), 1, Integer::sum);
          h += m.hedged() ? 1 : 0;
          ev.add(m.ev());
        }
        String text = group.get(0).label();
        int best = 0;
        for (Map.Entry<String, Integer> e : surf.entrySet()) {
          if (e.getValue() > best) {
            best = e.getValue();
            text = e.getKey();
          }
        }
        Mention first = group.get(0);
        labels.add(new Label(text, first.head(), first.mods(), h, group.size(), ev));
      }
      labels.sort(Comparator.comparingInt((Label l) -> -l.count()).thenComparing(l -> l.text().toLowerCase(Locale.ROOT)).thenComparing(Label::text));
      Verdict v = hedged == 0 ? Verdict.ASSERTS : hedged * 2 >= ms.size() ? Verdict.HEDGES : Verdict.MIXED;
      return new OutletLabels(outlet, ms.size(), hedged, attributed, bare, v, labels);
    }

    // ---------------------------------------------------------------- per outlet

    OutletProfile profile(String outlet) {
      if (sentsByOutlet.isEmpty()) {
        for (Sent x : sents) {
          sentsByOutlet.computeIfAbsent(x.outlet(), k -> new ArrayList<>()).add(x);
        }
        Map<String, String> outletOf = new HashMap<>();
        articlesByOutlet.forEach((o, ids) -> ids.forEach(id -> outletOf.put(id, o)));
        for (ExcludedSentence e : excluded) {
          excludedByOutlet.merge(outletOf.get(e.article()), 1, Integer::sum);
        }
      }
      List<Sent> ss = sentsByOutlet.getOrDefault(outlet, List.of());
      int excludedCount = excludedByOutlet.getOrDefault(outlet, 0);
      int words = 0;
      for (Sent s : ss) {
        for (Word w : s.ws()) {
          if (!w.punct()) {
            words++;
          }
        }
      }
      return new OutletProfile(
          outlet, articlesByOutlet.get(outlet), ss.size(), excludedCount, words, stance(ss), loaded(ss, words), frames(ss));
    }

    StanceSummary stance(List<Sent> ss) {
      int hedged = 0;
      int attributed = 0;
      Map<String, Integer> markers = new HashMap<>();
      List<Evidence> examples = new ArrayList<>();
      for (Sent s : ss) {
        if (s.stance() == Stance.HEDGED) {
          hedged++;
        } else if (s.stance() == Stance.ATTRIBUTED) {
          attributed++;
        }
        for (String m : s.markers()) {
          markers.merge(m.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        if (s.stance() == Stance.HEDGED && examples.size() < 3) {
          examples.add(new Evidence(s.a().id(), s.s().start(), s.s().end(), s.text(), s.s().index(), s.text()));
        }
      }
      int claims = ss.size();
      return new StanceSummary(
          claims, hedged, attributed, claims - hedged - attributed, rate(hedged, claims), rate(hedged + attributed, claims),
          Verdict.ASSERTS, counts(markers), examples);
    }

    List<OutletProfile> withVerdicts(List<OutletProfile> ps) {
      double sum = 0;
      int n = 0;
      for (OutletProfile p : ps) {
        if (p.stance().claims() > 0) {
          sum += p.stance().hedgedRate();
          n++;
        }
      }
      double mean = n == 0 ? 0 : sum / n;
      List<OutletProfile> out = new ArrayList<>();
      for (OutletProfile p : ps) {
        StanceSummary s = p.stance();
        // hedging is about hedge markers (alleged, reportedly, may); quoting a source is attribution, reported
        // separately in qualifiedRate, and does not make an outlet hedge
        Verdict v = s.hedgedRate() > 0 && s.hedgedRate() >= mean - 1e-9 ? Verdict.HEDGES : Verdict.ASSERTS;
        StanceSummary s2 = new StanceSummary(
            s.claims(), s.hedged(), s.attributed(), s.bare(), s.hedgedRate(), s.qualifiedRate(), v, s.markers(), s.examples());
        out.add(new OutletProfile(p.outlet(), p.articles(), p.sentences(), p.excludedSentences(), p.words(), s2, p.loaded(), p.frames()));
      }
      return out;
    }

    /** Loaded and evaluative words of one sentence, in text order. */
    List<LexiconHit> hits(Sent s) {
      List<LexiconHit> out = new ArrayList<>();
      List<Word> ws = s.ws();
      for (int i = 0; i < ws.size(); ) {
        Word w = ws.get(i);
        if (w.is("PROPN") || w.punct()) {
          i++;
          continue;
        }
        Lexicons.Match m = lx.loaded.longest(ws, i, (e, x) -> !x.is("PROPN"));
        if (m != null) {
          out.add(hit(s, m.start(), m.end(), String.join(" ", m.entry().words()), LexiconCategory.valueOf(m.entry().category()),
              m.entry().valence(), "parallax"));
          i = m.end();
          continue;
        }
        if (w.is("ADJ") || w.is("ADV")) {
          Integer v = lx.afinn.get(w.lower());
          if (v == null) {
            v = lx.afinn.get(w.lemma());
          }
          if (v != null && Math.abs(v) >= 2) {
            LexiconCategory c = v > 0 ? LexiconCategory.EVALUATIVE_POSITIVE : LexiconCategory.EVALUATIVE_NEGATIVE;
            out.add(hit(s, i, i + 1, w.lower(), c, v > 0 ? 1 : -1, "afinn-165"));
          }
        }
        i++;
      }
      return out;
    }

    LexiconHit hit(Sent s, int from, int to, String term, LexiconCategory c, int valence, String source) {
      int start = s.ws().get(from).start();
      int end = s.ws().get(to - 1).end();
      Evidence ev = new Evidence(s.a().id(), start, end, s.a().article().text().substring(start, end), s.s().index(), s.text());
      return new LexiconHit(term, c, valence, source, ev);
    }

    LoadedLanguage loaded(List<Sent> ss, int words) {
      int[] perCat = new int[LexiconCategory.values().length];
      Map<String, Integer> terms = new HashMap<>();
      List<LexiconHit> examples = new ArrayList<>();
      int total = 0;
      for (Sent s : ss) {
        for (LexiconHit h : hits(s)) {
          perCat[h.category().ordinal()]++;
          terms.merge(h.term(), 1, Integer::sum);
          total++;
          if (examples.size() < 8) {
            examples.add(h);
          }
        }
      }
      List<CategoryCount> cats = new ArrayList<>();
      for (LexiconCategory c : LexiconCategory.values()) {
        cats.add(new CategoryCount(c, perCat[c.ordinal()], perThousand(perCat[c.ordinal()], words)));
      }
      return new LoadedLanguage(total, perThousand(total, words), cats, counts(terms), examples);
    }

    List<FrameShare> frames(List<Sent> ss) {
      Map<PolicyFrame, Integer> count = new LinkedHashMap<>();
      Map<PolicyFrame, Map<String, Integer>> cues = new HashMap<>();
      Map<PolicyFrame, List<Evidence>> examples = new HashMap<>();
      for (Sent s : ss) {
        Map<PolicyFrame, Set<String>> found = new LinkedHashMap<>();
        List<Word> ws = s.ws();
        for (int i = 0; i < ws.size(); ) {
          Lexicons.Match m = lx.frames.longest(ws, i, (e, w) -> true);
          if (m == null) {
            i++;
            continue;
          }
          found.computeIfAbsent(PolicyFrame.valueOf(m.entry().category()), k -> new LinkedHashSet<>())
              .add(String.join(" ", m.entry().words()));
          i = m.end();
        }
        PolicyFrame best = PolicyFrame.OTHER;
        int bestN = 0;
        for (PolicyFrame f : PolicyFrame.values()) {
          int k = found.getOrDefault(f, Set.of()).size();
          if (k > bestN) {
            bestN = k;
            best = f;
          }
        }
        count.merge(best, 1, Integer::sum);
        for (String c : found.getOrDefault(best, Set.of())) {
          cues.computeIfAbsent(best, k -> new HashMap<>()).merge(c, 1, Integer::sum);
        }
        List<Evidence> ex = examples.computeIfAbsent(best, k -> new ArrayList<>());
        if (ex.size() < 2) {
          ex.add(new Evidence(s.a().id(), s.s().start(), s.s().end(), s.text(), s.s().index(), s.text()));
        }
      }
      List<FrameShare> out = new ArrayList<>();
      for (PolicyFrame f : PolicyFrame.values()) {
        int c = count.getOrDefault(f, 0);
        out.add(new FrameShare(f, c, rate(c, ss.size()), counts(cues.getOrDefault(f, Map.of())), examples.getOrDefault(f, List.of())));
      }
      return out;
    }

    // ---------------------------------------------------------------- tone

    List<EntityTone> tone(List<Referent> referents) {
      List<Referent> keys = new ArrayList<>();
      for (Referent r : referents) {
        if (r.kind() != ReferentKind.EVENT) {
          keys.add(r);
        }
      }
      keys.sort(Comparator.comparingInt((Referent r) -> -r.mentions()).thenComparing(Referent::id));
      keys = keys.subList(0, Math.min(MAX_TONE, keys.size()));
      List<EntityTone> out = new ArrayList<>();
      Map<String, List<Mention>> byKeyOutlet = new HashMap<>();
      for (Mention m : mentions) {
        byKeyOutlet.computeIfAbsent(m.key() + "\u0000" + m.sent().outlet(), k -> new ArrayList<>()).add(m);
      }
      Map<Sent, List<LexiconHit>> hitCache = new IdentityHashMap<>();
      for (Referent r : keys) {
        for (String o : outlets) {
          int count = 0;
          Map<String, LexiconHit> seen = new LinkedHashMap<>();
          for (Mention m : byKeyOutlet.getOrDefault(r.id() + "\u0000" + o, List.of())) {
            count++;
            List<Word> ws = m.sent().ws();
            List<LexiconHit> hits = hitCache.computeIfAbsent(m.sent(), this::hits);
            for (LexiconHit h : hits) {
              if (h.valence() == 0) {
                continue;
              }
              int wi = wordIndex(ws, h.evidence().start());
              boolean near = wi >= m.from() - TONE_WINDOW && wi < m.to() + TONE_WINDOW && !(wi == m.to() - 1);
              if (!near) {
                continue;
              }
              int v = h.valence();
              for (int k = Math.max(0, wi - 2); k < wi; k++) {
                if (NEGATIONS.contains(ws.get(k).lower())) {
                  v = -v;
                  break;
                }
              }
              String id = h.evidence().article() + "#" + h.evidence().start();
              seen.putIfAbsent(id, new LexiconHit(h.term(), h.category(), v, h.source(), h.evidence()));
            }
          }
          if (count == 0) {
            continue;
          }
          int pos = 0;
          int neg = 0;
          for (LexiconHit h : seen.values()) {
            if (h.valence() > 0) {
              pos++;
            } else {
              neg++;
            }
          }
          double score = pos + neg == 0 ? 0 : round((pos - neg) / (double) (pos + neg));
          Tone t = pos + neg == 0 ? Tone.NEUTRAL : score >= 0.25 ? Tone.POSITIVE : score <= -0.25 ? Tone.NEGATIVE : Tone.MIXED;
          List<LexiconHit> ev = new ArrayList<>(seen.values());
          ev.sort(Comparator.comparingInt((LexiconHit h) -> articleIndex(h.evidence().article())).thenComparingInt(h -> h.evidence().start()));
          out.add(new EntityTone(r.id(), r.name(), o, count, pos, neg, score, t, ev.subList(0, Math.min(6, ev.size()))));
        }
      }
      return out;
    }

    int wordIndex(List<Word> ws, int start) {
      int lo = 0;
      int hi = ws.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        int s = ws.get(mid).start();
        if (s < start) {
          lo = mid + 1;
        } else if (s > start) {
          hi = mid - 1;
        } else {
          return mid;
        }
      }
      return -1;
    }

    // ---------------------------------------------------------------- helpers

    String text(Sent s, int from, int to) {
      return s.a().article().text().substring(s.ws().get(from).start(), s.ws().get(to - 1).end());
    }

    /** A label from words [from, to): single spaces, possessives attached, a sentence-initial common word lower-cased. */
    String label(Sent s, int from, int to) {
      StringBuilder sb = new StringBuilder();
      List<Word> ws = s.ws();
      for (int k = from; k < to; k++) {
        Word w = ws.get(k);
        if (w.punct() && (w.lower().equals("‘") || w.lower().equals("’") || w.lower().equals("“") || w.lower().equals("”")
            || w.lower().equals("\"") || w.lower().equals("'"))) {
          continue;
        }
        String t = w.text();
        if (!w.is("PROPN") && w.capitalized() && isFirstWord(ws, k) && !allCaps(t)) {
          t = w.lower();
        }
        if (sb.length() > 0 && !w.is("PART")) {
          sb.append(' ');
        }
        sb.append(t);
      }
      return sb.toString();
    }

    boolean isFirstWord(List<Word> ws, int k) {
      for (int i = 0; i < k; i++) {
        if (!ws.get(i).punct()) {
          return false;
        }
      }
      return true;
    }
  }

  static boolean allCaps(String t) {
    return t.length() > 1 && t.equals(t.toUpperCase(Locale.ROOT));
  }

  static String lastWord(String s) {
    int sp = s.lastIndexOf(' ');
    return (sp < 0 ? s : s.substring(sp + 1)).toLowerCase(Locale.ROOT);
  }

  /** Lower case, accents removed, dots and possessives dropped: "Muñoz" → "munoz", "U.K." → "uk". */
  static String normalise(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK || c == '.') {
        continue;
      }
      sb.append(Character.toLowerCase(c));
    }
    String out = sb.toString();
    if (out.endsWith("’s") || out.endsWith("'s")) {
      out = out.substring(0, out.length() - 2);
    }
    return out;
  }

  static List<TermCount> counts(Map<String, Integer> m) {
    List<TermCount> out = new ArrayList<>();
    m.forEach((k, v) -> out.add(new TermCount(k, v)));
    out.sort(Comparator.comparingInt((TermCount t) -> -t.count()).thenComparing(TermCount::term));
    return out;
  }

  static double rate(int n, int d) {
    return d == 0 ? 0 : round(n / (double) d);
  }

  static double perThousand(int n, int words) {
    return words == 0 ? 0 : round(n * 1000.0 / words);
  }

  static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }
}
