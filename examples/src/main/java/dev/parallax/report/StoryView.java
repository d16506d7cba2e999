package dev.parallax.report;

import java.util.List;
import java.util.Objects;

/**
 * One story in a report: a headline and the ids of the articles (one per outlet, usually) that
 * cover it, shown side by side.
 *
 * <p>Immutable and thread-safe.
 *
 * @param title a short label for the story
 * @param articles ids of the articles about this story, in display order
 */
public record StoryView(String title, List<String> articles) {
  public StoryView {
    Objects.requireNonNull(title, "title");
    articles = List.copyOf(articles);
  }
}
