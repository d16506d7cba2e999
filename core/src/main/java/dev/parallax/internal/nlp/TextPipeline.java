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
          Span[] spans = sentences.sentPosDetect(part);
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
    Span[] tokSpans = tokenizer.tokenizePos(sent);
    String[] words = new String[tokSpans.length];
    for (int i = 0; i < tokSpans.length; i++) {
      words[i] = sent.substring(tokSpans[i].getStart(), tokSpans[i].getEnd());
    }
    String[] tags = words.length == 0 ? new String[0] : tagger.tag(words);
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
