package dev.parallax.framing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One prose sentence of the story read as a claim, with its epistemic stance and the markers that set it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param article article id
 * @param outlet outlet label
 * @param sentence sentence index in the article
 * @param start UTF-16 offset of the sentence
 * @param end UTF-16 offset after the sentence
 * @param stance hedged, attributed or bare
 * @param markers hedge and attribution markers as written, in text order
 */
@JsonPropertyOrder({"article", "outlet", "sentence", "start", "end", "stance", "markers"})
public record Claim(String article, String outlet, int sentence, int start, int end, Stance stance, List<String> markers) {
  public Claim {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(stance, "stance");
    markers = List.copyOf(markers);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad claim span: " + start + ".." + end);
    }
  }
}
