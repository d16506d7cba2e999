package dev.parallax.compare;

import dev.parallax.AnalyzedArticle;
import dev.parallax.Parallax;
import dev.parallax.article.Article;
import dev.parallax.entity.EntityMention;
import dev.parallax.entity.EntityType;
import dev.parallax.figure.Figure;
import dev.parallax.figure.Qualifier;
import dev.parallax.time.DateMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds analysed articles for comparison tests: the real sentence, token and quote stages, with
 * hand-made figures, dates and entity mentions placed by searching their text.
 */
final class Fixtures {
  /** Text pipeline and quotes only; other stages are supplied by hand. */
  static final Parallax TEXT_ONLY =
      Parallax.builder().entities(false).figures(false).dates(false).quotes(true).build();

  private final Article article;
  private final AnalyzedArticle base;
  private final List<Figure> figures = new ArrayList<>();
  private final List<DateMention> dates = new ArrayList<>();
  private final List<EntityMention> entities = new ArrayList<>();

  private Fixtures(String id, String outlet, String text) {
    this.article = Article.builder(id, text).outlet(outlet).published(LocalDate.of(2024, 5, 6)).build();
    this.base = TEXT_ONLY.analyze(article);
  }

  static Fixtures article(String id, String outlet, String text) {
    return new Fixtures(id, outlet, text);
  }

  private int at(String surface) {
    int i = article.text().indexOf(surface);
    if (i < 0) {
      throw new IllegalArgumentException("not in text: " + surface);
    }
    return i;
  }

  /** An exact count. */
  Fixtures count(String surface, double value, String counts, String lemma, String predicate) {
    return figure(surface, value, value, value, true, true, Qualifier.EXACT, "", counts, lemma, predicate, Figure.Kind.COUNT);
  }

  /** "more than N" (open) or "at least N" (closed) lower bound. */
  Fixtures atLeast(String surface, double value, boolean inclusive, String counts, String lemma, String predicate) {
    return figure(surface, value, value, Double.POSITIVE_INFINITY, inclusive, false,
        inclusive ? Qualifier.AT_LEAST : Qualifier.MORE_THAN, "", counts, lemma, predicate, Figure.Kind.COUNT);
  }

  Fixtures money(String surface, double value, String counts, String lemma, String predicate) {
    return figure(surface, value, value, value, true, true, Qualifier.EXACT, "USD", counts, lemma, predicate, Figure.Kind.MONEY);
  }

  Fixtures figure(String surface, double value, double lower, double upper, boolean li, boolean ui, Qualifier q,
      String unit, String counts, String lemma, String predicate, Figure.Kind kind) {
    int s = at(surface);
    int sentence = base.text().sentenceAt(s);
    figures.add(new Figure(article.id(), surface, value, lower, upper, li, ui, q, unit, counts, lemma, kind,
        Figure.Change.NONE, predicate, s, s + surface.length(), sentence, List.of(), Optional.empty(), List.of()));
    return this;
  }

  Fixtures date(String surface, String value, LocalDate start, LocalDate end, DateMention.Type type) {
    int s = at(surface);
    dates.add(new DateMention(article.id(), surface, value, type, s, s + surface.length(), base.text().sentenceAt(s),
        "absolute", Optional.ofNullable(start), Optional.ofNullable(end)));
    return this;
  }

  Fixtures person(String surface, String entity, String role) {
    int s = at(surface);
    entities.add(new EntityMention(article.id(), surface, EntityType.PERSON, entity, s, s + surface.length(),
        base.text().sentenceAt(s), role));
    return this;
  }

  AnalyzedArticle build() {
    figures.sort((a, b) -> Integer.compare(a.start(), b.start()));
    dates.sort((a, b) -> Integer.compare(a.start(), b.start()));
    entities.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return new AnalyzedArticle(article, base.text(), entities, figures, dates, base.quotes(), List.of());
  }
}
