package dev.parallax.report.internal;

/** A fixed, colour-blind-friendly palette for series and labels. Stateless and thread-safe. */
public final class Palette {
  private static final String[] COLORS = {
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000", "#999999", "#7F3C8D"
  };

  private Palette() {}

  /** The colour for series number {@code i} (cycling). */
  public static String color(int i) {
    return COLORS[Math.floorMod(i, COLORS.length)];
  }
}
