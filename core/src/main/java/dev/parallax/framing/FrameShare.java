package dev.parallax.framing;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * How many of an outlet's story sentences take one policy frame as their primary frame.
 *
 * <p>Immutable and thread-safe.
 *
 * @param frame the frame
 * @param sentences sentences whose primary frame it is
 * @param share sentences / all story sentences of the outlet
 * @param cues frame cues found in those sentences, most frequent first
 * @param examples first sentences in text order (at most two)
 */
@JsonPropertyOrder({"frame", "sentences", "share", "cues", "examples"})
public record FrameShare(PolicyFrame frame, int sentences, double share, List<TermCount> cues, List<Evidence> examples) {
  public FrameShare {
    Objects.requireNonNull(frame, "frame");
    cues = List.copyOf(cues);
    examples = List.copyOf(examples);
  }
}
