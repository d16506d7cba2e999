package dev.parallax.index.internal;

import dev.parallax.AnalyzedArticle;
import dev.parallax.article.Article;
import dev.parallax.entity.EntityMention;
import dev.parallax.figure.Figure;
import dev.parallax.quote.Quote;
import dev.parallax.time.DateMention;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.EmptyTokenStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * Turns an analysed article into its Lucene documents: its items first, the article document last
 * (one block, all sharing the article id).
 *
 * <p>Immutable and thread-safe.
 */
public final class Documents {
  private Documents() {}

  /** Stored, tokenized, with offsets in the postings so highlighting needs no re-analysis. */
  static final FieldType TEXT_WITH_OFFSETS;

  /** Tokenized filter fields (names, counted nouns, quotes): positions for phrases, no norms (never scored by length). */
  static final FieldType FILTER_TEXT;

  /** The body's schema without storage, for the empty body of item documents (see {@link #noTokens}). */
  static final FieldType EMPTY_TEXT;

  /** The title's schema without storage, for an empty title (see {@link #noTokens}). */
  static final FieldType EMPTY_TITLE;

  static {
    FieldType t = new FieldType(TextField.TYPE_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    TEXT_WITH_OFFSETS = t;
    FieldType f = new FieldType(TextField.TYPE_NOT_STORED);
    f.setOmitNorms(true);
    f.freeze();
    FILTER_TEXT = f;
    FieldType e = new FieldType(TEXT_WITH_OFFSETS);
    e.setStored(false);
    e.freeze();
    EMPTY_TEXT = e;
    FieldType et = new FieldType(TextField.TYPE_STORED);
    et.setStored(false);
    et.freeze();
    EMPTY_TITLE = et;
  }

  /**
   * The documents of one article.
   *
   * @param a the analysed article
   * @param aliases more names per canonical entity id (from corpus-wide resolution); may be empty
   * @param analyzer the index's analyzer (the writer's), which analyses the names once per article
   */
  public static List<Document> of(AnalyzedArticle a, Map<String, ? extends Collection<String>> aliases, Analyzer analyzer) {
    NameTokens tokens = new NameTokens(analyzer);
    Article art = a.article();
    String id = art.id();
    List<Document> docs = new ArrayList<>(1 + a.figures().size() + a.dates().size() + a.quotes().size() + a.entities().size());
    Set<String> units = new LinkedHashSet<>();
    for (Figure f : a.figures()) {
      addFigure(docs, id, f, units);
    }
    for (DateMention d : a.dates()) {
      docs.add(date(id, d));
    }
    for (Quote q : a.quotes()) {
      docs.add(quote(id, q));
    }
    Set<String> entityIds = new LinkedHashSet<>();
    Set<String> names = new LinkedHashSet<>();
    for (EntityMention m : a.entities()) {
      Set<String> mentionNames = new LinkedHashSet<>();
      mentionNames.add(m.text());
      if (!m.entity().isEmpty()) {
        entityIds.add(m.entity());
        mentionNames.addAll(namesOf(m.entity(), aliases));
      }
      names.addAll(mentionNames);
      docs.add(mention(id, m, mentionNames, tokens));
    }
    docs.add(article(art, entityIds, names, units, tokens));
    return docs;
  }

  /** Names an entity id stands for: its corpus aliases and the words of its slug. */
  static Set<String> namesOf(String entityId, Map<String, ? extends Collection<String>> aliases) {
    Set<String> out = new LinkedHashSet<>();
    Collection<String> known = aliases.get(entityId);
    if (known != null) {
      out.addAll(known);
    }
    int colon = entityId.indexOf(':');
    String slug = colon >= 0 ? entityId.substring(colon + 1) : entityId;
    if (!slug.isBlank()) {
      out.add(slug.replace('-', ' ').replace('_', ' '));
    }
    return out;
  }

  private static Document article(Article art, Set<String> entityIds, Set<String> names, Set<String> units, NameTokens tokens) {
    Document d = common(art.id(), Fields.TYPE_ARTICLE);
    d.add(new Field(Fields.TEXT, art.text(), TEXT_WITH_OFFSETS));
    art.title().ifPresentOrElse(
        t -> d.add(new TextField(Fields.TITLE, t, Field.Store.YES)),
        () -> d.add(new Field(Fields.TITLE, new EmptyTokenStream(), EMPTY_TITLE)));
    art.outlet()
        .ifPresent(
            o -> {
              d.add(new StoredField(Fields.OUTLET, o));
              d.add(new StringField(Fields.OUTLET_KEY, key(o), Field.Store.NO));
              d.add(new SortedSetDocValuesField(Fields.FACET_OUTLET, new BytesRef(o)));
            });
    art.url().ifPresent(u -> d.add(new StoredField(Fields.URL, u)));
    art.published()
        .ifPresent(
            p -> {
              long day = p.toEpochDay();
              d.add(new LongPoint(Fields.PUBLISHED, day));
              d.add(new NumericDocValuesField(Fields.PUBLISHED, day));
              d.add(new StoredField(Fields.PUBLISHED, day));
              d.add(new SortedSetDocValuesField(Fields.FACET_YEAR, new BytesRef(Integer.toString(p.getYear()))));
            });
    for (String e : entityIds) {
      d.add(new StringField(Fields.ENTITY, e, Field.Store.NO));
      d.add(new SortedSetDocValuesField(Fields.FACET_ENTITY, new BytesRef(e)));
    }
    tokens.addTo(d, names);
    for (String u : units) {
      d.add(new SortedSetDocValuesField(Fields.FACET_UNIT, new BytesRef(u)));
    }
    return d;
  }

  private static void addFigure(List<Document> docs, String id, Figure f, Set<String> units) {
    Document d = common(id, Fields.TYPE_FIGURE);
    span(d, f.text(), f.start(), f.end(), f.sentence());
    d.add(new StoredField(Fields.ITEM_VALUE, number(f.value())));
    d.add(new DoublePoint(Fields.FIG_VALUE, f.value()));
    // Open bounds are stored as the next representable double, so range tests stay closed.
    d.add(new DoublePoint(Fields.FIG_LOWER, f.lowerInclusive() ? f.lower() : Math.nextUp(f.lower())));
    d.add(new DoublePoint(Fields.FIG_UPPER, f.upperInclusive() ? f.upper() : Math.nextDown(f.upper())));
    String unit = unitLabel(f.unit());
    units.add(unit);
    d.add(new StringField(Fields.FIG_UNIT, key(unit), Field.Store.YES));
    if (!f.counts().isEmpty()) {
      d.add(new Field(Fields.FIG_COUNTS, f.counts(), FILTER_TEXT));
    }
    if (!f.countsLemma().isEmpty()) {
      d.add(new StringField(Fields.FIG_COUNTS_LEMMA, key(f.countsLemma()), Field.Store.NO));
    }
    docs.add(d);
    for (Figure part : f.parts()) {
      addFigure(docs, id, part, units);
    }
  }

  private static Document date(String id, DateMention m) {
    Document d = common(id, Fields.TYPE_DATE);
    span(d, m.text(), m.start(), m.end(), m.sentence());
    d.add(new StoredField(Fields.ITEM_VALUE, m.value()));
    if (m.startDate().isPresent()) {
      long from = m.startDate().get().toEpochDay();
      long to = m.endDate().map(x -> x.toEpochDay()).orElse(from);
      d.add(new LongRange(Fields.DATE_RANGE, new long[] {from}, new long[] {to}));
    }
    return d;
  }

  private static Document quote(String id, Quote q) {
    Document d = common(id, Fields.TYPE_QUOTE);
    span(d, q.text(), q.start(), q.end(), q.sentence());
    d.add(new Field(Fields.QUOTE_TEXT, q.text(), FILTER_TEXT));
    d.add(new StoredField(Fields.ITEM_VALUE, q.speaker()));
    if (!q.speaker().isEmpty()) {
      d.add(new Field(Fields.QUOTE_SPEAKER, q.speaker(), FILTER_TEXT));
    }
    if (!q.speakerEntity().isEmpty()) {
      d.add(new StringField(Fields.ENTITY, q.speakerEntity(), Field.Store.NO));
    }
    return d;
  }

  private static Document mention(String id, EntityMention m, Set<String> names, NameTokens tokens) {
    Document d = common(id, Fields.TYPE_ENTITY);
    span(d, m.text(), m.start(), m.end(), m.sentence());
    d.add(new StoredField(Fields.ITEM_VALUE, m.entity()));
    if (!m.entity().isEmpty()) {
      d.add(new StringField(Fields.ENTITY, m.entity(), Field.Store.NO));
    }
    tokens.addTo(d, names);
    return d;
  }

  private static Document common(String articleId, String type) {
    Document d = new Document();
    if (!type.equals(Fields.TYPE_ARTICLE)) {
      noTokens(d);
    }
    d.add(new StringField(Fields.TYPE, type, Field.Store.YES));
    d.add(new StringField(Fields.ARTICLE, articleId, Field.Store.YES));
    d.add(new SortedDocValuesField(Fields.ARTICLE, new BytesRef(articleId)));
    return d;
  }

  /**
   * Adds the scored fields (body and title) with no words. Every document then has a norm for
   * them (0, never read: an empty field matches nothing and does not count in the field's
   * statistics), so Lucene stores their norms densely; sparse norms made every flush and merge scan
   * the norms once per term, a tenth of the indexing time.
   */
  private static void noTokens(Document d) {
    d.add(new Field(Fields.TEXT, new EmptyTokenStream(), EMPTY_TEXT));
    d.add(new Field(Fields.TITLE, new EmptyTokenStream(), EMPTY_TITLE));
  }

  private static void span(Document d, String text, int start, int end, int sentence) {
    d.add(new StoredField(Fields.ITEM_TEXT, text));
    d.add(new StoredField(Fields.START, start));
    d.add(new StoredField(Fields.END, end));
    d.add(new StoredField(Fields.SENTENCE, sentence));
  }

  /** The facet and filter label of a unit: "" (a plain count) becomes {@value Fields#UNIT_COUNT}. */
  public static String unitLabel(String unit) {
    return unit.isBlank() ? Fields.UNIT_COUNT : unit.strip();
  }

  /** Exact-match key: lowercased (root locale) and stripped. */
  public static String key(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  /** A number as people write it: {@code 1500}, not {@code 1500.0}. */
  public static String number(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "Infinity" : "-Infinity";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return Double.toString(v);
  }
}
