package dev.parallax.internal.entity;

/**
 * Whether a string is the name of a place in the shipped gazetteer (a country, a country's other
 * name, a region or a city), for the gold readers of the evaluation.
 *
 * <p>Stateless and thread-safe.
 */
public final class PlaceNames {
  private PlaceNames() {}

  /** True when {@code name} is a listed place or another name of a listed country ("U.K."). */
  public static boolean isPlace(String name) {
    Gazetteers g = Gazetteers.english();
    return g.place(name) != null || g.countryCanonical(name) != null;
  }
}
