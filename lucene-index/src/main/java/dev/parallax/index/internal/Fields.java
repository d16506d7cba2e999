package dev.parallax.index.internal;

/**
 * Every field name of the index, in one place. Each article is one document of type {@link
 * #TYPE_ARTICLE}; each extracted item (figure, date, quote, entity mention) is one more document
 * carrying the id of its article in {@link #ARTICLE}, so an update by article id replaces them all.
 *
 * <p>Immutable and thread-safe (constants only).
 */
public final class Fields {
  private Fields() {}

  /** Schema version stored in the commit user data. */
  public static final String SCHEMA_VERSION = "1";

  // ---- every document ----
  /** Document type: one of the TYPE_* values (indexed, doc values). */
  public static final String TYPE = "type";

  public static final String TYPE_ARTICLE = "article";
  public static final String TYPE_FIGURE = "figure";
  public static final String TYPE_DATE = "date";
  public static final String TYPE_QUOTE = "quote";
  public static final String TYPE_ENTITY = "entity";

  /** Id of the article a document belongs to (indexed, stored, sorted doc values). */
  public static final String ARTICLE = "article";

  // ---- article documents ----
  /** Article body, English analyzer, offsets in postings for highlighting (stored). */
  public static final String TEXT = "text";
  /** Headline, English analyzer (stored). */
  public static final String TITLE = "title";
  /** Entity surface forms and aliases, ASCII-folded and lowercased; also on mention documents. */
  public static final String NAMES = "names";
  /** Canonical entity ids (exact); on articles, mentions and quotes (speaker). */
  public static final String ENTITY = "entity";
  /** Outlet as written (stored). */
  public static final String OUTLET = "outlet";
  /** Outlet lowercased, for exact case-insensitive filtering. */
  public static final String OUTLET_KEY = "outlet_key";
  public static final String URL = "url";
  /** Publication date as epoch day: point, doc values and stored. */
  public static final String PUBLISHED = "published";

  /** Facet dimensions (sorted-set doc values on article documents). */
  public static final String FACET_OUTLET = "facet_outlet";
  public static final String FACET_ENTITY = "facet_entity";
  public static final String FACET_UNIT = "facet_unit";
  public static final String FACET_YEAR = "facet_year";

  // ---- item documents ----
  /** Exact text of the item (stored only). */
  public static final String ITEM_TEXT = "item_text";
  /** Item value as a string: figure number, TIMEX value, speaker or entity id (stored). */
  public static final String ITEM_VALUE = "item_value";
  public static final String START = "start";
  public static final String END = "end";
  public static final String SENTENCE = "sentence";

  /** Figure value, lower and upper bounds (double points; bounds may be infinite). */
  public static final String FIG_VALUE = "fig_value";
  public static final String FIG_LOWER = "fig_lower";
  public static final String FIG_UPPER = "fig_upper";
  /** Figure unit; "" (a count) is indexed as {@link #UNIT_COUNT}. */
  public static final String FIG_UNIT = "fig_unit";
  /** Counted noun phrase (English analyzer) and its head lemma (exact, lowercased). */
  public static final String FIG_COUNTS = "fig_counts";
  public static final String FIG_COUNTS_LEMMA = "fig_counts_lemma";

  /** The unit label used for plain counts. */
  public static final String UNIT_COUNT = "count";

  /** Day range of a resolved date mention, as an epoch-day LongRange. */
  public static final String DATE_RANGE = "date_range";

  /** Quoted words (English analysis, not stored: the stored copy is {@link #ITEM_TEXT}). */
  public static final String QUOTE_TEXT = "quote_text";

  /** Quote speaker as written (names analysis). */
  public static final String QUOTE_SPEAKER = "quote_speaker";

  // ---- commit user data ----
  public static final String COMMIT_SCHEMA = "parallax.schema";
  public static final String COMMIT_SOURCE = "parallax.cursor.source";
  public static final String COMMIT_NEXT = "parallax.cursor.next";
}
