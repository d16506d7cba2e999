package dev.parallax.report.internal;

import dev.parallax.report.Shares;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Hand-written inline SVG charts: intervals on a number line, and stacked bars per outlet. Every
 * label is escaped; the SVG uses no scripts, links or external resources. Stateless and
 * thread-safe.
 */
public final class Svg {
  private static final int WIDTH = 920;
  private static final int LEFT = 190;
  private static final int RIGHT = 30;

  private Svg() {}

  /**
   * One interval to draw on a number line.
   *
   * @param row the row label (outlet)
   * @param label the figure's text, shown above the interval
   * @param lower lower end, may be -∞
   * @param upper upper end, may be +∞
   * @param lowerInclusive closed lower end
   * @param upperInclusive closed upper end
   * @param value the stated value
   */
  public record Interval(
      String row, String label, double lower, double upper, boolean lowerInclusive, boolean upperInclusive, double value) {}

  /** A number line with one row per outlet; open-ended intervals end in arrows at the edge. */
  public static String numberLine(String title, List<Interval> intervals) {
    Map<String, List<Interval>> rows = new LinkedHashMap<>();
    for (Interval iv : intervals) {
      rows.computeIfAbsent(iv.row(), k -> new ArrayList<>()).add(iv);
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (Interval iv : intervals) {
      for (double v : new double[] {iv.lower(), iv.upper(), iv.value()}) {
        if (Double.isFinite(v)) {
          min = Math.min(min, v);
          max = Math.max(max, v);
        }
      }
    }
    if (!Double.isFinite(min)) {
      min = 0;
      max = 1;
    }
    if (max - min < 1e-9) {
      double pad = Math.max(1, Math.abs(max) * 0.2);
      min -= pad;
      max += pad;
    }
    double span = max - min;
    double lo = min - span * 0.12;
    double hi = max + span * 0.12;
    if (min >= 0 && lo < 0) {
      lo = 0;
    }
    int top = 34;
    int height = top + 34;
    for (List<Interval> ivs : rows.values()) {
      height += rowHeight(ivs.size());
    }
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"chart numberline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"")
        .append(Esc.attr(title))
        .append("\">");
    s.append("<title>").append(Esc.html(title)).append("</title>");
    s.append(text(8, 18, Esc.html(title), "start", "title"));
    int axisY = height - 26;
    double x0 = LEFT;
    double x1 = WIDTH - RIGHT;
    s.append(line(x0, axisY, x1, axisY, "#444", 1));
    for (double t : ticks(lo, hi, 6)) {
      double x = scale(t, lo, hi, x0, x1);
      s.append(line(x, axisY, x, axisY + 5, "#444", 1));
      s.append(line(x, top - 6, x, axisY, "#e4e4e4", 1));
      s.append(text(x, axisY + 18, Esc.html(Fmt.num(t)), "middle", "tick"));
    }
    int r = 0;
    double y0 = top;
    for (Map.Entry<String, List<Interval>> e : rows.entrySet()) {
      String color = Palette.color(r);
      List<Interval> ivs = e.getValue();
      int rowH = rowHeight(ivs.size());
      s.append(text(LEFT - 10, y0 + rowH / 2.0 + 4, Esc.html(clip(e.getKey(), 26)), "end", "row"));
      double step = 22;
      int k = 0;
      for (Interval iv : ivs) {
        double y = y0 + rowH / 2.0 + 6 + (k - (ivs.size() - 1) / 2.0) * step;
        boolean openLeft = !Double.isFinite(iv.lower());
        boolean openRight = !Double.isFinite(iv.upper());
        double xa = openLeft ? x0 : scale(iv.lower(), lo, hi, x0, x1);
        double xb = openRight ? x1 : scale(iv.upper(), lo, hi, x0, x1);
        s.append("<g class=\"interval\"><title>")
            .append(Esc.html(e.getKey() + ": \u201C" + iv.label() + "\u201D " + bracket(iv)))
            .append("</title>");
        s.append(line(xa, y, xb, y, color, 4));
        if (openLeft) {
          s.append(arrow(xa, y, -1, color));
        } else {
          s.append(end(xa, y, iv.lowerInclusive(), color));
        }
        if (openRight) {
          s.append(arrow(xb, y, 1, color));
        } else if (xb - xa > 0.5) {
          s.append(end(xb, y, iv.upperInclusive(), color));
        }
        if (Double.isFinite(iv.value()) && iv.lower() != iv.upper()) {
          double xv = scale(iv.value(), lo, hi, x0, x1);
          s.append(
              String.format(
                  Locale.ROOT,
                  "<path d=\"M%.1f %.1fl5 5 -5 5 -5 -5z\" fill=\"#fff\" stroke=\"%s\" stroke-width=\"1.5\"/>",
                  xv,
                  y - 5,
                  color));
        }
        {
          s.append(text(Math.min(Math.max(xa, x0 + 4), x1 - 160), y - 8, Esc.html(clip(iv.label(), 40)), "start", "lbl"));
        }
        s.append("</g>");
        k++;
      }
      y0 += rowH;
      r++;
    }
    s.append("</svg>");
    return s.toString();
  }

  private static int rowHeight(int intervals) {
    return Math.max(46, 24 + 22 * intervals);
  }

  /** One 100% stacked bar per row, with a legend; labels are coloured consistently across rows. */
  public static String stackedBars(Shares shares) {
    LinkedHashSet<String> labels = new LinkedHashSet<>();
    for (Shares.Row row : shares.rows()) {
      labels.addAll(row.values().keySet());
    }
    List<String> legend = new ArrayList<>(labels);
    int rowH = 30;
    int top = 34;
    int legendRows = (legend.size() + 3) / 4;
    int height = top + shares.rows().size() * rowH + 14 + legendRows * 20 + 8;
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"chart bars\" xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-label=\"")
        .append(Esc.attr(shares.title()))
        .append("\">");
    s.append("<title>").append(Esc.html(shares.title())).append("</title>");
    s.append(text(8, 18, Esc.html(shares.title() + " (" + shares.unit() + ")"), "start", "title"));
    double x0 = LEFT;
    double x1 = WIDTH - RIGHT - 60;
    int r = 0;
    for (Shares.Row row : shares.rows()) {
      double y = top + r * rowH;
      s.append(text(LEFT - 10, y + 17, Esc.html(clip(row.outlet(), 26)), "end", "row"));
      double total = row.total();
      double x = x0;
      if (total <= 0) {
        s.append(text(x0 + 4, y + 17, "none", "start", "tick"));
      } else {
        for (Map.Entry<String, Double> e : row.values().entrySet()) {
          double w = (x1 - x0) * e.getValue() / total;
          if (w <= 0) {
            continue;
          }
          String color = Palette.color(legend.indexOf(e.getKey()));
          s.append(
              String.format(
                  Locale.ROOT,
                  "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"22\" fill=\"%s\" stroke=\"#fff\"><title>",
                  x,
                  y + 2,
                  w,
                  color));
          s.append(
                  Esc.html(
                      row.outlet()
                          + " \u2014 "
                          + e.getKey()
                          + ": "
                          + Fmt.num(e.getValue())
                          + " "
                          + shares.unit()
                          + String.format(Locale.ROOT, " (%.0f%%)", 100 * e.getValue() / total)))
              .append("</title></rect>");
          if (w > 38) {
            s.append(
                text(
                    x + w / 2,
                    y + 17,
                    String.format(Locale.ROOT, "%.0f%%", 100 * e.getValue() / total),
                    "middle",
                    "in"));
          }
          x += w;
        }
        s.append(text(x1 + 6, y + 17, Esc.html(Fmt.num(total)), "start", "tick"));
      }
      r++;
    }
    double ly = top + shares.rows().size() * rowH + 14;
    for (int i = 0; i < legend.size(); i++) {
      double lx = 8 + (i % 4) * 225.0;
      double yy = ly + (i / 4) * 20.0;
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"12\" height=\"12\" fill=\"%s\"/>",
              lx,
              yy,
              Palette.color(i)));
      s.append(text(lx + 17, yy + 10, Esc.html(clip(legend.get(i), 30)), "start", "tick"));
    }
    s.append("</svg>");
    return s.toString();
  }

  static List<Double> ticks(double lo, double hi, int n) {
    double raw = (hi - lo) / n;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = mag;
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * mag >= raw) {
        step = m * mag;
        break;
      }
    }
    List<Double> out = new ArrayList<>();
    for (double t = Math.ceil(lo / step) * step; t <= hi + 1e-9 && out.size() < 50; t += step) {
      out.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
    }
    return out;
  }

  private static String bracket(Interval iv) {
    return (iv.lowerInclusive() && Double.isFinite(iv.lower()) ? "[" : "(")
        + Fmt.num(iv.lower())
        + ", "
        + Fmt.num(iv.upper())
        + (iv.upperInclusive() && Double.isFinite(iv.upper()) ? "]" : ")");
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
  }

  private static double scale(double v, double lo, double hi, double x0, double x1) {
    return x0 + (v - lo) / (hi - lo) * (x1 - x0);
  }

  private static String line(double xa, double ya, double xb, double yb, String color, double w) {
    return String.format(
        Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"/>",
        xa,
        ya,
        xb,
        yb,
        color,
        w);
  }

  private static String arrow(double x, double y, int dir, String color) {
    return String.format(
        Locale.ROOT,
        "<path class=\"arrow\" d=\"M%.1f %.1fl%d -7v14z\" fill=\"%s\"/>",
        x + dir * 8,
        y,
        -dir * 12,
        color);
  }

  private static String end(double x, double y, boolean closed, String color) {
    return String.format(
        Locale.ROOT,
        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\" stroke=\"%s\" stroke-width=\"2\"/>",
        x,
        y,
        closed ? color : "#fff",
        color);
  }

  /** {@code content} must already be escaped. */
  private static String text(double x, double y, String content, String anchor, String cls) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" class=\"%s\">%s</text>",
        x,
        y,
        anchor,
        cls,
        content);
  }
}
