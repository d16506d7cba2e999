package dev.parallax.framing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One outlet's framing statistics over its story sentences: stance, loaded language and policy frames.
 *
 * <p>Immutable and thread-safe.
 *
 * @param outlet outlet label (the article id when the outlet is unknown)
 * @param articles ids of its articles, in input order
 * @param sentences story sentences counted
 * @param excludedSentences sentences left out (boilerplate, related news, off-topic)
 * @param words story words (tokens that are not punctuation) counted for rates
 * @param stance hedged, attributed and bare claims
 * @param loaded loaded and evaluative language
 * @param frames one entry per policy frame, in {@link PolicyFrame} order
 */
@JsonPropertyOrder({"outlet", "articles", "sentences", "excludedSentences", "words", "stance", "loaded", "frames"})
public record OutletProfile(
    String outlet,
    List<String> articles,
    int sentences,
    int excludedSentences,
    int words,
    StanceSummary stance,
    LoadedLanguage loaded,
    List<FrameShare> frames) {
  public OutletProfile {
    Objects.requireNonNull(outlet, "outlet");
    articles = List.copyOf(articles);
    Objects.requireNonNull(stance, "stance");
    Objects.requireNonNull(loaded, "loaded");
    frames = List.copyOf(frames);
  }

  /** The share of one frame. */
  public FrameShare frame(PolicyFrame frame) {
    return frames.stream().filter(f -> f.frame() == frame).findFirst().orElseThrow();
  }

  /** The primary frame with the most sentences other than OTHER, if any sentence has a frame. */
  public Optional<PolicyFrame> dominantFrame() {
    FrameShare best = null;
    for (FrameShare f : frames) {
      if (f.frame() != PolicyFrame.OTHER && f.sentences() > 0 && (best == null || f.sentences() > best.sentences())) {
        best = f;
      }
    }
    return Optional.ofNullable(best).map(FrameShare::frame);
  }
}
