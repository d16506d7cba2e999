package dev.parallax.framing;

/**
 * What a referent group is: a named entity, a group of people, a thing, or an event.
 *
 * <p>Immutable and thread-safe.
 */
public enum ReferentKind {
  /** A named person, organisation or place, grouped by canonical entity id or by name. */
  NAMED,
  /** An unnamed group of people ("the deportees", "the protesters"), grouped by referent class. */
  PEOPLE,
  /** An unnamed thing ("the prison", "the bill"), grouped by referent class. */
  THING,
  /** An event or action ("the deportations", "killed" vs. "died"), grouped by referent class. */
  EVENT
}
