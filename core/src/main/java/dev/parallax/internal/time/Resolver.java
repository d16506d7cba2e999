package dev.parallax.internal.time;

import dev.parallax.internal.time.Expr.Gran;
import dev.parallax.internal.time.Expr.Part;
import dev.parallax.internal.time.Expr.Rel;
import dev.parallax.internal.time.Expr.YearRef;
import dev.parallax.time.DateMention;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * Turns an {@link Expr} into a TIMEX3 value, inclusive calendar bounds and the anchor used,
 * resolving relative expressions against the publication date (see docs/dates.md for the rules).
 * Without a publication date relative expressions get an underspecified value ({@code XXXX-05})
 * and no bounds.
 *
 * <p>Immutable and thread-safe.
 */
final class Resolver {

  /** The result for one expression. */
  record Resolved(
      String value, DateMention.Type type, Optional<LocalDate> start, Optional<LocalDate> end, String anchor) {}

  /** A resolved point or period; {@code start}/{@code end} are null when unknown. */
  private record Pt(String value, LocalDate start, LocalDate end, boolean usesPub, boolean unresolved) {
    static Pt abs(String value, LocalDate start, LocalDate end) {
      return new Pt(value, start, end, false, false);
    }

    static Pt rel(String value, LocalDate start, LocalDate end) {
      return new Pt(value, start, end, true, false);
    }

    static Pt unresolved(String value) {
      return new Pt(value, null, null, true, true);
    }
  }

  private final LocalDate pub;

  Resolver(Optional<LocalDate> published) {
    this.pub = published.orElse(null);
  }

  /** Resolves an expression; empty when it names no real date (February 30). */
  Optional<Resolved> resolve(Expr e, Tense tense) {
    try {
      return Optional.ofNullable(resolveOrNull(e, tense));
    } catch (DateTimeException ex) {
      return Optional.empty();
    }
  }

  private Resolved resolveOrNull(Expr e, Tense tense) {
    if (e instanceof Expr.Duration d) {
      if (d.direction() != 0 && d.amount() > 0 && d.gran() != null) {
        if (pub == null) {
          return new Resolved(d.value(), DateMention.Type.DURATION, Optional.empty(), Optional.empty(), "unresolved");
        }
        LocalDate other = shift(pub, d.gran(), d.direction() * d.amount());
        LocalDate s = d.direction() < 0 ? other : pub;
        LocalDate t = d.direction() < 0 ? pub : other;
        return new Resolved(d.value(), DateMention.Type.DURATION, Optional.of(s), Optional.of(t), anchor(true, false));
      }
      return new Resolved(d.value(), DateMention.Type.DURATION, Optional.empty(), Optional.empty(), "absolute");
    }
    if (e instanceof Expr.Recurrence r) {
      return new Resolved(r.value(), DateMention.Type.SET, Optional.empty(), Optional.empty(), "absolute");
    }
    if (e instanceof Expr.Since s) {
      Pt from = point(s.from(), Tense.PAST);
      if (from == null) {
        return null;
      }
      String to = pub == null ? "XXXX-XX-XX" : pub.toString();
      LocalDate end = pub != null && from.start != null && !pub.isBefore(from.start) ? pub : null;
      return new Resolved(from.value + "/" + to, DateMention.Type.INTERVAL, Optional.ofNullable(from.start),
          Optional.ofNullable(end), anchor(true, pub == null));
    }
    if (e instanceof Expr.Between b) {
      Expr[] pair = shareYear(b.from(), b.to());
      Pt a = point(pair[0], tense);
      if (a == null) {
        return null;
      }
      Pt c = pair[1] instanceof Expr.Month m && !m.year().given() && a.start != null
          ? monthAfter(m.month(), a.start)
          : point(pair[1], tense);
      if (c == null) {
        return null;
      }
      LocalDate s = a.start;
      LocalDate t = c.end;
      if (s != null && t != null && t.isBefore(s)) {
        t = null;
      }
      return new Resolved(a.value + "/" + c.value, DateMention.Type.INTERVAL, Optional.ofNullable(s),
          Optional.ofNullable(t), anchor(a.usesPub || c.usesPub, a.unresolved || c.unresolved));
    }
    Pt p = point(e, tense);
    if (p == null) {
      return null;
    }
    DateMention.Type type = e instanceof Expr.Time ? DateMention.Type.TIME : DateMention.Type.DATE;
    return new Resolved(p.value, type, Optional.ofNullable(p.start), Optional.ofNullable(p.end),
        anchor(p.usesPub, p.unresolved));
  }

  private String anchor(boolean usesPub, boolean unresolved) {
    if (unresolved || usesPub && pub == null) {
      return "unresolved";
    }
    return usesPub ? "publication:" + pub : "absolute";
  }

  /** "from March to May 2020": the year given once applies to both ends. */
  private static Expr[] shareYear(Expr a, Expr b) {
    if (a instanceof Expr.Month ma && !ma.year().given() && ma.rel() == Rel.NONE && b instanceof Expr.Month mb
        && mb.year().absolute()) {
      int y = ma.month() <= mb.month() ? mb.year().value() : mb.year().value() - 1;
      return new Expr[] {new Expr.Month(YearRef.abs(y), ma.month(), Rel.NONE), b};
    }
    if (a instanceof Expr.Day da && !da.year().given() && b instanceof Expr.Day db && db.year().absolute()) {
      int y = da.month() <= db.month() ? db.year().value() : db.year().value() - 1;
      return new Expr[] {new Expr.Day(YearRef.abs(y), da.month(), da.day()), b};
    }
    if (a instanceof Expr.Month ma && ma.year().absolute() && b instanceof Expr.Month mb && !mb.year().given()) {
      int y = mb.month() >= ma.month() ? ma.year().value() : ma.year().value() + 1;
      return new Expr[] {a, new Expr.Month(YearRef.abs(y), mb.month(), Rel.NONE)};
    }
    return new Expr[] {a, b};
  }

  private Pt monthAfter(int month, LocalDate from) {
    int y = month >= from.getMonthValue() ? from.getYear() : from.getYear() + 1;
    LocalDate s = LocalDate.of(y, month, 1);
    return Pt.rel(String.format("%04d-%02d", y, month), s, s.with(TemporalAdjusters.lastDayOfMonth()));
  }

  // ------------------------------------------------------------------ points

  private Pt point(Expr e, Tense tense) {
    if (e instanceof Expr.Day d) {
      return day(d, tense);
    }
    if (e instanceof Expr.Month m) {
      return month(m, tense);
    }
    if (e instanceof Expr.Year y) {
      return year(y.year(), false);
    }
    if (e instanceof Expr.Relative r) {
      return relative(r.gran(), r.offset());
    }
    if (e instanceof Expr.Weekday w) {
      return weekday(w, tense);
    }
    if (e instanceof Expr.Weekend w) {
      return weekend(w.rel(), tense);
    }
    if (e instanceof Expr.Quarter q) {
      return quarter(q, tense);
    }
    if (e instanceof Expr.Half h) {
      Integer y = year(h.year());
      if (y == null) {
        return h.year().given() ? Pt.unresolved("XXXX-H" + h.half()) : null;
      }
      LocalDate s = LocalDate.of(y, h.half() == 1 ? 1 : 7, 1);
      return new Pt(y + "-H" + h.half(), s, s.plusMonths(6).minusDays(1), h.year().relative(), false);
    }
    if (e instanceof Expr.Season s) {
      return season(s, tense);
    }
    if (e instanceof Expr.Decade d) {
      return Pt.abs(String.format("%03dX", d.first() / 10), LocalDate.of(d.first(), 1, 1),
          LocalDate.of(d.first() + 9, 12, 31));
    }
    if (e instanceof Expr.Century c) {
      int first = (c.ordinal() - 1) * 100;
      return Pt.abs(String.format("%02dXX", c.ordinal() - 1), LocalDate.of(Math.max(first, 1), 1, 1),
          LocalDate.of(first + 99, 12, 31));
    }
    if (e instanceof Expr.Fiscal f) {
      return Pt.abs("FY" + f.year(), null, null);
    }
    if (e instanceof Expr.Partial p) {
      return partial(p, tense);
    }
    if (e instanceof Expr.Time t) {
      return time(t, tense);
    }
    return null;
  }

  /**
   * The year (publication year or one either side) whose period, starting at {@code start(year)}
   * and lasting {@code months}, is closest to the publication date; ties go to the earlier one.
   */
  private int nearestYear(java.util.function.IntFunction<LocalDate> start, int months) {
    int best = pub.getYear();
    long bestDistance = Long.MAX_VALUE;
    for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
      LocalDate s = start.apply(y);
      LocalDate e = s.plusMonths(months).minusDays(1);
      long d = pub.isBefore(s) ? ChronoUnit.DAYS.between(pub, s) : pub.isAfter(e) ? ChronoUnit.DAYS.between(e, pub) : 0;
      if (d < bestDistance) {
        bestDistance = d;
        best = y;
      }
    }
    return best;
  }

  private static String date(LocalDate d) {
    return d.toString();
  }

  private Pt day(Expr.Day d, Tense tense) {
    Integer y = year(d.year());
    if (y != null) {
      LocalDate x = LocalDate.of(y, d.month(), d.day());
      return new Pt(date(x), x, x, d.year().relative(), false);
    }
    if (d.year().given() || pub == null) {
      LocalDate.of(2000, d.month(), d.day()); // validates February 30
      return Pt.unresolved(String.format("XXXX-%02d-%02d", d.month(), d.day()));
    }
    LocalDate best = null;
    for (int dy = -1; dy <= 1; dy++) {
      LocalDate c;
      try {
        c = LocalDate.of(pub.getYear() + dy, d.month(), d.day());
      } catch (DateTimeException ex) {
        continue; // February 29 in a common year
      }
      if (tense == Tense.FUTURE && c.isBefore(pub)) {
        continue;
      }
      // past tense prefers the past date unless the coming one is more than twice as close
      long dist = Math.abs(ChronoUnit.DAYS.between(pub, c)) * (tense == Tense.PAST && c.isAfter(pub) ? 2 : 1);
      long bestDist = best == null ? Long.MAX_VALUE
          : Math.abs(ChronoUnit.DAYS.between(pub, best)) * (tense == Tense.PAST && best.isAfter(pub) ? 2 : 1);
      if (dist < bestDist) {
        best = c;
      }
    }
    if (best == null) {
      return null;
    }
    return Pt.rel(date(best), best, best);
  }

  /** The year a reference names, or null when it needs a missing publication date or is absent. */
  private Integer year(YearRef r) {
    if (r.absolute()) {
      return r.value();
    }
    if (r.relative() && pub != null) {
      return pub.getYear() + r.value();
    }
    return null;
  }

  private Pt month(Expr.Month m, Tense tense) {
    Integer y = year(m.year());
    boolean usesPub = !m.year().absolute();
    if (y == null) {
      if (pub == null) {
        return Pt.unresolved(String.format("XXXX-%02d", m.month()));
      }
      int pm = pub.getMonthValue();
      int py = pub.getYear();
      switch (m.rel()) {
        case LAST:
          y = m.month() < pm ? py : py - 1;
          break;
        case NEXT:
          y = m.month() > pm ? py : py + 1;
          break;
        case THIS:
          y = py;
          break;
        default:
          if (tense == Tense.PRESENT) {
            y = nearestYear(yy -> LocalDate.of(yy, m.month(), 1), 1);
          } else {
            y = tense == Tense.FUTURE ? (m.month() >= pm ? py : py + 1) : (m.month() <= pm ? py : py - 1);
          }
      }
    }
    LocalDate s = LocalDate.of(y, m.month(), 1);
    return new Pt(String.format("%04d-%02d", y, m.month()), s, s.with(TemporalAdjusters.lastDayOfMonth()), usesPub,
        false);
  }

  private static Pt year(int y, boolean usesPub) {
    return new Pt(String.format("%04d", y), LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), usesPub, false);
  }

  private static String week(LocalDate d) {
    return String.format("%04d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static LocalDate shift(LocalDate d, Gran g, int n) {
    switch (g) {
      case DAY:
        return d.plusDays(n);
      case WEEK:
        return d.plusWeeks(n);
      case MONTH:
        return d.plusMonths(n);
      case QUARTER:
        return d.plusMonths(3L * n);
      default:
        return d.plusYears(n);
    }
  }

  private Pt relative(Gran g, int offset) {
    if (pub == null) {
      switch (g) {
        case DAY:
          return Pt.unresolved("XXXX-XX-XX");
        case WEEK:
          return Pt.unresolved("XXXX-WXX");
        case MONTH:
          return Pt.unresolved("XXXX-XX");
        case QUARTER:
          return Pt.unresolved("XXXX-QX");
        default:
          return Pt.unresolved("XXXX");
      }
    }
    LocalDate d = shift(pub, g, offset);
    switch (g) {
      case DAY:
        return Pt.rel(date(d), d, d);
      case WEEK: {
        LocalDate s = d.with(DayOfWeek.MONDAY);
        return Pt.rel(week(d), s, s.plusDays(6));
      }
      case MONTH: {
        LocalDate s = d.withDayOfMonth(1);
        return Pt.rel(String.format("%04d-%02d", d.getYear(), d.getMonthValue()), s,
            s.with(TemporalAdjusters.lastDayOfMonth()));
      }
      case QUARTER:
        return quarterPt(d.getYear(), (d.getMonthValue() - 1) / 3 + 1, true);
      default:
        return year(d.getYear(), true);
    }
  }

  private Pt weekday(Expr.Weekday w, Tense tense) {
    if (pub == null) {
      return Pt.unresolved("XXXX-WXX-" + w.dow());
    }
    int p = pub.getDayOfWeek().getValue();
    LocalDate d;
    switch (w.rel()) {
      case LAST:
        d = pub.minusDays(p > w.dow() ? p - w.dow() : 7 - (w.dow() - p));
        break;
      case NEXT:
        d = pub.plusDays(w.dow() > p ? w.dow() - p : 7 - (p - w.dow()));
        break;
      case THIS:
        d = pub.plusDays(w.dow() - p);
        break;
      default:
        if (w.dow() == p) {
          d = pub;
        } else if (tense == Tense.FUTURE) {
          d = pub.plusDays(w.dow() > p ? w.dow() - p : 7 - (p - w.dow()));
        } else {
          d = pub.minusDays(p > w.dow() ? p - w.dow() : 7 - (w.dow() - p));
        }
    }
    return Pt.rel(date(d), d, d);
  }

  private Pt weekend(Rel rel, Tense tense) {
    if (pub == null) {
      return Pt.unresolved("XXXX-WXX-WE");
    }
    LocalDate sat = pub.with(DayOfWeek.SATURDAY); // Saturday of the publication's ISO week
    boolean inWeekend = pub.getDayOfWeek().getValue() >= 6;
    LocalDate s;
    switch (rel) {
      case LAST:
        s = sat.minusWeeks(1);
        break;
      case NEXT:
        s = inWeekend ? sat.plusWeeks(1) : sat;
        break;
      default:
        s = inWeekend || tense == Tense.FUTURE || rel == Rel.THIS && tense == Tense.PRESENT ? sat : sat.minusWeeks(1);
    }
    return Pt.rel(week(s) + "-WE", s, s.plusDays(1));
  }

  private Pt quarterPt(int y, int q, boolean usesPub) {
    LocalDate s = LocalDate.of(y, 3 * (q - 1) + 1, 1);
    return new Pt(y + "-Q" + q, s, s.plusMonths(3).minusDays(1), usesPub, false);
  }

  private Pt quarter(Expr.Quarter q, Tense tense) {
    Integer y = year(q.year());
    if (y != null) {
      return quarterPt(y, q.quarter(), q.year().relative());
    }
    if (pub == null || q.year().given()) {
      return Pt.unresolved("XXXX-Q" + q.quarter());
    }
    int cur = (pub.getMonthValue() - 1) / 3 + 1;
    int py = pub.getYear();
    int yy;
    if (tense == Tense.FUTURE) {
      yy = q.quarter() >= cur ? py : py + 1;
    } else if (tense == Tense.PAST) {
      yy = q.quarter() < cur ? py : py - 1;
    } else {
      yy = nearestYear(y0 -> LocalDate.of(y0, 3 * (q.quarter() - 1) + 1, 1), 3);
    }
    return quarterPt(yy, q.quarter(), true);
  }

  private static LocalDate seasonStart(int y, String code) {
    switch (code) {
      case "SP":
        return LocalDate.of(y, 3, 1);
      case "SU":
        return LocalDate.of(y, 6, 1);
      case "FA":
        return LocalDate.of(y, 9, 1);
      default:
        return LocalDate.of(y, 12, 1);
    }
  }

  private Pt seasonPt(int y, String code, boolean usesPub) {
    LocalDate s = seasonStart(y, code);
    return new Pt(y + "-" + code, s, s.plusMonths(3).minusDays(1), usesPub, false);
  }

  private Pt season(Expr.Season s, Tense tense) {
    Integer y = year(s.year());
    if (y != null) {
      return seasonPt(y, s.code(), s.year().relative());
    }
    if (pub == null || s.year().given()) {
      return Pt.unresolved("XXXX-" + s.code());
    }
    Pt best = null;
    for (int dy = -2; dy <= 1; dy++) {
      Pt c = seasonPt(pub.getYear() + dy, s.code(), true);
      boolean ok;
      switch (s.rel()) {
        case LAST:
          ok = c.end.isBefore(pub);
          break;
        case NEXT:
          ok = c.start.isAfter(pub);
          break;
        case THIS:
          ok = s.code().equals("WI") && pub.getMonthValue() <= 2 ? dy == -1 : dy == 0;
          break;
        default:
          ok = tense == Tense.FUTURE ? !c.end.isBefore(pub) : !c.start.isAfter(pub);
      }
      if (!ok) {
        continue;
      }
      boolean later = s.rel() == Rel.NEXT || s.rel() == Rel.NONE && tense == Tense.FUTURE;
      if (best == null || !later && c.start.isAfter(best.start)) {
        best = c;
      }
    }
    return best;
  }

  private Pt partial(Expr.Partial p, Tense tense) {
    Pt in = point(p.inner(), tense);
    if (in == null || in.start == null) {
      return in;
    }
    LocalDate s = in.start;
    LocalDate t = in.end;
    Part part = p.part();
    if (part == Part.EARLIER || part == Part.LATER) {
      if (pub == null) {
        return new Pt(in.value, null, null, true, true);
      }
      if (!pub.isBefore(s) && !pub.isAfter(t)) {
        if (part == Part.EARLIER) {
          t = pub;
        } else {
          s = pub;
        }
      }
      return new Pt(in.value, s, t, true, false);
    }
    if (part == Part.WHOLE || s.equals(t)) {
      return in;
    }
    long months = ChronoUnit.MONTHS.between(s, t.plusDays(1));
    boolean monthAligned = s.getDayOfMonth() == 1 && t.plusDays(1).getDayOfMonth() == 1 && months % 3 == 0;
    if (monthAligned) {
      long third = months / 3;
      long k = part == Part.EARLY ? 0 : part == Part.MID ? 1 : 2;
      LocalDate ns = s.plusMonths(third * k);
      return new Pt(in.value, ns, ns.plusMonths(third).minusDays(1), in.usesPub, in.unresolved);
    }
    long days = ChronoUnit.DAYS.between(s, t) + 1;
    long third = days / 3;
    if (third == 0) {
      return in;
    }
    LocalDate ns;
    LocalDate ne;
    if (part == Part.EARLY) {
      ns = s;
      ne = s.plusDays(third - 1);
    } else if (part == Part.MID) {
      ns = s.plusDays(third);
      ne = s.plusDays(2 * third - 1);
    } else {
      ns = s.plusDays(2 * third);
      ne = t;
    }
    return new Pt(in.value, ns, ne, in.usesPub, in.unresolved);
  }

  private Pt time(Expr.Time t, Tense tense) {
    Expr dayExpr = t.day() == null ? new Expr.Relative(Gran.DAY, 0) : t.day();
    Pt day = point(dayExpr, tense);
    if (day == null) {
      return null;
    }
    String suffix = t.hasClock() ? String.format("T%02d:%02d%s", t.hour(), t.minute(), t.utc() ? "Z" : "")
        : t.partOfDay();
    return new Pt(day.value + suffix, day.start, day.end, day.usesPub, day.unresolved);
  }
}
