package dev.parallax.framing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * An outlet's loaded and evaluative language: counts, rates per 1,000 story words, terms and examples.
 *
 * <p>Immutable and thread-safe.
 *
 * @param hits occurrences of any category
 * @param perThousandWords hits per 1,000 story words
 * @param categories one entry per category, in {@link LexiconCategory} order
 * @param terms terms used, most frequent first
 * @param examples first occurrences in text order (at most eight)
 */
@JsonPropertyOrder({"hits", "perThousandWords", "categories", "terms", "examples"})
public record LoadedLanguage(
    int hits, double perThousandWords, List<CategoryCount> categories, List<TermCount> terms, List<LexiconHit> examples) {
  public LoadedLanguage {
    categories = List.copyOf(categories);
    terms = List.copyOf(terms);
    examples = List.copyOf(examples);
  }
}
