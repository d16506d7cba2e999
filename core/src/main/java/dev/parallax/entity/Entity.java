package dev.parallax.entity;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * A real-world referent resolved across the articles of a corpus: "José Luis Martínez",
 * "Jose Luis Martinez" and "Martínez" in different outlets become one entity.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id stable canonical id, derived from the display name and type (e.g. {@code
 *     person:jose-martinez})
 * @param name display name: the longest well-formed name used
 * @param type entity type
 * @param aliases every distinct surface form, sorted
 * @param articles ids of the articles that mention it, sorted
 */
@JsonPropertyOrder({"id", "name", "type", "aliases", "articles"})
public record Entity(String id, String name, EntityType type, List<String> aliases, List<String> articles) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    articles = List.copyOf(articles);
  }
}
