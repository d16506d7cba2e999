package dev.parallax.solr.internal;

import static dev.parallax.solr.internal.SolrFields.*;

import dev.parallax.AnalyzedArticle;
import dev.parallax.article.Article;
import dev.parallax.entity.Entity;
import dev.parallax.entity.EntityMention;
import dev.parallax.figure.Figure;
import dev.parallax.quote.Quote;
import dev.parallax.time.DateMention;
import java.time.LocalDate;
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
 * and replaced together through the {@code article} field. Stateless and thread-safe.
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
              d.addField(OUTLET_KEY, key(o));
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
      names.addAll(namesOf(m, entities));
      if (!m.entity().isEmpty()) {
        ids.add(m.entity());
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
      addUnits(units, f);
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
      if (m.startDate().isPresent()) {
        long from = m.startDate().get().toEpochDay();
        x.addField(DATE_START, from);
        x.addField(DATE_END, m.endDate().map(LocalDate::toEpochDay).orElse(from));
      }
      docs.add(x);
    }
    k = 0;
    for (Quote q : a.quotes()) {
      SolrInputDocument x = item(id, TYPE_QUOTE, k++, q.text(), q.start(), q.end(), q.sentence());
      x.addField(QUOTE_TEXT, q.text());
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
      if (!m.entity().isEmpty()) {
        x.addField(ENTITY, m.entity());
      }
      namesOf(m, entities).forEach(nm -> x.addField(NAMES, nm));
      docs.add(x);
    }
    return docs;
  }

  /** A figure and, as documents of their own, the parts of a composite ("120 adults and 14 children"). */
  private static void addFigure(List<SolrInputDocument> docs, String id, Figure f, int[] n) {
    SolrInputDocument x = item(id, TYPE_FIGURE, n[0]++, f.text(), f.start(), f.end(), f.sentence());
    x.addField(ITEM_VALUE, Double.toString(f.value()));
    x.addField(FIG_VALUE, f.value());
    // An open end is stored as the next double inside the interval, so range tests stay closed.
    x.addField(FIG_LOWER, f.lowerInclusive() ? f.lower() : Math.nextUp(f.lower()));
    x.addField(FIG_UPPER, f.upperInclusive() ? f.upper() : Math.nextDown(f.upper()));
    x.addField(FIG_UNIT, key(unitLabel(f.unit())));
    if (!f.counts().isEmpty()) {
      x.addField(FIG_COUNTS, f.counts());
    }
    if (!f.countsLemma().isEmpty()) {
      x.addField(FIG_COUNTS_LEMMA, key(f.countsLemma()));
    }
    docs.add(x);
    for (Figure p : f.parts()) {
      addFigure(docs, id, p, n);
    }
  }

  /** The names a mention stands for: its text, its entity's name and aliases, and the words of the id's slug. */
  private static Set<String> namesOf(EntityMention m, Map<String, Entity> entities) {
    Set<String> out = new LinkedHashSet<>();
    out.add(m.text());
    if (m.entity().isEmpty()) {
      return out;
    }
    Entity e = entities.get(m.entity());
    if (e != null) {
      out.add(e.name());
      out.addAll(e.aliases());
    }
    String slug = m.entity().substring(m.entity().indexOf(':') + 1);
    if (!slug.isBlank()) {
      out.add(slug.replace('-', ' ').replace('_', ' '));
    }
    return out;
  }

  private static void addUnits(Set<String> units, Figure f) {
    units.add(unitLabel(f.unit()));
    for (Figure p : f.parts()) {
      addUnits(units, p);
    }
  }

  /** The label of a unit: "" (a plain count) becomes {@code count}. */
  static String unitLabel(String unit) {
    return unit.isBlank() ? UNIT_COUNT : unit.strip();
  }

  /** Exact-match key: stripped and lowercased, as lucene-index keys outlets, units and lemmas. */
  static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
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
