package dev.parallax.entity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.AnalyzedArticle;
import dev.parallax.CorpusAnalysis;
import dev.parallax.Parallax;
import dev.parallax.article.Article;
import dev.parallax.text.NlpModels;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EntityResolutionTest {

  private static CorpusAnalysis analysis;

  @BeforeAll
  static void analyze() {
    Parallax parallax = Parallax.builder().models(NlpModels.english()).figures(false).dates(false).quotes(false).build();
    analysis = parallax.analyze(List.of(
        Article.of("a1",
            "Valencia mayor José Martínez met the engineers Ana Lee and Tom Lee on Monday.\n"
                + "Martínez said the new bridge would open in May.\n"
                + "The North Atlantic Treaty Organization (NATO) was not involved, officials said."),
        Article.of("a2",
            "Jose Martinez defended the cost of the bridge on Tuesday.\n"
                + "Martinez spoke to reporters in Madrid, where Nato officials declined to comment."),
        Article.of("a3", "The council vote was close, Lee said after the meeting in Valencia.")));
  }

  private static Set<String> idsOf(String text) {
    return analysis.articles().stream().flatMap(a -> a.entities().stream())
        .filter(m -> m.text().equals(text)).map(EntityMention::entity).collect(Collectors.toSet());
  }

  private static Entity entity(String id) {
    return analysis.entity(id).orElseThrow(() -> new AssertionError("no entity " + id + " in " + analysis.entities()));
  }

  @Test
  void mergesANameWrittenWithAndWithoutDiacriticsAcrossArticles() {
    Entity e = entity("person:jose-martinez");
    assertThat(e.type()).isEqualTo(EntityType.PERSON);
    assertThat(e.articles()).containsExactly("a1", "a2");
    assertThat(e.aliases()).contains("José Martínez", "Jose Martinez", "Martínez", "Martinez");
    assertThat(idsOf("Martinez")).containsExactly("person:jose-martinez");
  }

  @Test
  void linksAnAcronymDefinedOnceToItsUseInAnotherArticleWhateverItsCase() {
    Set<String> ids = idsOf("Nato");
    assertThat(ids).hasSize(1);
    assertThat(idsOf("NATO")).isEqualTo(ids);
    assertThat(idsOf("North Atlantic Treaty Organization")).isEqualTo(ids);
    Entity e = entity(ids.iterator().next());
    assertThat(e.articles()).containsExactly("a1", "a2");
  }

  @Test
  void keepsTwoPeopleWhoShareASurnameApartAndLeavesTheBareSurnameUnlinked() {
    assertThat(idsOf("Ana Lee")).containsExactly("person:ana-lee");
    assertThat(idsOf("Tom Lee")).containsExactly("person:tom-lee");
    assertThat(idsOf("Lee")).doesNotContain("person:ana-lee", "person:tom-lee");
  }

  @Test
  void listsEveryEntityOnceSortedById() {
    List<String> ids = analysis.entities().stream().map(Entity::id).toList();
    assertThat(ids).isSorted().doesNotHaveDuplicates();
    for (AnalyzedArticle a : analysis.articles()) {
      for (EntityMention m : a.entities()) {
        Entity e = entity(m.entity());
        assertThat(e.articles()).contains(a.id());
        assertThat(e.aliases()).contains(m.text());
      }
    }
  }
}
