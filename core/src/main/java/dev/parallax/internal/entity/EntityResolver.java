package dev.parallax.internal.entity;

import dev.parallax.AnalyzedArticle;
import dev.parallax.entity.Entity;
import java.util.List;

/** Resolves entity mentions across the articles of a corpus into canonical entities. Stateless. */
public final class EntityResolver {
  private EntityResolver() {}

  /** Articles with mentions re-linked to canonical ids, and the canonical entities. */
  public record Resolution(List<AnalyzedArticle> articles, List<Entity> entities) {}

  public static Resolution resolve(List<AnalyzedArticle> articles) {
    return new Resolution(articles, List.of()); // filled in by the entities work (issue 4)
  }
}
