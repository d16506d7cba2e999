package dev.parallax.index;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One matching article: its id, headline and outlet, its relevance score, passages around what
 * matched, and the extracted items that satisfied item filters.
 *
 * <p>Immutable and thread-safe.
 *
 * @param article the article id
 * @param title the headline, if known
 * @param outlet the outlet, if known
 * @param score relevance; constant when only filters were given
 * @param snippets passages of the article text with matched spans, best first
 * @param items figures, dates and entity mentions that matched item filters, in text order
 */
public record Hit(
    String article, Optional<String> title, Optional<String> outlet, float score, List<Snippet> snippets, List<ItemHit> items) {
  public Hit {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(outlet, "outlet");
    snippets = List.copyOf(snippets);
    items = List.copyOf(items);
  }
}
