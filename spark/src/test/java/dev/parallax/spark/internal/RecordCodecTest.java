package dev.parallax.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.AnalyzedArticle;
import dev.parallax.Parallax;
import dev.parallax.article.Article;
import dev.parallax.article.Corpus;
import dev.parallax.figure.Figure;
import dev.parallax.figure.Qualifier;
import dev.parallax.time.DateMention;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class RecordCodecTest {

  @Test
  void roundTripsEveryAnalyzedArticleOfTheBundledCorpus() {
    Parallax parallax = Parallax.builder().build();
    for (Article a : Corpus.bundled().load().articles()) {
      AnalyzedArticle x = parallax.analyze(a);
      assertThat(RecordCodec.decode(RecordCodec.encode(x), AnalyzedArticle.class)).isEqualTo(x);
    }
  }

  @Test
  void keepsInfiniteBoundsEmptyOptionalsNestedPartsAndUnpairedSurrogates() {
    String text = "more than 200 on 2025-03-15 \uD800 end";
    Article a = Article.builder("a\uDC00", text).outlet("O").published(LocalDate.of(2025, 4, 14)).build();
    Figure part = new Figure("a", "200", 200, 200, 200, true, true, Qualifier.EXACT, "", "", "",
        Figure.Kind.NUMBER, Figure.Change.NONE, "", 10, 13, 0, List.of(), Optional.empty(), List.of());
    Figure f = new Figure("a", "more than 200", 200, 200, Double.POSITIVE_INFINITY, false, false,
        Qualifier.MORE_THAN, "", "people", "person", Figure.Kind.COUNT, Figure.Change.UP, "deport", 0, 13, 0,
        List.of(part), Optional.of("officials"), List.of("org:x"));
    DateMention d = new DateMention("a", "2025-03-15", "2025-03-15", DateMention.Type.DATE, 17, 27, 0, "absolute",
        Optional.of(LocalDate.of(2025, 3, 15)), Optional.empty());
    AnalyzedArticle x = new AnalyzedArticle(a, Parallax.builder().build().analyze(a).text(), List.of(), List.of(f),
        List.of(d), List.of(), List.of());
    AnalyzedArticle back = RecordCodec.decode(RecordCodec.encode(x), AnalyzedArticle.class);
    assertThat(back).isEqualTo(x);
    assertThat(back.figures().get(0).upper()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(back.article().id()).isEqualTo("a\uDC00");
  }

  @Test
  void joinsBlockingKeysSharedByAMentionIntoOneComponentNamedByItsSmallestKey() {
    var c =
        Pipeline.components(
            List.of(
                new Tuple2<>("s:garcia", "s:garcia"),
                new Tuple2<>("a:kag", "s:garcia"),
                new Tuple2<>("a:ice", "s:enforcement"),
                new Tuple2<>("s:costa", "s:costa")));
    assertThat(c)
        .containsEntry("s:garcia", "a:kag")
        .containsEntry("a:kag", "a:kag")
        .containsEntry("s:enforcement", "a:ice")
        .containsEntry("s:costa", "s:costa")
        .hasSize(5);
  }
}
