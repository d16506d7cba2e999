package dev.parallax.internal.quote;

import dev.parallax.article.Article;
import dev.parallax.entity.EntityMention;
import dev.parallax.quote.Quote;
import dev.parallax.text.AnnotatedText;
import java.util.List;

/** Finds quotes and paraphrases with their speakers. Not thread-safe; use one per thread. */
public final class QuoteExtractor {
  public List<Quote> extract(Article article, AnnotatedText text, List<EntityMention> entities) {
    return List.of(); // filled in by the comparison work (issue 5)
  }
}
