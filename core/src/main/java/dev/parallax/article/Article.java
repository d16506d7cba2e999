package dev.parallax.article;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article: its stable id, its original text and what is known about where it came from.
 * The text is kept exactly as read, so every character offset reported by Parallax indexes into it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id stable identifier, unique within a corpus (e.g. the file name without {@code .txt})
 * @param text the original text, boilerplate included
 * @param outlet the publisher, if known
 * @param title the headline, if known
 * @param url where the article was published, if known
 * @param published publication date, if known; relative dates are resolved against it
 * @param language ISO 639-1 language code, {@code "en"} by default
 */
public record Article(
    String id,
    String text,
    Optional<String> outlet,
    Optional<String> title,
    Optional<String> url,
    Optional<LocalDate> published,
    String language) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(outlet, "outlet");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(language, "language");
    if (id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
  }

  /** An article with only an id and text; everything else unknown, language English. */
  public static Article of(String id, String text) {
    return builder(id, text).build();
  }

  /** Starts an article with the two required fields. */
  public static Builder builder(String id, String text) {
    return new Builder(id, text);
  }

  /** A label for the article's source: the outlet when known, otherwise the article id. */
  public String outletOrId() {
    return outlet.orElse(id);
  }

  /** Returns a copy with another publication date. */
  public Article withPublished(LocalDate date) {
    return new Article(id, text, outlet, title, url, Optional.ofNullable(date), language);
  }

  /**
   * Builds an {@link Article}; optional fields left unset are empty.
   *
   * <p>Not thread-safe; use one per thread.
   */
  public static final class Builder {
    private final String id;
    private final String text;
    private String outlet;
    private String title;
    private String url;
    private LocalDate published;
    private String language = "en";

    private Builder(String id, String text) {
      this.id = Objects.requireNonNull(id, "id");
      this.text = Objects.requireNonNull(text, "text");
    }

    public Builder outlet(String outlet) {
      this.outlet = blankToNull(outlet);
      return this;
    }

    public Builder title(String title) {
      this.title = blankToNull(title);
      return this;
    }

    public Builder url(String url) {
      this.url = blankToNull(url);
      return this;
    }

    public Builder published(LocalDate published) {
      this.published = published;
      return this;
    }

    public Builder language(String language) {
      this.language = language == null || language.isBlank() ? "en" : language;
      return this;
    }

    public Article build() {
      return new Article(
          id,
          text,
          Optional.ofNullable(outlet),
          Optional.ofNullable(title),
          Optional.ofNullable(url),
          Optional.ofNullable(published),
          language);
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }
  }
}
