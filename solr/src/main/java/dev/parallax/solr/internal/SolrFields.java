package dev.parallax.solr.internal;

/**
 * Every field name of the Solr configset, the same names as lucene-index's {@code Fields} (plus
 * {@code id}, Solr's unique key, and {@code date_start}/{@code date_end}, the two ends of
 * lucene-index's {@code date_range}). Keep in step with {@code configset/conf/schema.xml}.
 *
 * <p>Immutable and thread-safe (constants only).
 */
public final class SolrFields {
  private SolrFields() {}

  public static final String ID = "id";
  public static final String TYPE = "type";
  public static final String TYPE_ARTICLE = "article";
  public static final String TYPE_FIGURE = "figure";
  public static final String TYPE_DATE = "date";
  public static final String TYPE_QUOTE = "quote";
  public static final String TYPE_ENTITY = "entity";
  public static final String ARTICLE = "article";

  public static final String TEXT = "text";
  public static final String TITLE = "title";
  public static final String NAMES = "names";
  public static final String ENTITY = "entity";
  public static final String OUTLET = "outlet";
  public static final String OUTLET_KEY = "outlet_key";
  public static final String URL = "url";
  public static final String PUBLISHED = "published";
  public static final String FACET_OUTLET = "facet_outlet";
  public static final String FACET_ENTITY = "facet_entity";
  public static final String FACET_UNIT = "facet_unit";
  public static final String FACET_YEAR = "facet_year";

  public static final String ITEM_TEXT = "item_text";
  public static final String ITEM_VALUE = "item_value";
  public static final String START = "start";
  public static final String END = "end";
  public static final String SENTENCE = "sentence";
  public static final String FIG_VALUE = "fig_value";
  public static final String FIG_LOWER = "fig_lower";
  public static final String FIG_UPPER = "fig_upper";
  public static final String FIG_UNIT = "fig_unit";
  public static final String FIG_COUNTS = "fig_counts";
  public static final String FIG_COUNTS_LEMMA = "fig_counts_lemma";
  public static final String UNIT_COUNT = "count";
  public static final String DATE_START = "date_start";
  public static final String DATE_END = "date_end";
  public static final String QUOTE_SPEAKER = "quote_speaker";
  public static final String QUOTE_TEXT = "quote_text";
}
