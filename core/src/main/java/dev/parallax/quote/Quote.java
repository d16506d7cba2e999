package dev.parallax.quote;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * A quotation or paraphrase attributed to a speaker: {@code The mayor said the plan was a
 * "bold step"}, {@code according to officials, ...}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param article id of the article
 * @param text the quoted or paraphrased content, {@code articleText.substring(start, end)}
 * @param speaker the speaker as written ("Smith", "officials"), "" when unattributed
 * @param speakerEntity canonical entity id of the speaker, "" when not a named entity
 * @param kind direct quote, indirect speech or "according to" attribution
 * @param cue the reporting verb or marker lemma ("say", "according to", "tell")
 * @param start UTF-16 offset of the content's first character
 * @param end UTF-16 offset after the content's last character
 * @param sentence index of the sentence
 */
@JsonPropertyOrder({"article", "text", "speaker", "speakerEntity", "kind", "cue", "start", "end", "sentence"})
public record Quote(
    String article,
    String text,
    String speaker,
    String speakerEntity,
    Kind kind,
    String cue,
    int start,
    int end,
    int sentence) {

  /** How a quote is reported. */
  public enum Kind {
    /** Words inside quotation marks. */
    DIRECT,
    /** Reported speech: "X said that ...". */
    INDIRECT,
    /** "according to X". */
    ACCORDING_TO
  }

  public Quote {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(speakerEntity, "speakerEntity");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(cue, "cue");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span: " + start + ".." + end);
    }
  }

  /** A copy linked to a canonical speaker entity. */
  public Quote withSpeakerEntity(String id) {
    return new Quote(article, text, speaker, id, kind, cue, start, end, sentence);
  }
}
