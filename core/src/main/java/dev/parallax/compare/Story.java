package dev.parallax.compare;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * A group of articles about the same event, compared with each other. Near-duplicate copies (a wire
 * story reprinted by several outlets) are listed under {@code duplicates} and count once.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id stable id ({@code story-1}, numbered by size, then by first article)
 * @param articles ids of the compared articles, in corpus order (copies excluded)
 * @param outlets outlet labels of those articles, in the same order
 * @param duplicates near-duplicate copies and the article each one copies
 * @param terms the most characteristic words or entities of the story, at most ten
 */
@JsonPropertyOrder({"id", "articles", "outlets", "duplicates", "terms"})
public record Story(
    String id, List<String> articles, List<String> outlets, List<Duplicate> duplicates, List<String> terms) {
  public Story {
    Objects.requireNonNull(id, "id");
    articles = List.copyOf(articles);
    outlets = List.copyOf(outlets);
    duplicates = List.copyOf(duplicates);
    terms = List.copyOf(terms);
  }

  /**
   * An article that is a near-copy of another one.
   *
   * <p>Immutable and thread-safe.
   *
   * @param article the copy
   * @param copyOf the article kept for comparison
   * @param similarity estimated Jaccard similarity of their word 5-shingles, 0..1
   */
  @JsonPropertyOrder({"article", "copyOf", "similarity"})
  public record Duplicate(String article, String copyOf, double similarity) {
    public Duplicate {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(copyOf, "copyOf");
    }
  }
}
