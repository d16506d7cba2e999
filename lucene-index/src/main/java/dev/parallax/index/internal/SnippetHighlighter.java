package dev.parallax.index.internal;

import dev.parallax.index.Snippet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A UnifiedHighlighter that returns passages as {@link Snippet}s with article-text offsets, read
 * from the offsets stored in the postings of {@link Fields#TEXT}.
 *
 * <p>Not thread-safe; create one per search.
 */
final class SnippetHighlighter extends UnifiedHighlighter {

  private static final int MAX_TEXT = 10_000_000;

  SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    super(
        UnifiedHighlighter.builder(searcher, analyzer)
            .withMaxLength(MAX_TEXT)
            .withFormatter(new Formatter())
            .withMaxNoHighlightPassages(0));
  }

  /** Snippets of {@link Fields#TEXT} per document, in the order of {@code docIds}. */
  List<List<Snippet>> snippets(Query query, int[] docIds, int maxPassages) throws IOException {
    int[] max = {maxPassages};
    Map<String, Object[]> out = highlightFieldsAsObjects(new String[] {Fields.TEXT}, query, docIds, max);
    Object[] perDoc = out.get(Fields.TEXT);
    List<List<Snippet>> result = new ArrayList<>(docIds.length);
    for (int i = 0; i < docIds.length; i++) {
      Object o = perDoc == null ? null : perDoc[i];
      List<Snippet> list = new ArrayList<>();
      if (o instanceof List<?> l) {
        for (Object s : l) {
          list.add((Snippet) s);
        }
      }
      result.add(List.copyOf(list));
    }
    return result;
  }

  private static final class Formatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Snippet> out = new ArrayList<>(passages.length);
      for (Passage p : passages) {
        int start = p.getStartOffset();
        int end = p.getEndOffset();
        // Trim surrounding whitespace so snippets start and end with words.
        while (start < end && Character.isWhitespace(content.charAt(start))) {
          start++;
        }
        while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
          end--;
        }
        List<Snippet.Match> matches = new ArrayList<>(p.getNumMatches());
        int[] ms = p.getMatchStarts();
        int[] me = p.getMatchEnds();
        for (int i = 0; i < p.getNumMatches(); i++) {
          if (ms[i] >= start && me[i] <= end) {
            matches.add(new Snippet.Match(ms[i], me[i]));
          }
        }
        out.add(new Snippet(content.substring(start, end), start, end, matches));
      }
      return out;
    }
  }
}
