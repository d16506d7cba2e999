package dev.parallax.index;

import dev.parallax.AnalyzedArticle;
import dev.parallax.article.Article;
import dev.parallax.entity.EntityMention;
import dev.parallax.entity.EntityType;
import dev.parallax.figure.Figure;
import dev.parallax.figure.Qualifier;
import dev.parallax.quote.Quote;
import dev.parallax.text.AnnotatedText;
import dev.parallax.time.DateMention;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds analysed articles by hand: items are located in the text by their first occurrence. Not thread-safe. */
final class Fixture {
  private final String id;
  private final String text;
  private String outlet;
  private String title;
  private LocalDate published;
  private final List<EntityMention> entities = new ArrayList<>();
  private final List<Figure> figures = new ArrayList<>();
  private final List<DateMention> dates = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();

  private Fixture(String id, String text) {
    this.id = id;
    this.text = text;
  }

  static Fixture article(String id, String text) {
    return new Fixture(id, text);
  }

  Fixture outlet(String o) {
    this.outlet = o;
    return this;
  }

  Fixture title(String t) {
    this.title = t;
    return this;
  }

  Fixture published(String isoDate) {
    this.published = LocalDate.parse(isoDate);
    return this;
  }

  Fixture entity(String surface, String entityId) {
    int s = at(surface);
    entities.add(new EntityMention(id, surface, EntityType.PERSON, entityId, s, s + surface.length(), 0, ""));
    return this;
  }

  /** An exact figure: interval [value, value]. */
  Fixture figure(String surface, double value, String counts, String lemma) {
    return figure(surface, value, value, value, true, true, Qualifier.EXACT, "", counts, lemma);
  }

  Fixture figure(
      String surface,
      double value,
      double lower,
      double upper,
      boolean lowerInclusive,
      boolean upperInclusive,
      Qualifier qualifier,
      String unit,
      String counts,
      String lemma) {
    figures.add(figure(id, text, surface, value, lower, upper, lowerInclusive, upperInclusive, qualifier, unit, counts, lemma, List.of()));
    return this;
  }

  Fixture composite(String surface, double value, List<Figure> parts) {
    figures.add(figure(id, text, surface, value, value, value, true, true, Qualifier.EXACT, "", "", "", parts));
    return this;
  }

  static Figure figure(
      String id,
      String text,
      String surface,
      double value,
      double lower,
      double upper,
      boolean lowerInclusive,
      boolean upperInclusive,
      Qualifier qualifier,
      String unit,
      String counts,
      String lemma,
      List<Figure> parts) {
    int s = text.indexOf(surface);
    if (s < 0) {
      throw new IllegalArgumentException("'" + surface + "' not in text");
    }
    return new Figure(
        id, surface, value, lower, upper, lowerInclusive, upperInclusive, qualifier, unit, counts, lemma,
        Figure.Kind.COUNT, Figure.Change.NONE, "", s, s + surface.length(), 0, parts, Optional.empty(), List.of());
  }

  Fixture date(String surface, String value, String from, String to) {
    int s = at(surface);
    dates.add(
        new DateMention(
            id, surface, value, DateMention.Type.DATE, s, s + surface.length(), 0, "absolute",
            Optional.ofNullable(from).map(LocalDate::parse), Optional.ofNullable(to).map(LocalDate::parse)));
    return this;
  }

  Fixture quote(String speaker, String words) {
    int s = at(words);
    quotes.add(new Quote(id, words, speaker, "", Quote.Kind.DIRECT, "say", s, s + words.length(), 0));
    return this;
  }

  private int at(String surface) {
    int s = text.indexOf(surface);
    if (s < 0) {
      throw new IllegalArgumentException("'" + surface + "' not in text of " + id);
    }
    return s;
  }

  AnalyzedArticle build() {
    Article a = Article.builder(id, text).outlet(outlet).title(title).published(published).build();
    return new AnalyzedArticle(a, new AnnotatedText(text, List.of(), List.of()), entities, figures, dates, quotes, List.of());
  }
}
