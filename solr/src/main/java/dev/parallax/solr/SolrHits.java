package dev.parallax.solr;

import java.util.List;

/**
 * The articles a {@link SolrSearch} found: how many in all, and the ids of the first ones by score.
 *
 * <p>Immutable and thread-safe.
 *
 * @param total number of matching articles
 * @param articles ids of the returned articles, best first
 */
public record SolrHits(long total, List<String> articles) {
  public SolrHits {
    articles = List.copyOf(articles);
  }
}
