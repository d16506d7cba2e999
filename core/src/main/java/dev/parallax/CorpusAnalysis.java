package dev.parallax;

import dev.parallax.article.Diagnostic;
import dev.parallax.entity.Entity;
import java.util.List;
import java.util.Optional;

/**
 * The analysis of a whole corpus: each article, the canonical entities resolved across them, and
 * the problems met while loading and analysing.
 *
 * <p>Immutable and thread-safe.
 *
 * @param articles analysed articles, in corpus order
 * @param entities canonical entities, sorted by id
 * @param diagnostics loading problems (file, line, field)
 */
public record CorpusAnalysis(List<AnalyzedArticle> articles, List<Entity> entities, List<Diagnostic> diagnostics) {
  public CorpusAnalysis {
    articles = List.copyOf(articles);
    entities = List.copyOf(entities);
    diagnostics = List.copyOf(diagnostics);
  }

  /** The analysed article with this id, if present. */
  public Optional<AnalyzedArticle> article(String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The canonical entity with this id, if present. */
  public Optional<Entity> entity(String id) {
    return entities.stream().filter(e -> e.id().equals(id)).findFirst();
  }
}
