package dev.parallax.entity;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One mention of a named entity in one article, linked to its canonical {@link Entity}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param article id of the article
 * @param text exact text, {@code articleText.substring(start, end)}
 * @param type the entity type
 * @param entity canonical entity id, shared across all articles of a corpus
 * @param start UTF-16 offset of the first character
 * @param end UTF-16 offset after the last character
 * @param sentence index of the sentence
 * @param role title or role given in this mention ("Secretary of State", "former mayor"), "" when none
 */
@JsonPropertyOrder({"article", "text", "type", "entity", "start", "end", "sentence", "role"})
public record EntityMention(
    String article, String text, EntityType type, String entity, int start, int end, int sentence, String role) {
  public EntityMention {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(role, "role");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span: " + start + ".." + end);
    }
  }

  /** A copy linked to another canonical entity. */
  public EntityMention withEntity(String entityId, EntityType newType) {
    return new EntityMention(article, text, newType, entityId, start, end, sentence, role);
  }
}
