package dev.parallax.internal.time;

/**
 * What a date expression says, before it is resolved against a publication date. Produced by
 * {@link Grammar}, turned into values and bounds by {@link Resolver}.
 *
 * <p>Immutable and thread-safe.
 */
sealed interface Expr {

  /** Calendar units that relative expressions count in. */
  enum Gran {
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR
  }

  /** An explicit "last", "next" or "this" in front of a name ("last Friday", "next May"). */
  enum Rel {
    NONE,
    LAST,
    THIS,
    NEXT
  }

  /** Which part of a period is meant ("early June", "the end of last year", "earlier this year"). */
  enum Part {
    WHOLE,
    EARLY,
    MID,
    LATE,
    /** From the start of the period up to the publication date. */
    EARLIER,
    /** From the publication date to the end of the period. */
    LATER
  }

  /**
   * A year given absolutely ({@code abs}), relative to the publication year ({@code rel}), or not
   * at all.
   */
  record YearRef(boolean absolute, boolean relative, int value) {
    static final YearRef NONE = new YearRef(false, false, 0);

    static YearRef abs(int year) {
      return new YearRef(true, false, year);
    }

    static YearRef rel(int offset) {
      return new YearRef(false, true, offset);
    }

    boolean given() {
      return absolute || relative;
    }
  }

  /** "March 3, 2024", "3 March", "Feb 26". */
  record Day(YearRef year, int month, int day) implements Expr {}

  /** "July 2018", "in May", "last September". */
  record Month(YearRef year, int month, Rel rel) implements Expr {}

  /** "2019", "the year 2000". */
  record Year(int year) implements Expr {}

  /** "today", "yesterday", "this week", "last year", "next month", "last quarter", "two years ago". */
  record Relative(Gran gran, int offset) implements Expr {}

  /** "Friday", "last Friday", "next Monday". {@code dow} is ISO (Monday = 1). */
  record Weekday(int dow, Rel rel) implements Expr {}

  /** "the weekend", "last weekend", "this weekend". */
  record Weekend(Rel rel) implements Expr {}

  /** "Q3 2024", "the third quarter", "the first quarter of last year". */
  record Quarter(YearRef year, int quarter) implements Expr {}

  /** "the first half of 2024", "H2". */
  record Half(YearRef year, int half) implements Expr {}

  /** "spring", "the summer of 2009"; {@code code} is SP, SU, FA or WI. */
  record Season(YearRef year, String code, Rel rel) implements Expr {}

  /** "the 1990s": {@code first} is the first year (1990). */
  record Decade(int first) implements Expr {}

  /** "the 19th century": {@code ordinal} is 19. */
  record Century(int ordinal) implements Expr {}

  /** "fiscal 2008", "FY2008". */
  record Fiscal(int year) implements Expr {}

  /** A part of a period: "early June", "mid-2019", "the end of last year", "earlier this year". */
  record Partial(Expr inner, Part part) implements Expr {}

  /** A day with a time or part of day: "16:15 UTC", "Friday morning", "3 p.m. Monday". */
  record Time(Expr day, int hour, int minute, boolean utc, String partOfDay) implements Expr {
    boolean hasClock() {
      return partOfDay.isEmpty();
    }
  }

  /** A duration with its TIMEX3 value ("P3Y", "PT2H", "PXY"). */
  record Duration(String value, int amount, Gran gran, int direction) implements Expr {}

  /** A recurrence: "each year", "annual", "weekly". */
  record Recurrence(String value) implements Expr {}

  /** "the day" in "ended the day", "for the day": the day last named in the article, else the publication day. */
  record SameDay() implements Expr {}

  /** "since May": from the start of {@code from} to the publication date. */
  record Since(Expr from) implements Expr {}

  /** "between 2019 and 2021", "from March to May", "2018-19". */
  record Between(Expr from, Expr to) implements Expr {}
}
