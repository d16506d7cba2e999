package dev.parallax.index.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;

/**
 * The {@link Fields#NAMES} fields of one article's documents, each distinct name analysed once.
 * Every mention of an entity carries all the entity's names, so an article repeats the same names
 * many times; each document gets all its names as one token stream that indexes exactly like one
 * field value per name (same terms, same positions, with the analyzer's gap between names).
 *
 * <p>Not thread-safe; one per article.
 */
final class NameTokens {

  /** One analysed name. */
  private record Tokens(String[] terms, int[] increments, int finalIncrement) {}

  private final Analyzer analyzer;
  private final int gap;
  private final Map<String, Tokens> cache = new HashMap<>();

  NameTokens(Analyzer names) {
    this.analyzer = names;
    this.gap = names.getPositionIncrementGap(Fields.NAMES);
  }

  /** One field holding {@code names} in order, or none when there are no names. */
  void addTo(Document d, Collection<String> names) {
    if (names.isEmpty()) {
      return;
    }
    List<Tokens> values = new ArrayList<>(names.size());
    for (String n : names) {
      values.add(cache.computeIfAbsent(n, this::analyse));
    }
    d.add(new Field(Fields.NAMES, new Replay(values, gap), Documents.FILTER_TEXT));
  }

  private Tokens analyse(String name) {
    List<String> terms = new ArrayList<>();
    List<Integer> increments = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream(Fields.NAMES, name)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
        increments.add(inc.getPositionIncrement());
      }
      ts.end();
      int[] incs = increments.stream().mapToInt(Integer::intValue).toArray();
      return new Tokens(terms.toArray(String[]::new), incs, inc.getPositionIncrement());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysing a String does no I/O
    }
  }

  /**
   * Replays analysed names. Between two names, the position moves on by what the indexer adds
   * between two values of a field: the first name's final increment plus the analyzer's gap.
   * Offsets are not indexed for names; they are kept increasing.
   */
  private static final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final List<Tokens> values;
    private final int gap;
    private int value;
    private int token;
    private int pending;
    private int emitted;

    Replay(List<Tokens> values, int gap) {
      this.values = values;
      this.gap = gap;
    }

    @Override
    public boolean incrementToken() {
      clearAttributes();
      while (value < values.size()) {
        Tokens t = values.get(value);
        if (token < t.terms().length) {
          term.setEmpty().append(t.terms()[token]);
          inc.setPositionIncrement(pending + t.increments()[token]);
          pending = 0;
          offset.setOffset(emitted, emitted);
          emitted++;
          token++;
          return true;
        }
        // Next value: what IndexingChain adds after each value of a multi-valued field.
        pending += t.finalIncrement() + gap;
        value++;
        token = 0;
      }
      return false;
    }

    @Override
    public void end() throws IOException {
      super.end();
      // The last value's final increment; the gap after it is the indexer's, as for a last value.
      inc.setPositionIncrement(pending - gap);
      offset.setOffset(emitted, emitted);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      value = 0;
      token = 0;
      pending = 0;
      emitted = 0;
    }
  }
}
