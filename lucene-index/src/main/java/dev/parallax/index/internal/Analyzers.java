package dev.parallax.index.internal;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzers of the index: English text (EnglishAnalyzer's chain with ASCII folding added, so
 * "Müller" and "Muller" are one word) and names (lowercased and ASCII-folded, never stemmed).
 *
 * <p>Immutable and thread-safe; analyzers are shared, their token streams are per thread.
 */
public final class Analyzers {
  private Analyzers() {}

  /** Gap between the values of a multi-valued field, so phrases never span two names. */
  static final int VALUE_GAP = 100;

  /** English: standard tokens, possessives removed, lowercased, ASCII-folded, stop words, Porter stems. */
  public static Analyzer english() {
    CharArraySet stop = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        result = new StopFilter(result, stop);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }

      @Override
      public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
      }
    };
  }

  /** Names: standard tokens, possessives removed, lowercased and ASCII-folded; no stop words, no stems. */
  public static Analyzer names() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new EnglishPossessiveFilter(source);
        result = new LowerCaseFilter(result);
        result = new ASCIIFoldingFilter(result);
        return new TokenStreamComponents(source, result);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }

      @Override
      public int getPositionIncrementGap(String fieldName) {
        return VALUE_GAP;
      }
    };
  }

  /** The per-field analyzer used for indexing and query parsing. */
  public static Analyzer perField() {
    Analyzer names = names();
    return new PerFieldAnalyzerWrapper(english(), Map.of(Fields.NAMES, names, Fields.QUOTE_SPEAKER, names));
  }
}
