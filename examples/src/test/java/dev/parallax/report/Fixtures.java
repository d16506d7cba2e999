package dev.parallax.report;

import dev.parallax.AnalyzedArticle;
import dev.parallax.CorpusAnalysis;
import dev.parallax.article.Article;
import dev.parallax.entity.Entity;
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

/** Small hand-made analyses: two outlets that disagree about one count. */
final class Fixtures {
  private Fixtures() {}

  static final String TEXT_A = "Officials said more than 200 migrants were flown out on Monday.";
  static final String TEXT_B = "The ministry counted 150 migrants on the flights, Ana Ruiz said.";

  static Figure figure(String article, String text, String all, double value, double lower, double upper, Qualifier q) {
    int start = all.indexOf(text);
    return new Figure(
        article, text, value, lower, upper, q != Qualifier.MORE_THAN, q == Qualifier.EXACT, q, "", "migrants",
        "migrant", Figure.Kind.COUNT, Figure.Change.NONE, "fly", start, start + text.length(), 0, List.of(),
        Optional.empty(), List.of());
  }

  static AnalyzedArticle article(
      String id, String outlet, String text, List<Figure> figures, List<DateMention> dates, List<EntityMention> entities,
      List<Quote> quotes) {
    Article art =
        Article.builder(id, text).outlet(outlet).title("Flights " + id).published(LocalDate.of(2025, 1, 2)).build();
    return new AnalyzedArticle(art, new AnnotatedText(text, List.of(), List.of()), entities, figures, dates, quotes, List.of());
  }

  /** Outlet A says "more than 200", outlet B says "150": a conflict about migrants. */
  static CorpusAnalysis twoOutlets() {
    Figure a = figure("a", "more than 200 migrants", TEXT_A, 200, 200, Double.POSITIVE_INFINITY, Qualifier.MORE_THAN);
    Figure b = figure("b", "150 migrants", TEXT_B, 150, 150, 150, Qualifier.EXACT);
    int d = TEXT_A.indexOf("Monday");
    DateMention monday =
        new DateMention("a", "Monday", "2024-12-30", DateMention.Type.DATE, d, d + 6, 0, "publication:2025-01-02",
            Optional.of(LocalDate.of(2024, 12, 30)), Optional.of(LocalDate.of(2024, 12, 30)));
    int r = TEXT_B.indexOf("Ana Ruiz");
    EntityMention ruiz = new EntityMention("b", "Ana Ruiz", EntityType.PERSON, "person:ana-ruiz", r, r + 8, 0, "");
    Quote q = new Quote("b", TEXT_B.substring(0, r - 2), "Ana Ruiz", "person:ana-ruiz", Quote.Kind.INDIRECT, "say", 0, r - 2, 0);
    List<AnalyzedArticle> arts = new ArrayList<>();
    arts.add(article("a", "Daily A", TEXT_A, List.of(a), List.of(monday), List.of(), List.of()));
    arts.add(article("b", "Daily B", TEXT_B, List.of(b), List.of(), List.of(ruiz), List.of(q)));
    Entity e = new Entity("person:ana-ruiz", "Ana Ruiz", EntityType.PERSON, List.of("Ana Ruiz"), List.of("b"));
    return new CorpusAnalysis(arts, List.of(e), List.of());
  }
}
