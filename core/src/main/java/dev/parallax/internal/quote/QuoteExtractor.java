package dev.parallax.internal.quote;

import dev.parallax.article.Article;
import dev.parallax.entity.EntityMention;
import dev.parallax.entity.EntityType;
import dev.parallax.quote.Quote;
import dev.parallax.text.AnnotatedText;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds quotes and paraphrases with their speakers: words in quotation marks of any style, reported
 * speech ("X said (that) ...", "X told Y ..."), "according to X" attributions, and partial quotes
 * after naming verbs ("described it as a 'disgrace'"). Speakers are the noun phrase around a reporting
 * verb; "he"/"she" is resolved to the previous person subject; the speaker is linked to the entity
 * mention that ends its phrase. Everything works on tokens in one linear pass per sentence.
 *
 * <p>Not thread-safe; use one per thread.
 */
public final class QuoteExtractor {

  /** Longest quotation accepted, in characters; a longer span is an unbalanced mark. */
  static final int MAX_QUOTE_CHARS = 1500;
  /** Longest indirect-speech content kept, in characters. */
  static final int MAX_INDIRECT_CHARS = 600;

  /** Reporting verbs: every inflected form maps to its lemma. */
  private static final Map<String, String> CUES = new HashMap<>();
  /** Verbs that name what was said but only count with a quotation ("called it a 'disgrace'"). */
  private static final Set<String> NAMING =
      Set.of("call", "describe", "label", "dub", "brand", "term", "greet", "hail", "praise", "refer", "characterize", "recognize");
  /** Verbs that introduce reported speech without "that" ("said he would", "claim the process"). */
  private static final Set<String> BARE_CLAUSE =
      Set.of("say", "tell", "claim", "insist", "argue", "warn", "assert", "contend", "maintain", "believe", "allege");
  /** Words skipped between a speaker and its verb ("Smith also said", "he has repeatedly claimed"). */
  private static final Set<String> SKIP =
      Set.of(
          "also", "further", "later", "then", "has", "have", "had", "would", "will", "publicly", "reportedly",
          "repeatedly", "previously", "recently", "infamously", "once", "again", "now", "still", "quickly",
          "strongly", "initially", "earlier", "often", "not", "never", "first", "separately", "openly",
          "privately", "flatly", "angrily", "simply", "just", "is", "was", "were", "are", "been", "be");
  private static final Set<String> PRONOUNS = Set.of("he", "she");
  private static final Set<String> POSSESSIVE = Set.of("his", "her", "their", "its", "our", "my", "your");
  private static final Set<String> CLAUSE_BREAK = Set.of(",", "but", "and", "while", "whereas", ";", ":", "—", "–");
  private static final Set<String> QUOTE_OPEN = Set.of("\"", "“", "‘", "'", "«", "„");

  static {
    String[] verbs = {
      "say:said", "tell:told", "state", "claim", "argue", "insist", "add", "note", "warn", "confirm", "admit",
      "acknowledge", "deny", "indicate", "assert", "maintain", "emphasize", "emphasise", "stress", "announce",
      "allege", "suggest", "hint", "explain", "reiterate", "declare", "contend", "concede", "complain", "predict",
      "remark", "reply", "respond", "write:wrote:written", "tweet", "testify", "vow", "promise", "pledge", "urge",
      "estimate", "report", "believe", "recall", "comment", "conclude", "observe", "dispute", "refute", "concur",
      "call", "describe", "label", "dub", "brand", "term", "greet", "hail", "praise", "refer", "characterize",
      "signal", "disclose", "reveal", "caution", "accuse", "ask", "recognize"
    };
    for (String v : verbs) {
      String[] p = v.split(":");
      String base = p[0];
      put(base, base);
      for (int i = 1; i < p.length; i++) {
        put(p[i], base);
      }
      if (base.endsWith("e")) {
        put(base + "s", base);
        put(base + "d", base);
        put(base.substring(0, base.length() - 1) + "ing", base);
      } else if (base.endsWith("y") && !base.endsWith("ay") && !base.endsWith("ey")) {
        String stem = base.substring(0, base.length() - 1);
        put(stem + "ies", base);
        put(stem + "ied", base);
        put(base + "ing", base);
      } else {
        String doubled = doubles(base) ? base + base.charAt(base.length() - 1) : base;
        put(base + (base.endsWith("sh") || base.endsWith("ss") ? "es" : "s"), base);
        if (p.length == 1) {
          put(doubled + "ed", base);
        }
        put(doubled + "ing", base);
      }
    }
  }

  private static void put(String form, String lemma) {
    CUES.putIfAbsent(form, lemma);
  }

  private static boolean doubles(String base) {
    return base.equals("admit") || base.equals("refer") || base.equals("concur") || base.equals("signal");
  }

  /** One reporting cue found in a sentence and the speaker it was given. */
  private record Cue(int token, String lemma, boolean naming, Speaker speaker) {}

  /** A speaker phrase: the text as shown and the canonical entity id ("" when none). */
  private record Speaker(String text, String entity) {
    static final Speaker NONE = new Speaker("", "");
  }

  private AnnotatedText text;
  private String raw;
  private String articleId;
  private List<EntityMention> mentions;
  private int[] mentionStarts;
  private java.util.Map<Integer, List<EntityMention>> bySentence;
  private boolean[] inQuote;

  /** Quotes and paraphrases of one article, in text order. */
  public List<Quote> extract(Article article, AnnotatedText annotated, List<EntityMention> entities) {
    this.text = annotated;
    this.raw = annotated.text();
    this.articleId = article.id();
    this.mentions = entities.stream().sorted(Comparator.comparingInt(EntityMention::start)).toList();
    // indexes so that every look-up is logarithmic or per sentence: linear however long the article
    this.mentionStarts = mentions.stream().mapToInt(EntityMention::start).toArray();
    this.bySentence = new java.util.HashMap<>();
    for (EntityMention m : mentions) {
      bySentence.computeIfAbsent(m.sentence(), k -> new java.util.ArrayList<>()).add(m);
    }
    List<int[]> spans = QuoteSpans.find(raw, MAX_QUOTE_CHARS);
    List<Token> tokens = annotated.tokens();
    inQuote = new boolean[tokens.size()];
    int si = 0;
    for (int t = 0; t < tokens.size(); t++) {
      Token tok = tokens.get(t);
      while (si < spans.size() && spans.get(si)[1] < tok.start()) {
        si++;
      }
      inQuote[t] = si < spans.size() && tok.start() >= spans.get(si)[0] && tok.end() <= spans.get(si)[1] + 1;
    }
    List<Quote> out = new ArrayList<>();
    Map<Integer, List<Cue>> cuesBySentence = new HashMap<>();
    for (Sentence s : annotated.sentences()) {
      if (!s.boilerplate()) {
        cuesBySentence.put(s.index(), cues(s, cuesBySentence));
      }
    }
    boolean[] usedCue = new boolean[tokens.size()];
    for (int[] span : spans) {
      int contentStart = span[0] + 1;
      int contentEnd = trimEnd(span[1], contentStart);
      int sIdx = annotated.sentenceAt(span[0]);
      if (sIdx < 0 || contentEnd <= contentStart) {
        continue;
      }
      Sentence s = annotated.sentences().get(sIdx);
      if (s.boilerplate()) {
        continue;
      }
      int sEnd = annotated.sentenceAt(Math.max(span[0], span[1] - 1));
      Cue cue = nearestCue(span, cuesBySentence.get(sIdx));
      if (cue == null && sEnd != sIdx && sEnd >= 0) {
        cue = nearestCue(span, cuesBySentence.get(sEnd));
      }
      Speaker sp = cue == null ? Speaker.NONE : cue.speaker();
      if (cue != null) {
        usedCue[cue.token()] = true;
      }
      out.add(
          new Quote(
              articleId,
              raw.substring(contentStart, contentEnd),
              sp.text(),
              sp.entity(),
              Quote.Kind.DIRECT,
              cue == null ? "" : cue.lemma(),
              contentStart,
              contentEnd,
              sIdx));
    }
    for (Sentence s : annotated.sentences()) {
      List<Cue> cues = cuesBySentence.get(s.index());
      if (cues == null) {
        continue;
      }
      for (Cue c : cues) {
        if (usedCue[c.token()] || c.naming() || c.speaker().text().isEmpty()) {
          continue;
        }
        Quote q = indirect(s, c);
        if (q != null) {
          out.add(q);
        }
      }
    }
    out.sort(Comparator.comparingInt(Quote::start).thenComparingInt(Quote::end));
    return List.copyOf(out);
  }

  private int trimEnd(int close, int contentStart) {
    int e = close;
    while (e > contentStart && (Character.isWhitespace(raw.charAt(e - 1)) || ",.;:".indexOf(raw.charAt(e - 1)) >= 0)) {
      e--;
    }
    return e;
  }

  private Cue nearestCue(int[] span, List<Cue> cues) {
    if (cues == null) {
      return null;
    }
    Cue best = null;
    int bestDist = Integer.MAX_VALUE;
    for (Cue c : cues) {
      if (c.speaker().text().isEmpty() && !c.naming()) {
        continue;
      }
      Token t = text.tokens().get(c.token());
      int d = t.end() <= span[0] ? span[0] - t.end() : t.start() > span[1] ? t.start() - span[1] : 0;
      if (t.start() > span[1]) {
        d += 2; // prefer the verb that introduces the quote over one after it, at equal distance
      }
      if (d < bestDist) {
        bestDist = d;
        best = c;
      }
    }
    return best != null && best.speaker().text().isEmpty() ? null : best;
  }

  /** Reporting cues of one sentence with their speakers. */
  private List<Cue> cues(Sentence s, Map<Integer, List<Cue>> earlier) {
    List<Token> tokens = text.tokens();
    List<Cue> out = new ArrayList<>();
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      if (inQuote[i]) {
        continue;
      }
      Token t = tokens.get(i);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (w.equals("according") && i + 1 < s.endToken() && tokens.get(i + 1).text().equalsIgnoreCase("to")) {
        Speaker sp = phraseRight(i + 2, s);
        out.add(new Cue(i, "according to", false, sp));
        continue;
      }
      String lemma = CUES.get(w);
      if (lemma == null) {
        continue;
      }
      boolean verbLike =
          t.tag().equals("VERB") || w.equals("said") || w.equals("says") || w.equals("told")
              || (w.endsWith("ing") && NAMING.contains(lemma));
      if (!verbLike) {
        continue;
      }
      boolean naming = NAMING.contains(lemma);
      if (naming && !quoteFollows(i, s)) {
        continue;
      }
      Speaker sp = speakerOf(i, s, out, earlier);
      out.add(new Cue(i, lemma, naming, sp));
    }
    return out;
  }

  private boolean quoteFollows(int cue, Sentence s) {
    int limit = Math.min(s.endToken(), cue + 12);
    for (int j = cue + 1; j < limit; j++) {
      if (inQuote[j]) {
        return true;
      }
      String w = text.tokens().get(j).text();
      if (w.equals(".") || w.equals(";")) {
        return false;
      }
    }
    return false;
  }

  private Speaker speakerOf(int cue, Sentence s, List<Cue> before, Map<Integer, List<Cue>> earlier) {
    List<Token> tokens = text.tokens();
    String w = tokens.get(cue).text().toLowerCase(Locale.ROOT);
    if (w.endsWith("ing")) {
      return participleSubject(cue, s, before, earlier);
    }
    int j = skipLeft(cue - 1, s);
    if (j < s.firstToken()) {
      return previousSpeaker(s, earlier);
    }
    Token left = tokens.get(j);
    String lw = left.text().toLowerCase(Locale.ROOT);
    if (lw.equals(",") || isQuoteMark(left.text()) || inQuote[j]) {
      // "..." said Smith / "...," he said / X, a spokesman for Y, said
      if (lw.equals(",")) {
        int open = appositiveStart(j, s);
        if (open > s.firstToken()) {
          return phraseLeft(open - 1, s);
        }
      }
      int k = cue + 1;
      if (k < s.endToken() && !inQuote[k] && startsPhrase(tokens.get(k))) {
        return phraseRight(k, s);
      }
      return Speaker.NONE;
    }
    if (lw.equals("and") || lw.equals("but")) {
      return participleSubject(cue, s, before, earlier);
    }
    return phraseLeft(j, s);
  }

  /** The subject of the clause a participle ("..., saying") or coordinated verb belongs to. */
  private Speaker participleSubject(int cue, Sentence s, List<Cue> before, Map<Integer, List<Cue>> earlier) {
    List<Token> tokens = text.tokens();
    int left = skipLeft(cue - 1, s);
    if (left >= s.firstToken() && !inQuote[left]
        && (properish(left) || tokens.get(left).tag().equals("PRON"))) {
      return phraseLeft(left, s); // "with Smith greeting him as a 'partner'"
    }
    for (int k = before.size() - 1; k >= 0; k--) {
      if (!before.get(k).speaker().text().isEmpty()) {
        return before.get(k).speaker();
      }
    }
    Speaker subject = clauseSubject(cue, s);
    return subject.text().isEmpty() ? previousSpeaker(s, earlier) : subject;
  }

  /**
   * The subject of the nearest main clause left of {@code cue}: a verb whose noun phrase on the
   * left starts the sentence or follows a clause break (",", "but", "and", "while", ";").
   */
  private Speaker clauseSubject(int cue, Sentence s) {
    List<Token> tokens = text.tokens();
    Speaker found = Speaker.NONE;
    for (int v = s.firstToken(); v < cue; v++) {
      Token t = tokens.get(v);
      if (inQuote[v] || !t.tag().equals("VERB") || properish(v) || t.text().toLowerCase(Locale.ROOT).endsWith("ing")) {
        continue;
      }
      int j = skipLeft(v - 1, s);
      if (j < s.firstToken() || !isNominal(j)) {
        continue;
      }
      int start = phraseStart(j, s);
      String prev = start - 1 >= s.firstToken() ? tokens.get(start - 1).text().toLowerCase(Locale.ROOT) : "";
      if (prev.isEmpty() || CLAUSE_BREAK.contains(prev)) {
        Speaker sp = phraseLeft(j, s);
        if (!sp.text().isEmpty()) {
          found = sp;
        }
      }
    }
    return found;
  }

  private Speaker previousSpeaker(Sentence s, Map<Integer, List<Cue>> earlier) {
    List<Cue> prev = earlier.get(s.index() - 1);
    if (prev != null) {
      for (Cue c : prev) {
        if (!c.speaker().text().isEmpty()) {
          return c.speaker();
        }
      }
    }
    return Speaker.NONE;
  }

  private int skipLeft(int j, Sentence s) {
    List<Token> tokens = text.tokens();
    while (j >= s.firstToken()) {
      Token t = tokens.get(j);
      String w = t.text().toLowerCase(Locale.ROOT);
      if (!inQuote[j] && (SKIP.contains(w) || (t.tag().equals("ADV") && w.endsWith("ly")))) {
        j--;
      } else {
        break;
      }
    }
    return j;
  }

  /** Index of the comma opening an appositive that ends with the comma at {@code close}, or -1. */
  private int appositiveStart(int close, Sentence s) {
    List<Token> tokens = text.tokens();
    int limit = Math.max(s.firstToken(), close - 14);
    for (int k = close - 1; k > limit; k--) {
      String w = tokens.get(k).text();
      if (w.equals(",")) {
        String first = tokens.get(k + 1).tag();
        boolean appositive = first.equals("DET") || first.equals("NOUN") || first.equals("ADJ") || first.equals("PROPN");
        return appositive && k - 1 >= s.firstToken() && isNominal(k - 1) ? k : -1;
      }
      if (inQuote[k] || tokens.get(k).tag().equals("VERB")) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean startsPhrase(Token t) {
    String tag = t.tag();
    return tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("DET") || tag.equals("PRON") || tag.equals("ADJ");
  }

  private boolean isNominal(int i) {
    String tag = text.tokens().get(i).tag();
    return tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("PRON") || tag.equals("NUM") || properish(i);
  }

  /**
   * A proper noun, also when the tagger missed it: a capitalized word inside an entity mention, or
   * a capitalized "verb" directly followed by another verb ("Smith said").
   */
  private boolean properish(int i) {
    List<Token> tokens = text.tokens();
    Token t = tokens.get(i);
    if (t.tag().equals("PROPN")) {
      return true;
    }
    if (!t.isCapitalized() || t.text().length() < 2) {
      return false;
    }
    for (int k = upperBound(t.start()) - 1; k >= 0 && k >= upperBound(t.start()) - 4; k--) {
      EntityMention m = mentions.get(k);
      if (m.start() <= t.start() && t.end() <= m.end()) {
        return true;
      }
    }
    if ((t.tag().equals("VERB") || t.tag().equals("ADJ")) && i + 1 < tokens.size()
        && tokens.get(i + 1).sentence() == t.sentence()) {
      String next = tokens.get(i + 1).tag();
      return next.equals("VERB") || next.equals("AUX");
    }
    return false;
  }

  private static boolean isQuoteMark(String w) {
    return QUOTE_OPEN.contains(w) || w.equals("”") || w.equals("’") || w.equals("»");
  }

  /** The noun phrase ending at token {@code j} (walking left), resolved to a speaker. */
  private Speaker phraseLeft(int j, Sentence s) {
    List<Token> tokens = text.tokens();
    Token head = tokens.get(j);
    if (head.tag().equals("PRON")) {
      String w = head.text().toLowerCase(Locale.ROOT);
      if (PRONOUNS.contains(w)) {
        return resolvePronoun(head.start(), s);
      }
      return w.equals("they") || w.equals("we") || w.equals("i") ? new Speaker(head.text(), "") : Speaker.NONE;
    }
    if (!isNominal(j) || inQuote[j]) {
      return Speaker.NONE;
    }
    return speaker(tokens.get(phraseStart(j, s)).start(), head.end());
  }

  /** First token of the noun phrase whose last token is {@code j}. */
  private int phraseStart(int j, Sentence s) {
    List<Token> tokens = text.tokens();
    int start = j;
    int k = j - 1;
    while (k >= s.firstToken() && j - k < 14 && !inQuote[k]) {
      Token t = tokens.get(k);
      String tag = t.tag();
      String w = t.text().toLowerCase(Locale.ROOT);
      boolean linker = w.equals("of") || w.equals("from") || w.equals("for") || w.equals("and");
      if (w.length() > 1 && w.endsWith(".") && !tokens.get(k + 1).tag().equals("PROPN") && properish(k + 1)) {
        break; // "... in the U.S. Smith called": a sentence break the splitter missed
      }
      if (tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("NUM") || properish(k)
          || w.equals("'s") || w.equals("’s") || w.equals("-") || w.equals(".")) {
        start = k;
        k--;
      } else if (linker && k - 1 >= s.firstToken() && isNominal(k - 1)
          && (isNominal(k + 1) || tokens.get(k + 1).tag().equals("DET") || tokens.get(k + 1).tag().equals("ADJ"))) {
        start = k;
        k--;
      } else if (tag.equals("DET") || POSSESSIVE.contains(w)) {
        start = k;
        String before = k - 1 >= s.firstToken() ? tokens.get(k - 1).text().toLowerCase(Locale.ROOT) : "";
        if (!(before.equals("of") || before.equals("and")) || k - 2 < s.firstToken() || !isNominal(k - 2)) {
          break;
        }
        k--;
      } else {
        break;
      }
    }
    while (start < j && (tokens.get(start).text().equals(".") || tokens.get(start).text().equals("-"))) {
      start++;
    }
    return start;
  }

  /** The noun phrase starting at token {@code k} (walking right), resolved to a speaker. */
  private Speaker phraseRight(int k, Sentence s) {
    List<Token> tokens = text.tokens();
    if (k >= s.endToken() || inQuote[k]) {
      return Speaker.NONE;
    }
    Token first = tokens.get(k);
    if (first.tag().equals("PRON")) {
      String w = first.text().toLowerCase(Locale.ROOT);
      return PRONOUNS.contains(w) ? resolvePronoun(first.start(), s) : new Speaker(first.text(), "");
    }
    int end = -1;
    int j = k;
    while (j < s.endToken() && j - k < 12 && !inQuote[j]) {
      Token t = tokens.get(j);
      String tag = t.tag();
      String w = t.text();
      if (tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("NUM") || w.equals("'s") || w.equals("’s")) {
        end = j;
      } else if (tag.equals("DET") || tag.equals("ADJ")) {
        // part of the phrase, but cannot end it
      } else if ((w.equals("of") || w.equals("for")) && end == j - 1) {
        // "minister of health", "a spokesman for the ministry"
      } else {
        break;
      }
      j++;
    }
    if (end < 0) {
      return Speaker.NONE;
    }
    return speaker(first.start(), tokens.get(end).end());
  }

  /** Index of the first mention whose start is greater than {@code offset}. */
  private int upperBound(int offset) {
    int lo = 0;
    int hi = mentionStarts.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (mentionStarts[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * A speaker for the phrase {@code [start, end)}: when an entity mention ends the phrase (and is
   * not the object of "from"/"in"), the mention's text and entity; otherwise the phrase.
   */
  private Speaker speaker(int start, int end) {
    String phrase = raw.substring(start, end);
    for (int i = upperBound(end - 1) - 1; i >= 0 && mentions.get(i).start() >= start; i--) {
      EntityMention m = mentions.get(i);
      if (m.end() > end) {
        continue;
      }
      if (m.end() >= end - 2 && isSpeakerType(m.type())) {
        String before = raw.substring(start, m.start()).strip().toLowerCase(Locale.ROOT);
        if (before.endsWith(" from") || before.endsWith(" in") || before.equals("from") || before.equals("in")) {
          break;
        }
        if (before.endsWith("'s") || before.endsWith("’s")) {
          break; // "the Smith campaign's lawyers" ends in a mention only when the mention is last
        }
        return new Speaker(m.text(), m.entity());
      }
      break;
    }
    return new Speaker(phrase, "");
  }

  private static boolean isSpeakerType(EntityType t) {
    return t == EntityType.PERSON || t == EntityType.ORGANIZATION || t == EntityType.GROUP || t == EntityType.LOCATION;
  }

  /**
   * "he"/"she": the person mention that is the subject of the nearest preceding sentence with one
   * (the first person mention before its first verb), else the last person mention there.
   */
  private Speaker resolvePronoun(int offset, Sentence s) {
    int sIdx = s.index();
    EntityMention inSentence = null;
    int firstVerbHere = firstVerbOffset(s);
    for (EntityMention m : bySentence.getOrDefault(sIdx, List.of())) {
      if (m.sentence() == sIdx && m.end() <= offset && m.type() == EntityType.PERSON) {
        if (inSentence == null || inSentence.start() >= firstVerbHere) {
          inSentence = m;
        }
      }
    }
    if (inSentence != null) {
      return new Speaker(inSentence.text(), inSentence.entity());
    }
    if (mentions.isEmpty()) {
      Speaker here = properNounSubject(s);
      if (!here.text().isEmpty() && raw.indexOf(here.text(), s.start()) < offset) {
        return here;
      }
    }
    for (int back = sIdx - 1; back >= Math.max(0, sIdx - 3); back--) {
      Sentence prev = text.sentences().get(back);
      EntityMention subject = null;
      EntityMention last = null;
      int firstVerb = firstVerbOffset(prev);
      for (EntityMention m : bySentence.getOrDefault(back, List.of())) {
        if (m.sentence() != back || m.type() != EntityType.PERSON) {
          continue;
        }
        if (subject == null && m.start() < firstVerb) {
          subject = m;
        }
        last = m;
      }
      EntityMention pick = subject != null ? subject : last;
      if (pick != null) {
        return new Speaker(pick.text(), pick.entity());
      }
      if (mentions.isEmpty()) {
        Speaker p = properNounSubject(prev);
        if (!p.text().isEmpty()) {
          return p;
        }
      }
    }
    return Speaker.NONE;
  }

  private int firstVerbOffset(Sentence s) {
    for (int i = s.firstToken(); i < s.endToken(); i++) {
      Token t = text.tokens().get(i);
      if (t.tag().equals("VERB") && !inQuote[i] && !properish(i)) {
        return t.start();
      }
    }
    return s.end();
  }

  /** Without entity mentions: the proper-noun run before the first verb, else the last one. */
  private Speaker properNounSubject(Sentence s) {
    List<Token> tokens = text.tokens();
    int firstVerb = firstVerbOffset(s);
    int[] subject = null;
    int[] last = null;
    int i = s.firstToken();
    while (i < s.endToken()) {
      if (properish(i) && !inQuote[i]) {
        int j = i;
        while (j + 1 < s.endToken() && properish(j + 1)) {
          j++;
        }
        int[] run = {tokens.get(i).start(), tokens.get(j).end()};
        if (subject == null && run[1] <= firstVerb) {
          subject = run;
        }
        last = run;
        i = j + 1;
      } else {
        i++;
      }
    }
    int[] pick = subject != null ? subject : last;
    return pick == null ? Speaker.NONE : new Speaker(raw.substring(pick[0], pick[1]), "");
  }

  /** Reported speech after a cue: "X said (that) CONTENT." */
  private Quote indirect(Sentence s, Cue c) {
    List<Token> tokens = text.tokens();
    int k = c.token() + 1;
    if (k >= s.endToken()) {
      return null;
    }
    String kind = c.lemma();
    if (kind.equals("according to")) {
      return accordingTo(s, c);
    }
    if (kind.equals("tell")) {
      // skip the addressee: "told reporters (that)"
      int j = k;
      while (j < s.endToken() && j - k < 4 && !tokens.get(j).text().equalsIgnoreCase("that")
          && (startsPhrase(tokens.get(j)) || tokens.get(j).text().equals("'s"))) {
        j++;
      }
      if (j == k) {
        return null;
      }
      k = j;
    }
    int that = -1;
    for (int j = k; j < Math.min(s.endToken(), k + 6); j++) {
      Token t = tokens.get(j);
      if (t.text().equalsIgnoreCase("that")) {
        that = j;
        break;
      }
      if (t.tag().equals("VERB") || t.text().equals(",") || t.text().equals(".") || inQuote[j]) {
        break;
      }
    }
    int contentStart;
    if (that >= 0) {
      contentStart = that + 1;
    } else if (BARE_CLAUSE.contains(kind) && clauseStarts(k, s)) {
      contentStart = k;
    } else {
      return null;
    }
    if (contentStart >= s.endToken()) {
      return null;
    }
    int end = contentEnd(contentStart, s);
    int from = tokens.get(contentStart).start();
    if (end <= from) {
      return null;
    }
    return new Quote(
        articleId,
        raw.substring(from, end),
        c.speaker().text(),
        c.speaker().entity(),
        Quote.Kind.INDIRECT,
        kind,
        from,
        end,
        s.index());
  }

  /** True when a clause (subject then verb) starts at token {@code k}: "said he had", "claim the process lacks". */
  private boolean clauseStarts(int k, Sentence s) {
    List<Token> tokens = text.tokens();
    if (!startsPhrase(tokens.get(k)) || inQuote[k]) {
      return false;
    }
    for (int j = k; j < Math.min(s.endToken(), k + 8); j++) {
      String tag = tokens.get(j).tag();
      if (tag.equals("VERB") || tag.equals("AUX")) {
        return j > k;
      }
      if (tokens.get(j).text().equals(",") || inQuote[j]) {
        return false;
      }
    }
    return false;
  }

  private int contentEnd(int from, Sentence s) {
    List<Token> tokens = text.tokens();
    int end = tokens.get(from).end();
    for (int j = from; j < s.endToken(); j++) {
      Token t = tokens.get(j);
      String w = t.text();
      if (w.equals(";") || (w.equals(",") && j + 1 < s.endToken() && isParticipleCue(tokens.get(j + 1)))) {
        break;
      }
      if (!(t.tag().equals("PUNCT") && j == s.endToken() - 1)) {
        end = t.end();
      }
      if (end - tokens.get(from).start() > MAX_INDIRECT_CHARS) {
        break;
      }
    }
    return end;
  }

  private static boolean isParticipleCue(Token t) {
    String w = t.text().toLowerCase(Locale.ROOT);
    return w.endsWith("ing") && CUES.containsKey(w);
  }

  private Quote accordingTo(Sentence s, Cue c) {
    List<Token> tokens = text.tokens();
    Token cueTok = tokens.get(c.token());
    int from;
    int to;
    if (c.token() - 1 >= s.firstToken() && tokens.get(c.token() - 1).text().equals(",")) {
      from = s.start();
      to = tokens.get(c.token() - 1).start();
    } else {
      int comma = -1;
      for (int j = c.token() + 2; j < s.endToken(); j++) {
        if (tokens.get(j).text().equals(",")) {
          comma = j;
          break;
        }
      }
      if (comma < 0 || comma + 1 >= s.endToken()) {
        return null;
      }
      from = tokens.get(comma + 1).start();
      to = contentEnd(comma + 1, s);
    }
    while (to > from && Character.isWhitespace(raw.charAt(to - 1))) {
      to--;
    }
    if (to <= from || to - from > MAX_INDIRECT_CHARS || cueTok.start() < 0) {
      return null;
    }
    return new Quote(
        articleId,
        raw.substring(from, to),
        c.speaker().text(),
        c.speaker().entity(),
        Quote.Kind.ACCORDING_TO,
        "according to",
        from,
        to,
        s.index());
  }
}
