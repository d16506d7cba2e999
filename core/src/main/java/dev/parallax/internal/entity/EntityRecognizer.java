package dev.parallax.internal.entity;

import dev.parallax.article.Article;
import dev.parallax.entity.EntityMention;
import dev.parallax.text.AnnotatedText;
import dev.parallax.text.NlpModels;
import java.util.List;

/**
 * Finds named-entity mentions in one article. Not thread-safe; use one per thread (it holds an
 * OpenNLP {@code NameFinderME}, whose adaptive data is cleared after each document).
 */
public final class EntityRecognizer {
  public EntityRecognizer(NlpModels models) {}

  public List<EntityMention> recognize(Article article, AnnotatedText text) {
    return List.of(); // filled in by the entities work (issue 4)
  }
}
