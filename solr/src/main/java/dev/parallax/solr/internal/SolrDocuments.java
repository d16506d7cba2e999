package dev.parallax.solr.internal;

import static dev.parallax.solr.internal.SolrFields.*;

import dev.parallax.AnalyzedArticle;
import dev.parallax.article.Article;
import dev.parallax.entity.Entity;
import dev.parallax.entity.EntityMention;
import dev.parallax.figure.Figure;
import dev.parallax.quote.Quote;
import dev.parallax.time.DateMention;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.solr.common.SolrInputDocument;

/**
 * Turns one analysed article into its Solr documents: the article and one per figure, date, quote
 * and entity mention. Item ids are {@code articleId#kind#n}, so an article's documents are found
 * and replaced together through the {@code article} field. Stateless.
 */
public final class SolrDocuments {
  private SolrDocuments() {}

  /** The documents of one article; {@code entities} gives canonical names and aliases by id. */
  public static List<SolrInputDocument> of(AnalyzedArticle a, Map<String, Entity> entities) {
    List<SolrInputDocument> docs = new ArrayList<>();
    Article art = a.article();
    String id = art.id();
    SolrInputDocument d = new SolrInputDocument();
    d.addField(ID, id);
    d.addField(TYPE, TYPE_ARTICLE);
    d.addField(ARTICLE, id);
    d.addField(TEXT, art.text());
    art.title().ifPresent(t -> d.addField(TITLE, t));
    art.outlet()
        .ifPresent(
            o -> {
              d.addField(OUTLET, o);
              d.addField(OUTLET_KEY, o.toLowerCase(Locale.ROOT));
              d.addField(FACET_OUTLET, o);
            });
    art.url().ifPresent(u -> d.addField(URL, u));
    art.published()
        .ifPresent(
            p -> {
              d.addField(PUBLISHED, p.toEpochDay());
              d.addField(FACET_YEAR, Integer.toString(p.getYear()));
            });
    Set<String> names = new LinkedHashSet<>();
    Set<String> ids = new LinkedHashSet<>();
    for (EntityMention m : a.entities()) {
      names.add(m.text());
      ids.add(m.entity());
      Entity e = entities.get(m.entity());
      if (e != null) {
        names.add(e.name());
        names.addAll(e.aliases());
      }
    }
    names.forEach(n -> d.addField(NAMES, n));
    ids.forEach(
        e -> {
          d.addField(ENTITY, e);
          d.addField(FACET_ENTITY, e);
        });
    Set<String> units = new LinkedHashSet<>();
    for (Figure f : a.figures()) {
      units.add(f.unit().isEmpty() ? UNIT_COUNT : f.unit());
    }
    units.forEach(u -> d.addField(FACET_UNIT, u));
    docs.add(d);

    int[] n = {0};
    for (Figure f : a.figures()) {
      addFigure(docs, id, f, n);
    }
    int k = 0;
    for (DateMention m : a.dates()) {
      SolrInputDocument x = item(id, TYPE_DATE, k++, m.text(), m.start(), m.end(), m.sentence());
      x.addField(ITEM_VALUE, m.value());
      if (m.startDate().isPresent() && m.endDate().isPresent()) {
        x.addField(DATE_START, m.startDate().get().toEpochDay());
        x.addField(DATE_END, m.endDate().get().toEpochDay());
      }
      docs.add(x);
    }
    k = 0;
    for (Quote q : a.quotes()) {
      SolrInputDocument x = item(id, TYPE_QUOTE, k++, q.text(), q.start(), q.end(), q.sentence());
      x.addField(ITEM_VALUE, q.speaker());
      if (!q.speaker().isEmpty()) {
        x.addField(QUOTE_SPEAKER, q.speaker());
      }
      if (!q.speakerEntity().isEmpty()) {
        x.addField(ENTITY, q.speakerEntity());
      }
      docs.add(x);
    }
    k = 0;
    for (EntityMention m : a.entities()) {
      SolrInputDocument x = item(id, TYPE_ENTITY, k++, m.text(), m.start(), m.end(), m.sentence());
      x.addField(ITEM_VALUE, m.entity());
      x.addField(ENTITY, m.entity());
      x.addField(NAMES, m.text());
      docs.add(x);
    }
    return docs;
  }

  /** A figure and, as documents of their own, the parts of a composite ("120 adults and 14 children"). */
  private static void addFigure(List<SolrInputDocument> docs, String id, Figure f, int[] n) {
    SolrInputDocument x = item(id, TYPE_FIGURE, n[0]++, f.text(), f.start(), f.end(), f.sentence());
    x.addField(ITEM_VALUE, Double.toString(f.value()));
    x.addField(FIG_VALUE, f.value());
    x.addField(FIG_LOWER, f.lower());
    x.addField(FIG_UPPER, f.upper());
    x.addField(FIG_UNIT, f.unit().isEmpty() ? UNIT_COUNT : f.unit());
    if (!f.counts().isEmpty()) {
      x.addField(FIG_COUNTS, f.counts());
    }
    if (!f.countsLemma().isEmpty()) {
      x.addField(FIG_COUNTS_LEMMA, f.countsLemma().toLowerCase(Locale.ROOT));
    }
    docs.add(x);
    for (Figure p : f.parts()) {
      addFigure(docs, id, p, n);
    }
  }

  private static SolrInputDocument item(String article, String type, int n, String text, int start, int end, int sentence) {
    SolrInputDocument x = new SolrInputDocument();
    x.addField(ID, article + "#" + type + "#" + n);
    x.addField(TYPE, type);
    x.addField(ARTICLE, article);
    x.addField(ITEM_TEXT, text);
    x.addField(START, start);
    x.addField(END, end);
    x.addField(SENTENCE, sentence);
    return x;
  }
}
