package dev.parallax.internal.figure;

import dev.parallax.article.Article;
import dev.parallax.entity.EntityMention;
import dev.parallax.figure.Figure;
import dev.parallax.text.AnnotatedText;
import java.util.List;

/** Finds figures in annotated text. Not thread-safe; use one per thread. */
public final class FigureExtractor {
  public List<Figure> extract(Article article, AnnotatedText text, List<EntityMention> entities) {
    return List.of(); // filled in by the figures work (issue 3)
  }
}
