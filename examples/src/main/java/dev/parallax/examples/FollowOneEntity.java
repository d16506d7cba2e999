package dev.parallax.examples;

import dev.parallax.AnalyzedArticle;
import dev.parallax.CorpusAnalysis;
import dev.parallax.Parallax;
import dev.parallax.article.Corpus;
import dev.parallax.entity.Entity;
import dev.parallax.entity.EntityMention;
import java.util.List;
import java.util.Locale;

/**
 * Follows one person or organisation across outlets: every way each outlet names it, the roles it
 * gives it, and the sentences it appears in.
 *
 * <pre>
 * java -cp examples/target/parallax.jar dev.parallax.examples.FollowOneEntity "Some Name" [bundled|PATH]
 * </pre>
 *
 * <p>Not thread-safe; a program with one {@code main}.
 */
public final class FollowOneEntity {
  private FollowOneEntity() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: FollowOneEntity NAME [bundled|CORPUS-PATH]");
      System.exit(2);
    }
    String name = args[0].toLowerCase(Locale.ROOT);
    CorpusAnalysis analysis = Parallax.builder().build().analyze(Corpus.open(args.length > 1 ? args[1] : "bundled"));

    // 1. Entities are resolved across the corpus: "Jane Q. Doe", "Doe" and "Ms Doe" become one id.
    //    Find those whose display name or any alias contains the name asked for.
    List<Entity> matches =
        analysis.entities().stream()
            .filter(
                e ->
                    e.name().toLowerCase(Locale.ROOT).contains(name)
                        || e.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(name)))
            .toList();
    if (matches.isEmpty()) {
      System.out.printf("no entity matches \"%s\" (%d entities in the corpus)%n", args[0], analysis.entities().size());
      return;
    }
    for (Entity e : matches) {
      System.out.printf("== %s (%s), id %s, in %d article(s); aliases: %s%n", e.name(), e.type(), e.id(), e.articles().size(), e.aliases());
      // 2. For each article, print each mention with its role and sentence (offsets let you verify it).
      for (AnalyzedArticle a : analysis.articles()) {
        List<EntityMention> mentions = a.entities().stream().filter(m -> m.entity().equals(e.id())).toList();
        if (mentions.isEmpty()) {
          continue;
        }
        System.out.printf("  %s: %d mention(s)%n", a.article().outletOrId(), mentions.size());
        for (EntityMention m : mentions) {
          String sentence =
              m.sentence() >= 0 && m.sentence() < a.text().sentences().size()
                  ? a.text().textOf(a.text().sentences().get(m.sentence())).strip().replaceAll("\\s+", " ")
                  : "";
          System.out.printf(
              "    [%d..%d] \"%s\"%s \u2014 %s%n",
              m.start(),
              m.end(),
              m.text(),
              m.role().isEmpty() ? "" : " as " + m.role(),
              sentence);
        }
      }
    }
  }
}
