package dev.parallax.index;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What to search for. Every filter is optional and all given filters must hold; with none, every
 * article matches. Build one with {@link #builder()}.
 *
 * <pre>{@code
 * SearchQuery q = SearchQuery.builder().entity("Zoë Müller").figures(200, 300).counting("workers").build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param text words in the article text or title (English stemming, accents ignored); {@code +}
 *     {@code |} {@code -} and {@code "phrases"} work as in Lucene's simple query syntax; all words are
 *     required by default
 * @param entity a canonical entity id or any of its names, accents and case ignored
 * @param figures figures the article must state
 * @param published days the article must be published in
 * @param mentioned days a date mentioned in the article must overlap
 * @param outlet the outlet, case ignored
 * @param page 0-based page number
 * @param pageSize hits per page, 1 to 1000
 */
public record SearchQuery(
    Optional<String> text,
    Optional<String> entity,
    Optional<Figures> figures,
    Optional<Days> published,
    Optional<Days> mentioned,
    Optional<String> outlet,
    int page,
    int pageSize) {

  /** Largest accepted page size. */
  public static final int MAX_PAGE_SIZE = 1000;

  /**
   * A figure filter: an interval of values, and optionally what is counted and the unit. A figure
   * matches when its interval overlaps {@code [min, max]} (so "more than 200" overlaps 200–300), or,
   * with {@code within}, when it lies entirely inside.
   *
   * <p>Immutable and thread-safe.
   *
   * @param min smallest value, {@code Double.NEGATIVE_INFINITY} for none
   * @param max largest value, {@code Double.POSITIVE_INFINITY} for none
   * @param counting what is counted ("people", "workers"), matched with English stemming
   * @param unit the unit ("USD", "percent", "count" for plain counts)
   * @param within true to require the figure's whole interval inside the range
   */
  public record Figures(double min, double max, Optional<String> counting, Optional<String> unit, boolean within) {
    public Figures {
      Objects.requireNonNull(counting, "counting");
      Objects.requireNonNull(unit, "unit");
      if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
        throw new IllegalArgumentException("bad figure range: [" + min + ", " + max + "]");
      }
    }
  }

  /**
   * An inclusive range of days; either end may be open.
   *
   * <p>Immutable and thread-safe.
   *
   * @param from first day, if bounded
   * @param to last day (inclusive), if bounded
   */
  public record Days(Optional<LocalDate> from, Optional<LocalDate> to) {
    public Days {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
        throw new IllegalArgumentException("bad day range: " + from.get() + " > " + to.get());
      }
    }

    /** Days from {@code from} to {@code to}; a null end is open. */
    public static Days between(LocalDate from, LocalDate to) {
      return new Days(Optional.ofNullable(from), Optional.ofNullable(to));
    }
  }

  public SearchQuery {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(figures, "figures");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(mentioned, "mentioned");
    Objects.requireNonNull(outlet, "outlet");
    if (page < 0) {
      throw new IllegalArgumentException("page must be >= 0: " + page);
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("pageSize must be 1.." + MAX_PAGE_SIZE + ": " + pageSize);
    }
    if ((long) page * pageSize > Integer.MAX_VALUE - MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("page too deep: " + page + " x " + pageSize);
    }
  }

  /** Starts a query that matches every article; first page of 10. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SearchQuery}. Each setter checks its argument at once; blank strings mean "no
   * filter".
   *
   * <p>Not thread-safe; use one per thread.
   */
  public static final class Builder {
    private String text;
    private String entity;
    private Double min;
    private Double max;
    private String counting;
    private String unit;
    private boolean within;
    private Days published;
    private Days mentioned;
    private String outlet;
    private int page;
    private int pageSize = 10;

    private Builder() {}

    /** Words in the text or title. */
    public Builder text(String text) {
      this.text = blankToNull(text);
      return this;
    }

    /** A canonical entity id or any of its names. */
    public Builder entity(String entity) {
      this.entity = blankToNull(entity);
      return this;
    }

    /** Figures whose interval overlaps {@code [min, max]}. */
    public Builder figures(double min, double max) {
      if (Double.isNaN(min) || Double.isNaN(max) || min > max) {
        throw new IllegalArgumentException("bad figure range: [" + min + ", " + max + "]");
      }
      this.min = min;
      this.max = max;
      return this;
    }

    /** Figures of at least {@code min}, no upper limit. */
    public Builder figuresAtLeast(double min) {
      return figures(min, Double.POSITIVE_INFINITY);
    }

    /** Figures of at most {@code max}, no lower limit. */
    public Builder figuresAtMost(double max) {
      return figures(Double.NEGATIVE_INFINITY, max);
    }

    /** Only figures whose whole interval lies inside the range. */
    public Builder figuresWithin(boolean within) {
      this.within = within;
      return this;
    }

    /** Only figures counting this noun ("people", "workers"). */
    public Builder counting(String noun) {
      this.counting = blankToNull(noun);
      return this;
    }

    /** Only figures with this unit ("USD", "percent", "count"). */
    public Builder unit(String unit) {
      this.unit = blankToNull(unit);
      return this;
    }

    /** Articles published between {@code from} and {@code to} inclusive; a null end is open. */
    public Builder published(LocalDate from, LocalDate to) {
      this.published = from == null && to == null ? null : Days.between(from, to);
      return this;
    }

    /** Articles mentioning a date that overlaps {@code from} to {@code to}; a null end is open. */
    public Builder mentioned(LocalDate from, LocalDate to) {
      this.mentioned = from == null && to == null ? null : Days.between(from, to);
      return this;
    }

    /** Articles of this outlet (case ignored). */
    public Builder outlet(String outlet) {
      this.outlet = blankToNull(outlet);
      return this;
    }

    /** The 0-based page and its size. */
    public Builder page(int page, int pageSize) {
      if (page < 0) {
        throw new IllegalArgumentException("page must be >= 0: " + page);
      }
      if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        throw new IllegalArgumentException("pageSize must be 1.." + MAX_PAGE_SIZE + ": " + pageSize);
      }
      this.page = page;
      this.pageSize = pageSize;
      return this;
    }

    /** Builds the query; a counting or unit filter without a range matches figures of any value. */
    public SearchQuery build() {
      Optional<Figures> figures = Optional.empty();
      if (min != null || counting != null || unit != null) {
        figures =
            Optional.of(
                new Figures(
                    min == null ? Double.NEGATIVE_INFINITY : min,
                    max == null ? Double.POSITIVE_INFINITY : max,
                    Optional.ofNullable(counting),
                    Optional.ofNullable(unit),
                    within));
      }
      return new SearchQuery(
          Optional.ofNullable(text),
          Optional.ofNullable(entity),
          figures,
          Optional.ofNullable(published),
          Optional.ofNullable(mentioned),
          Optional.ofNullable(outlet),
          page,
          pageSize);
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }
  }
}
