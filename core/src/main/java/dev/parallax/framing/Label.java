package dev.parallax.framing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One way an outlet names a referent: the noun phrase or verb phrase as written ("alleged looters",
 * "a retired teacher", "were killed"), with its head, its modifiers and every place it was used.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the label, lower-cased except for proper nouns, determiners and numbers left out
 * @param head lemma of the head word
 * @param modifiers the words before the head, in text order
 * @param hedged number of uses that carry a hedge ("alleged", "accused of", "reportedly")
 * @param count number of uses
 * @param evidence every use, in text order
 */
@JsonPropertyOrder({"text", "head", "modifiers", "hedged", "count", "evidence"})
public record Label(String text, String head, List<String> modifiers, int hedged, int count, List<Evidence> evidence) {
  public Label {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(head, "head");
    modifiers = List.copyOf(modifiers);
    evidence = List.copyOf(evidence);
    if (count < 1 || hedged < 0 || hedged > count) {
      throw new IllegalArgumentException("bad counts: count=" + count + " hedged=" + hedged);
    }
  }
}
