package dev.parallax.figure;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.parallax.internal.json.FiniteOrNull;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A number stated in an article, read as an interval: "over 300 protesters" is {@code (300, ∞)}
 * people of the kind "protesters"; "40 nurses and 12 doctors" is a composite of 52 with two
 * parts. Unbounded ends are infinite in Java and {@code null} in JSON.
 *
 * <p>Intervals: EXACT is {@code [v, v]}; APPROXIMATE ("about", "around", "some", "an estimated")
 * is {@code [0.9v, 1.1v]}, and "nearly"/"almost" is {@code [0.9v, v)}; MORE_THAN is {@code (v, ∞)};
 * AT_LEAST {@code [v, ∞)}; LESS_THAN {@code [0, v)}; AT_MOST {@code [0, v]}; RANGE is the closed
 * stated range with the midpoint as value; VAGUE uses fixed intervals with the lower end as value
 * ("hundreds" {@code [200, 1000)}, "thousands" {@code [2000, 10^6)}, "tens of thousands" {@code
 * [20000, 100000)}, "dozens" {@code [24, 100)}, "several" {@code [3, 10)}, "a few" {@code [2, 5]}).
 * Money is in whole currency units (cents are divided by 100); fractions ("a third") have unit
 * "fraction".
 *
 * <p>Composition: coordinated counts of the same kind ("40 nurses and 12 doctors") are reported
 * once, as a composite whose span covers both parts, whose value is the sum and whose {@code parts}
 * are the stated figures; the parts are not repeated in the article's figure list. A stated total
 * right before its parts ("52 staff: 40 nurses and 12 doctors") keeps its own span and value and
 * lists the parts; it is told apart from a computed composite by its span not covering the parts.
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
 * @param counts what is counted: the counted noun phrase ("striking dock workers"), "" when unknown
 * @param countsLemma head lemma of {@code counts} ("worker"), "" when unknown
 * @param kind what sort of number this is
 * @param change direction of a change figure ("rose 5%"), or NONE
 * @param predicate lemma of the verb or event the figure belongs to ("evacuate", "kill"), "" when none
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

  /** What sort of number a figure is. Immutable and thread-safe. */
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

  /** Direction of a change figure ("rose 5%", "down 2.1%"). Immutable and thread-safe. */
  public enum Change {
    /** Not a change figure. */
    NONE,
    /** An increase. */
    UP,
    /** A decrease. */
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
