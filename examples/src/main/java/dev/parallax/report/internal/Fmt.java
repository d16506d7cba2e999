package dev.parallax.report.internal;

import dev.parallax.figure.Figure;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Number and interval formatting for reports and exports. Stateless and thread-safe. */
public final class Fmt {
  private Fmt() {}

  /** A number without a needless ".0", grouped by thousands; infinities as ∞ and -∞. */
  public static String num(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "∞" : "-∞";
    }
    DecimalFormat f = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return f.format(v);
  }

  /** A number for machine-readable output: plain digits, "" for infinities. */
  public static String plain(double v) {
    if (!Double.isFinite(v)) {
      return "";
    }
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
  }

  /** The interval of a figure in math notation: {@code (200, ∞)}, {@code [10, 10]}. */
  public static String interval(Figure f) {
    return (f.lowerInclusive() && Double.isFinite(f.lower()) ? "[" : "(")
        + num(f.lower())
        + ", "
        + num(f.upper())
        + (f.upperInclusive() && Double.isFinite(f.upper()) ? "]" : ")");
  }
}
