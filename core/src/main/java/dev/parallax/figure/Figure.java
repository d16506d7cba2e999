package dev.parallax.figure;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.parallax.internal.json.FiniteOrNull;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A number stated in an article, read as an interval: "over 200 Venezuelans" is {@code (200, ∞)}
 * people of the kind "Venezuelans"; "238 Venezuelans and 23 Salvadorans" is a composite of 261
 * with two parts. Unbounded ends are infinite in Java and {@code null} in JSON.
 *
 * <p>Immutable and thread-safe.
 *
 * @param article id of the article
 * @param text the exact text of the figure, {@code articleText.substring(start, end)}
 * @param value the stated (or, for a composite, summed) value
 * @param lower lower end of the interval, {@code Double.NEGATIVE_INFINITY} when unbounded
 * @param upper upper end of the interval, {@code Double.POSITIVE_INFINITY} when unbounded
 * @param lowerInclusive whether {@code lower} itself is included
 * @param upperInclusive whether {@code upper} itself is included
 * @param qualifier how the stated number relates to the quantity
 * @param unit the unit: an ISO currency code ("USD"), "percent", a measure ("km"), or "" for a count
 * @param counts what is counted: the counted noun phrase ("Venezuelan immigrants"), "" when unknown
 * @param countsLemma head lemma of {@code counts} ("immigrant"), "" when unknown
 * @param kind what sort of number this is
 * @param change direction of a change figure ("rose 5%"), or NONE
 * @param predicate lemma of the verb or event the figure belongs to ("deport", "kill"), "" when none
 * @param start UTF-16 offset of the first character
 * @param end UTF-16 offset after the last character
 * @param sentence index of the sentence
 * @param parts the parts of a composite figure, empty otherwise
 * @param source who the figure is attributed to ("officials"), when it is in reported speech
 * @param entities canonical ids (or surface names before resolution) of entities in the same clause
 */
@JsonPropertyOrder({
  "article", "text", "value", "lower", "upper", "lowerInclusive", "upperInclusive", "qualifier",
  "unit", "counts", "countsLemma", "kind", "change", "predicate", "start", "end", "sentence",
  "parts", "source", "entities"
})
public record Figure(
    String article,
    String text,
    @JsonSerialize(using = FiniteOrNull.class) double value,
    @JsonSerialize(using = FiniteOrNull.class) double lower,
    @JsonSerialize(using = FiniteOrNull.class) double upper,
    boolean lowerInclusive,
    boolean upperInclusive,
    Qualifier qualifier,
    String unit,
    String counts,
    String countsLemma,
    Kind kind,
    Change change,
    String predicate,
    int start,
    int end,
    int sentence,
    List<Figure> parts,
    Optional<String> source,
    List<String> entities) {

  /** What sort of number a figure is. */
  public enum Kind {
    /** A count of things or people. */
    COUNT,
    /** An amount of money. */
    MONEY,
    /** A percentage or percentage points. */
    PERCENT,
    /** A physical or other measure with a unit (km, tonnes, hours). */
    MEASURE,
    /** A plain number whose kind could not be told. */
    NUMBER
  }

  /** Direction of a change figure. */
  public enum Change {
    NONE,
    UP,
    DOWN
  }

  public Figure {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(qualifier, "qualifier");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(countsLemma, "countsLemma");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(change, "change");
    Objects.requireNonNull(predicate, "predicate");
    Objects.requireNonNull(source, "source");
    parts = List.copyOf(parts);
    entities = List.copyOf(entities);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span: " + start + ".." + end);
    }
    if (Double.isNaN(value) || Double.isNaN(lower) || Double.isNaN(upper) || lower > upper) {
      throw new IllegalArgumentException("bad interval: [" + lower + ", " + upper + "] value " + value);
    }
  }

  /** True when this figure is the sum of stated parts. */
  public boolean isComposite() {
    return !parts.isEmpty();
  }

  /** Width of the interval (infinite when unbounded). */
  public double width() {
    return upper - lower;
  }
}
