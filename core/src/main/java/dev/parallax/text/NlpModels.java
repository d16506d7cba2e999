package dev.parallax.text;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The statistical models Parallax uses, loaded once and shared: OpenNLP's English sentence,
 * token and Universal Dependencies POS models (1.3.0, from Maven Central) and Parallax's own
 * name-finder model trained on CC BY data. Load it once per application and pass it to {@code
 * Parallax.builder()}; there is no static cache.
 *
 * <p>Immutable and thread-safe: the models are shared, the taggers built from them are not.
 */
public final class NlpModels {

  static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  /** Parallax's shipped name-finder model (see NOTICE and docs/accuracy.md). */
  public static final String NER_RESOURCE = "dev/parallax/models/parallax-ner-en.bin";

  private final SentenceModel sentence;
  private final TokenizerModel tokenizer;
  private final POSModel pos;
  private final TokenNameFinderModel names;

  private NlpModels(SentenceModel sentence, TokenizerModel tokenizer, POSModel pos, TokenNameFinderModel names) {
    this.sentence = Objects.requireNonNull(sentence, "sentence");
    this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
    this.pos = Objects.requireNonNull(pos, "pos");
    this.names = names;
  }

  /**
   * Loads the English models from the classpath (about a second). Call once and share the result.
   *
   * @throws UncheckedIOException if a model jar is missing from the classpath
   */
  public static NlpModels english() {
    ClassLoader cl = NlpModels.class.getClassLoader();
    try {
      SentenceModel s = new SentenceModel(open(cl, SENTENCE));
      TokenizerModel t = alphanumericWordsWhole(new TokenizerModel(open(cl, TOKENS)));
      POSModel p = greedy(new POSModel(open(cl, POS)));
      TokenNameFinderModel n = null;
      InputStream ner = cl.getResourceAsStream(NER_RESOURCE);
      if (ner != null) {
        try (InputStream in = new BufferedInputStream(ner)) {
          n = new TokenNameFinderModel(in);
        }
      }
      return new NlpModels(s, t, p, n);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load OpenNLP models", e);
    }
  }

  /**
   * The same POS model decoded with a beam of one. The 1.3.0 model's features do not look at the
   * tags already chosen, so OpenNLP's default beam of three returns exactly the same tags (checked on
   * every token of the GUM corpus and of the Reuters benchmark; see docs/benchmarks.md) at about twice
   * the cost.
   */
  private static POSModel greedy(POSModel model) {
    Object maxent = model.getArtifact("pos.model");
    if (maxent instanceof opennlp.tools.ml.model.MaxentModel m) {
      return new POSModel(model.getLanguage(), m, 1, null, model.getFactory());
    }
    return model;
  }

  /**
   * The same tokenizer model with OpenNLP's alphanumeric optimization on: a whitespace-separated
   * token made only of ASCII letters and digits is kept whole instead of being scored at every
   * character. The 1.3.0 model otherwise splits upper-case wire copy and rare words ("FEB" +
   * "RUARY", "tele" + "x"); with the option on it never does, and tokenizing is about three times
   * faster (docs/benchmarks.md).
   */
  private static TokenizerModel alphanumericWordsWhole(TokenizerModel model) {
    opennlp.tools.tokenize.TokenizerFactory f = model.getFactory();
    if (f.isUseAlphaNumericOptimization()) {
      return model;
    }
    return new TokenizerModel(model.getMaxentModel(), null,
        new opennlp.tools.tokenize.TokenizerFactory(f.getLanguageCode(), f.getAbbreviationDictionary(), true, f.getAlphaNumericPattern()));
  }

  private static InputStream open(ClassLoader cl, String name) throws IOException {
    InputStream in = cl.getResourceAsStream(name);
    if (in == null) {
      throw new IOException(
          "model " + name + " not on the classpath (org.apache.opennlp:opennlp-models-*-en:1.3.0)");
    }
    return new BufferedInputStream(in);
  }

  /** OpenNLP sentence model. */
  public SentenceModel sentenceModel() {
    return sentence;
  }

  /** OpenNLP tokenizer model, with the alphanumeric optimization on (ASCII letter-and-digit tokens are never split). */
  public TokenizerModel tokenizerModel() {
    return tokenizer;
  }

  /** OpenNLP POS model (UD tags), decoded greedily (a beam of one gives the same tags as the default beam of three). */
  public POSModel posModel() {
    return pos;
  }

  /**
   * The same models with another name-finder model, for example one trained by {@code NerTrainer}
   * on part of the data (cross-validation) or on a user's own corpus.
   *
   * @throws NullPointerException if {@code model} is null
   */
  public NlpModels withNameFinderModel(TokenNameFinderModel model) {
    return new NlpModels(sentence, tokenizer, pos, Objects.requireNonNull(model, "model"));
  }

  /** Parallax's name-finder model, when it is on the classpath. */
  public java.util.Optional<TokenNameFinderModel> nameFinderModel() {
    return java.util.Optional.ofNullable(names);
  }
}
