package dev.parallax.framing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.parallax.internal.framing.FramingRenderer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How outlets frame the same story, side by side: the labels each outlet gives the story's people, groups,
 * things and events; which outlets hedge and which assert; loaded language; policy frames; and lexicon-based
 * tone toward key referents. Every finding carries evidence (article, offsets, sentence). Lists are in a
 * deterministic order: outlets in input order, referents by number of outlets then mentions then id.
 *
 * <p>Immutable and thread-safe.
 *
 * @param method one-line description of how the report was computed
 * @param outlets per-outlet statistics, in input order
 * @param referents referent groups with each outlet's labels
 * @param hedgingOutlets outlets whose stance verdict is HEDGES, in outlet order
 * @param assertingOutlets outlets whose stance verdict is ASSERTS, in outlet order
 * @param mostLoadedOutlet the outlet with the highest rate of loaded and evaluative words, "" when none has any
 * @param tone lexicon-based tone of each outlet toward the key referents
 * @param claims every story sentence with its stance, in input order
 * @param excluded sentences left out of all statistics, in input order
 */
@JsonPropertyOrder({
  "method", "outlets", "referents", "hedgingOutlets", "assertingOutlets", "mostLoadedOutlet", "tone", "claims",
  "excluded"
})
public record FramingReport(
    String method,
    List<OutletProfile> outlets,
    List<Referent> referents,
    List<String> hedgingOutlets,
    List<String> assertingOutlets,
    String mostLoadedOutlet,
    List<EntityTone> tone,
    List<Claim> claims,
    List<ExcludedSentence> excluded) {
  public FramingReport {
    Objects.requireNonNull(method, "method");
    outlets = List.copyOf(outlets);
    referents = List.copyOf(referents);
    hedgingOutlets = List.copyOf(hedgingOutlets);
    assertingOutlets = List.copyOf(assertingOutlets);
    Objects.requireNonNull(mostLoadedOutlet, "mostLoadedOutlet");
    tone = List.copyOf(tone);
    claims = List.copyOf(claims);
    excluded = List.copyOf(excluded);
  }

  /** The statistics of one outlet, if it is in the report. */
  public Optional<OutletProfile> outlet(String outlet) {
    return outlets.stream().filter(o -> o.outlet().equals(outlet)).findFirst();
  }

  /** The referent group with this id, if present. */
  public Optional<Referent> referent(String id) {
    return referents.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The report as plain-text tables for a terminal. */
  public String toText() {
    return FramingRenderer.text(this);
  }

  /** The report as Markdown tables; text taken from articles is escaped. */
  public String toMarkdown() {
    return FramingRenderer.markdown(this);
  }
}
