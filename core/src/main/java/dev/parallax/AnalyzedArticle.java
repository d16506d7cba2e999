package dev.parallax;

import dev.parallax.article.Article;
import dev.parallax.article.Diagnostic;
import dev.parallax.entity.EntityMention;
import dev.parallax.figure.Figure;
import dev.parallax.quote.Quote;
import dev.parallax.text.AnnotatedText;
import dev.parallax.time.DateMention;
import java.util.List;
import java.util.Objects;

/**
 * Everything Parallax extracted from one article, each item with its offsets into {@code
 * article().text()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param article the input article
 * @param text sentences and tokens
 * @param entities named-entity mentions, linked to canonical entities when analysed as a corpus
 * @param figures figures, in text order
 * @param dates dates, in text order
 * @param quotes quotes and paraphrases with speakers
 * @param diagnostics problems met while analysing this article
 */
public record AnalyzedArticle(
    Article article,
    AnnotatedText text,
    List<EntityMention> entities,
    List<Figure> figures,
    List<DateMention> dates,
    List<Quote> quotes,
    List<Diagnostic> diagnostics) {
  public AnalyzedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    entities = List.copyOf(entities);
    figures = List.copyOf(figures);
    dates = List.copyOf(dates);
    quotes = List.copyOf(quotes);
    diagnostics = List.copyOf(diagnostics);
  }

  /** The article id. */
  public String id() {
    return article.id();
  }

  /** The exact text of a span of the article. */
  public String textOf(int start, int end) {
    return article.text().substring(start, end);
  }

  /** A copy with other entity mentions and quotes (after cross-article resolution). */
  public AnalyzedArticle withEntities(List<EntityMention> newEntities, List<Quote> newQuotes) {
    return new AnalyzedArticle(article, text, newEntities, figures, dates, newQuotes, diagnostics);
  }
}
