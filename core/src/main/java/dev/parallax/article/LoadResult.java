package dev.parallax.article;

import java.util.List;

/**
 * The articles that loaded from a corpus and the problems found on the way.
 *
 * <p>Immutable and thread-safe.
 *
 * @param articles valid articles, in corpus order
 * @param diagnostics problems, in the order they were found
 */
public record LoadResult(List<Article> articles, List<Diagnostic> diagnostics) {
  public LoadResult {
    articles = List.copyOf(articles);
    diagnostics = List.copyOf(diagnostics);
  }
}
