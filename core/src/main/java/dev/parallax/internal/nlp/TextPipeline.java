package dev.parallax.internal.nlp;

import dev.parallax.text.AnnotatedText;
import dev.parallax.text.NlpModels;
import dev.parallax.text.Sentence;
import dev.parallax.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Sentences, tokens, POS tags and lemmas for one article at a time, with offsets into the original
 * text. Lines are split first (news text puts one paragraph per line), then each line into sentences
 * with the OpenNLP model.
 *
 * <p>Not thread-safe; use one per thread. Built cheaply from shared {@link NlpModels}.
 */
public final class TextPipeline {

  /** Longest span handed to the POS tagger in one piece; longer "sentences" are cut at spaces. */
  static final int MAX_SENTENCE_CHARS = 1500;
  /** Longest line handed to the sentence detector in one piece. */
  static final int MAX_LINE_CHARS = 20_000;

  /** A sentence boundary glued to a credit line: "…Ukrainians.image source from:…". */
  private static final Pattern GLUED_CREDIT =
      Pattern.compile("(?<=[\\p{L}\\d][.!?\"”’])(?=(?i:image|photo|picture|video|source|credit|caption)s?\\b)");

  private final SentenceDetectorME sentences;
  private final TokenizerME tokenizer;
  private final POSTaggerME tagger;

  public TextPipeline(NlpModels models) {
    this.sentences = new SentenceDetectorME(models.sentenceModel());
    this.tokenizer = new TokenizerME(models.tokenizerModel());
    this.tagger = new POSTaggerME(models.posModel());
  }

  /** Only sentence spans [start, end) with the boilerplate mark (no tokens or tags): the cheap path. */
  public List<Sentence> sentences(String text) {
    List<int[]> lines = Lines.of(text);
    boolean[] lineBoiler = Boilerplate.classifyLines(text, lines);
    List<Sentence> out = new ArrayList<>();
    for (int li = 0; li < lines.size(); li++) {
      int[] line = lines.get(li);
      for (int[] piece : pieces(text, line[0], line[1], MAX_LINE_CHARS)) {
        String lineText = text.substring(piece[0], piece[1]);
        for (Span sp : sentences.sentPosDetect(lineText)) {
          int s = piece[0] + sp.getStart();
          int e = piece[0] + sp.getEnd();
          if (s < e) {
            out.add(new Sentence(out.size(), s, e, 0, 0, lineBoiler[li]));
          }
        }
      }
    }
    return out;
  }

  /** Splits, tokenizes, tags and marks boilerplate. */
  public AnnotatedText annotate(String text) {
    List<int[]> lines = Lines.of(text);
    boolean[] lineBoiler = Boilerplate.classifyLines(text, lines);
    List<Sentence> out = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    for (int li = 0; li < lines.size(); li++) {
      int[] line = lines.get(li);
      for (int[] piece : pieces(text, line[0], line[1], MAX_LINE_CHARS)) {
        String lineText = text.substring(piece[0], piece[1]);
        for (int[] glued : splitGlued(lineText)) {
          String part = lineText.substring(glued[0], glued[1]);
          Span[] spans = mergeAtAbbreviations(part, sentences.sentPosDetect(part));
          if (spans.length == 0) {
            spans = new Span[] {new Span(0, part.length())};
          }
          for (Span sp : spans) {
            int base = piece[0] + glued[0];
            int s = base + sp.getStart();
            int e = base + sp.getEnd();
            // trim
            while (s < e && Character.isWhitespace(text.charAt(s))) {
              s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
              e--;
            }
            if (s >= e) {
              continue;
            }
            for (int[] chunk : pieces(text, s, e, MAX_SENTENCE_CHARS)) {
              addSentence(text, chunk[0], chunk[1], lineBoiler[li], out, tokens);
            }
          }
        }
      }
    }
    return new AnnotatedText(text, out, tokens);
  }

  private void addSentence(String text, int s, int e, boolean boiler, List<Sentence> out, List<Token> tokens) {
    String sent = text.substring(s, e);
    Span[] tokSpans = refine(sent, tokenizer.tokenizePos(sent));
    String[] words = new String[tokSpans.length];
    for (int i = 0; i < tokSpans.length; i++) {
      words[i] = sent.substring(tokSpans[i].getStart(), tokSpans[i].getEnd());
    }
    String[] tags = words.length == 0 ? new String[0] : tagger.tag(words);
    repairTags(words, tags);
    int index = out.size();
    int first = tokens.size();
    for (int i = 0; i < words.length; i++) {
      int ts = s + tokSpans[i].getStart();
      int te = s + tokSpans[i].getEnd();
      tokens.add(new Token(ts, te, words[i], tags[i], Lemmas.lemma(words[i], tags[i]), index));
    }
    boolean b = boiler || Boilerplate.isBoilerplateSentence(sent);
    out.add(new Sentence(index, s, e, first, tokens.size(), b));
  }

  /**
   * Repairs the statistical tokenizer's output on news text: splits a possessive ("Smith’s",
   * "country's") into the name and {@code ’s}, splits quote marks glued to a word ("‘hoax’") and
   * dashes between words ("word—an"), and re-joins a hyphenated compound the model cut in two
   * ("mega" + "-prison"). Offsets stay exact.
   */
  static Span[] refine(String sent, Span[] spans) {
    List<Span> out = new ArrayList<>(spans.length + 4);
    boolean[] open = new boolean[1];
    for (Span sp : spans) {
      int s = sp.getStart();
      int e = sp.getEnd();
      // re-join "mega" + "-prison" when the hyphen token touches the previous word
      if (!out.isEmpty() && e - s > 1 && sent.charAt(s) == '-' && Character.isLetter(sent.charAt(s + 1))) {
        Span prev = out.get(out.size() - 1);
        if (prev.getEnd() == s && Character.isLetterOrDigit(sent.charAt(prev.getEnd() - 1))) {
          out.set(out.size() - 1, new Span(prev.getStart(), e));
          continue;
        }
      }
      splitToken(sent, s, e, out, open);
    }
    return out.toArray(new Span[0]);
  }

  private static void splitToken(String sent, int s, int e, List<Span> out, boolean[] openQuote) {
    if (e - s <= 1) {
      out.add(new Span(s, e));
      return;
    }
    // a dash between two words: "13—an", "word–word" (en dash only when letters on both sides)
    for (int i = s + 1; i < e - 1; i++) {
      char c = sent.charAt(i);
      if ((c == '\u2014' || c == '\u2013' && Character.isLetter(sent.charAt(i - 1)) && Character.isLetter(sent.charAt(i + 1)))
          && Character.isLetterOrDigit(sent.charAt(i - 1))
          && Character.isLetterOrDigit(sent.charAt(i + 1))) {
        splitToken(sent, s, i, out, openQuote);
        out.add(new Span(i, i + 1));
        splitToken(sent, i + 1, e, out, openQuote);
        return;
      }
    }
    char first = sent.charAt(s);
    char last = sent.charAt(e - 1);
    // opening quote glued to a word: ‘hoax’ or “word
    if ((first == '\u2018' || first == '\u201C') && Character.isLetterOrDigit(sent.charAt(s + 1))) {
      out.add(new Span(s, s + 1));
      if (first == '\u2018') {
        openQuote[0] = true;
      }
      splitToken(sent, s + 1, e, out, openQuote);
      return;
    }
    if (first == '\u2018' && e - s == 1) {
      openQuote[0] = true;
    }
    // closing double quote glued to a word
    if (last == '\u201D' && Character.isLetterOrDigit(sent.charAt(e - 2))) {
      splitToken(sent, s, e - 1, out, openQuote);
      out.add(new Span(e - 1, e));
      return;
    }
    // possessive 's / ’s
    if (e - s > 2 && (last == 's' || last == 'S')
        && (sent.charAt(e - 2) == '\u2019' || sent.charAt(e - 2) == '\'')
        && Character.isLetterOrDigit(sent.charAt(e - 3))) {
      out.add(new Span(s, e - 2));
      out.add(new Span(e - 2, e));
      return;
    }
    // closing single quote: a quote mark when the token opened with one was split above, so a
    // trailing ’ after a letter here is the end of a quoted word ("hoax’") unless it follows s
    // (a plural possessive: "Jones’")
    if (last == '\u2019' && Character.isLetterOrDigit(sent.charAt(e - 2)) && openQuote[0]) {
      openQuote[0] = false;
      out.add(new Span(s, e - 1));
      out.add(new Span(e - 1, e));
      return;
    }
    out.add(new Span(s, e));
  }

  /** Fixes tags the model gives to tokens produced by {@link #refine}: possessive marks, compounds. */
  static void repairTags(String[] words, String[] tags) {
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.equals("'s") || w.equals("\u2019s") || w.equals("'S") || w.equals("\u2019S")) {
        tags[i] = "PART";
      } else if (tags[i].equals("PUNCT") && hasLetter(w)) {
        tags[i] = Character.isUpperCase(w.codePointAt(0)) ? "PROPN" : "NOUN";
      }
    }
  }

  private static boolean hasLetter(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (Character.isLetter(w.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Abbreviations after which the sentence model wrongly ends a sentence when lower case or a digit follows. */
  private static final Pattern ABBREVIATION_END =
      Pattern.compile(
          "(?i)(?:\\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
              + "|mr|mrs|ms|dr|prof|gen|gov|sen|rep|st|mt|ft|no|nos|vs|approx|est|inc|corp|co|ltd|dept|univ|jr|sr)\\."
              + "|\\b[ap]\\.m\\.|\\be\\.g\\.|\\bi\\.e\\.|\\bu\\.s\\.|\\bu\\.k\\.)$");

  /**
   * Re-joins two detected sentences when the first ends in a common abbreviation ("Feb.", "p.m.",
   * "Mr.") and the second starts with a lower-case letter or a digit.
   */
  static Span[] mergeAtAbbreviations(String text, Span[] spans) {
    if (spans.length < 2) {
      return spans;
    }
    List<Span> out = new ArrayList<>(spans.length);
    Span cur = spans[0];
    for (int i = 1; i < spans.length; i++) {
      Span next = spans[i];
      String head = text.substring(Math.max(cur.getStart(), cur.getEnd() - 8), cur.getEnd());
      int k = next.getStart();
      while (k < next.getEnd() && Character.isWhitespace(text.charAt(k))) {
        k++;
      }
      char first = k < next.getEnd() ? text.charAt(k) : 'A';
      if ((Character.isLowerCase(first) || Character.isDigit(first)) && ABBREVIATION_END.matcher(head).find()) {
        cur = new Span(cur.getStart(), next.getEnd());
      } else {
        out.add(cur);
        cur = next;
      }
    }
    out.add(cur);
    return out.toArray(new Span[0]);
  }

  private static List<int[]> splitGlued(String line) {
    List<int[]> out = new ArrayList<>();
    Matcher m = GLUED_CREDIT.matcher(line);
    int last = 0;
    while (m.find()) {
      if (m.start() > last) {
        out.add(new int[] {last, m.start()});
      }
      last = m.start();
    }
    out.add(new int[] {last, line.length()});
    return out;
  }

  /** Cuts [s,e) into pieces of at most max chars, preferring to cut at whitespace. */
  static List<int[]> pieces(String text, int s, int e, int max) {
    List<int[]> out = new ArrayList<>();
    int start = s;
    while (e - start > max) {
      int cut = start + max;
      int ws = cut;
      while (ws > start + max / 2 && !Character.isWhitespace(text.charAt(ws))) {
        ws--;
      }
      if (ws > start + max / 2) {
        cut = ws;
      }
      if (Character.isLowSurrogate(text.charAt(cut))) {
        cut--;
      }
      out.add(new int[] {start, cut});
      start = cut;
      while (start < e && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
    }
    if (start < e) {
      out.add(new int[] {start, e});
    }
    return out;
  }
}
