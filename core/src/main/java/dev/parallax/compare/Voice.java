package dev.parallax.compare;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * One speaker's share of voice in a story: how often each outlet quotes or paraphrases them, and
 * what each outlet attributes to them.
 *
 * <p>Immutable and thread-safe.
 *
 * @param story id of the story
 * @param speaker the speaker's name as most often written
 * @param speakerEntity canonical entity id, "" when the speaker is not a named entity
 * @param total number of quotes and paraphrases across outlets
 * @param byOutlet counts per outlet, outlets that quote the speaker only, most quoting first
 * @param quotes every attributed statement, ordered by article then offset; {@code detail} is the
 *     quote kind and reporting verb ("DIRECT say")
 */
@JsonPropertyOrder({"story", "speaker", "speakerEntity", "total", "byOutlet", "quotes"})
public record Voice(
    String story, String speaker, String speakerEntity, int total, List<OutletCount> byOutlet, List<Claim> quotes) {
  public Voice {
    Objects.requireNonNull(story, "story");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerEntity, "speakerEntity");
    byOutlet = List.copyOf(byOutlet);
    quotes = List.copyOf(quotes);
  }

  /**
   * How many statements one outlet attributes to a speaker.
   *
   * <p>Immutable and thread-safe.
   *
   * @param outlet the outlet label
   * @param count number of quotes and paraphrases
   */
  @JsonPropertyOrder({"outlet", "count"})
  public record OutletCount(String outlet, int count) {
    public OutletCount {
      Objects.requireNonNull(outlet, "outlet");
    }
  }
}
