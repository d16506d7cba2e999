package dev.parallax.entity;

/**
 * The kinds of named entity Parallax recognizes.
 *
 * <p>Immutable and thread-safe.
 */
public enum EntityType {
  /** A person. */
  PERSON,
  /** A company, agency, court, party, government body or other organization. */
  ORGANIZATION,
  /** A country, city, region or other place. */
  LOCATION,
  /** A building or installation: prison, stadium, airport, bridge. */
  FACILITY,
  /** A group of people: nationality or demonym (Brazilians), gang, militia. */
  GROUP
}
