package dev.parallax.solr;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Filters for {@link SolrCorpusIndexer#search}, with the meaning of lucene-index's {@code
 * SearchQuery}: every given filter must hold. Start from {@link #all()} and add filters.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text words in the text or title (English stemming, accents ignored), all required, in
 *     Lucene's simple query syntax
 * @param entity a canonical entity id or any of its names, accents and case ignored
 * @param figureMin smallest figure value ({@code -Infinity} for none); a figure matches when its
 *     interval overlaps {@code [figureMin, figureMax]}
 * @param figureMax largest figure value ({@code Infinity} for none)
 * @param publishedFrom first publication day, inclusive
 * @param publishedTo last publication day, inclusive
 * @param mentionedFrom first day a mentioned date must overlap
 * @param mentionedTo last day a mentioned date must overlap
 * @param outlet the outlet, case ignored
 * @param rows how many article ids to return, 1 to 10,000
 */
public record SolrSearch(
    Optional<String> text,
    Optional<String> entity,
    double figureMin,
    double figureMax,
    Optional<LocalDate> publishedFrom,
    Optional<LocalDate> publishedTo,
    Optional<LocalDate> mentionedFrom,
    Optional<LocalDate> mentionedTo,
    Optional<String> outlet,
    int rows) {

  public SolrSearch {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(publishedFrom, "publishedFrom");
    Objects.requireNonNull(publishedTo, "publishedTo");
    Objects.requireNonNull(mentionedFrom, "mentionedFrom");
    Objects.requireNonNull(mentionedTo, "mentionedTo");
    Objects.requireNonNull(outlet, "outlet");
    if (Double.isNaN(figureMin) || Double.isNaN(figureMax) || figureMin > figureMax) {
      throw new IllegalArgumentException("bad figure range: [" + figureMin + ", " + figureMax + "]");
    }
    if (rows < 1 || rows > 10_000) {
      throw new IllegalArgumentException("rows must be 1..10000: " + rows);
    }
  }

  /** Every article, up to 1,000 ids. */
  public static SolrSearch all() {
    return new SolrSearch(
        Optional.empty(),
        Optional.empty(),
        Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        1000);
  }

  /** True when a figure filter is set. */
  public boolean hasFigureFilter() {
    return figureMin != Double.NEGATIVE_INFINITY || figureMax != Double.POSITIVE_INFINITY;
  }

  public SolrSearch withText(String q) {
    return new SolrSearch(Optional.of(q), entity, figureMin, figureMax, publishedFrom, publishedTo, mentionedFrom, mentionedTo, outlet, rows);
  }

  public SolrSearch withEntity(String e) {
    return new SolrSearch(text, Optional.of(e), figureMin, figureMax, publishedFrom, publishedTo, mentionedFrom, mentionedTo, outlet, rows);
  }

  public SolrSearch withFigures(double min, double max) {
    return new SolrSearch(text, entity, min, max, publishedFrom, publishedTo, mentionedFrom, mentionedTo, outlet, rows);
  }

  /** Publication days from {@code from} to {@code to}; a null end is open. */
  public SolrSearch withPublished(LocalDate from, LocalDate to) {
    return new SolrSearch(text, entity, figureMin, figureMax, Optional.ofNullable(from), Optional.ofNullable(to), mentionedFrom, mentionedTo, outlet, rows);
  }

  /** Mentioned dates overlapping {@code from} to {@code to}; a null end is open. */
  public SolrSearch withMentioned(LocalDate from, LocalDate to) {
    return new SolrSearch(text, entity, figureMin, figureMax, publishedFrom, publishedTo, Optional.ofNullable(from), Optional.ofNullable(to), outlet, rows);
  }

  public SolrSearch withOutlet(String o) {
    return new SolrSearch(text, entity, figureMin, figureMax, publishedFrom, publishedTo, mentionedFrom, mentionedTo, Optional.of(o), rows);
  }

  public SolrSearch withRows(int n) {
    return new SolrSearch(text, entity, figureMin, figureMax, publishedFrom, publishedTo, mentionedFrom, mentionedTo, outlet, n);
  }
}
