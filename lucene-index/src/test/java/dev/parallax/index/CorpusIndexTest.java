package dev.parallax.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.AnalyzedArticle;
import dev.parallax.figure.Qualifier;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusIndexTest {

  @TempDir Path dir;
  CorpusIndex index;

  @BeforeEach
  void open() throws IOException {
    index = CorpusIndex.open(dir.resolve("idx"));
  }

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private void putStories() {
    Stories.all().forEach(index::put);
    index.commit();
  }

  private List<String> ids(SearchQuery.Builder q) {
    return index.search(q.page(0, 100).build()).articles();
  }

  @Test
  void findsAnEntityByAnyNameWithOrWithoutAccents() {
    putStories();
    assertThat(ids(SearchQuery.builder().entity("Asa Lindqvist"))).containsExactly("a1", "a2");
    assertThat(ids(SearchQuery.builder().entity("Åsa Lindqvist"))).containsExactly("a1", "a2");
    assertThat(ids(SearchQuery.builder().entity("åsa LINDQVIST"))).containsExactly("a1", "a2");
    assertThat(ids(SearchQuery.builder().entity("Lindqvist"))).containsExactly("a1", "a2");
  }

  @Test
  void findsAnEntityByItsCanonicalId() {
    putStories();
    assertThat(ids(SearchQuery.builder().entity("person:asa-lindqvist"))).containsExactly("a1");
    assertThat(ids(SearchQuery.builder().entity("person:tom-berg"))).containsExactly("a3");
  }

  @Test
  void entityNamesNeverMatchAcrossTwoNames() {
    AnalyzedArticle a =
        Fixture.article("x", "Anna Berg met Tom Lindqvist.").entity("Anna Berg", "person:anna-berg").entity("Tom Lindqvist", "person:tom-lindqvist").build();
    index.put(a);
    assertThat(ids(SearchQuery.builder().entity("Berg Tom"))).isEmpty();
    assertThat(ids(SearchQuery.builder().entity("Tom Lindqvist"))).containsExactly("x");
  }

  @Test
  void findsFiguresWhoseIntervalOverlapsTheRange() {
    putStories();
    // 238 lies in 230-240; "more than 200" is (200, inf) and overlaps it.
    assertThat(ids(SearchQuery.builder().figures(230, 240))).containsExactly("a1", "a2");
    assertThat(ids(SearchQuery.builder().figures(230, 240).figuresWithin(true))).containsExactly("a1");
    assertThat(ids(SearchQuery.builder().figures(0, 100))).containsExactly("a3");
    assertThat(ids(SearchQuery.builder().figures(0, 200))).containsExactly("a3");
    assertThat(ids(SearchQuery.builder().figuresAtLeast(1e6))).containsExactly("a2", "a3");
  }

  @Test
  void filtersFiguresByCountedNounAndUnit() {
    putStories();
    assertThat(ids(SearchQuery.builder().figures(200, 300).counting("worker"))).containsExactly("a1", "a2");
    assertThat(ids(SearchQuery.builder().figures(200, 300).counting("parks"))).isEmpty();
    assertThat(ids(SearchQuery.builder().counting("park"))).containsExactly("a3");
    assertThat(ids(SearchQuery.builder().unit("usd"))).containsExactly("a3");
    assertThat(ids(SearchQuery.builder().unit("count").figuresAtMost(30))).containsExactly("a3");
  }

  @Test
  void findsAPartOfACompositeFigure() {
    String text = "Officials deported 238 Venezuelans and 23 Salvadorans on Sunday.";
    var parts =
        List.of(
            Fixture.figure("c", text, "238 Venezuelans", 238, 238, 238, true, true, Qualifier.EXACT, "", "Venezuelans", "venezuelan", List.of()),
            Fixture.figure("c", text, "23 Salvadorans", 23, 23, 23, true, true, Qualifier.EXACT, "", "Salvadorans", "salvadoran", List.of()));
    index.put(Fixture.article("c", text).composite("238 Venezuelans and 23 Salvadorans", 261, parts).build());
    SearchResult r = index.search(SearchQuery.builder().figures(230, 240).build());
    assertThat(r.articles()).containsExactly("c");
    assertThat(r.hits().get(0).items()).containsExactly(new ItemHit(ItemHit.Kind.FIGURE, "238", "238 Venezuelans", 19, 34, 0));
    assertThat(ids(SearchQuery.builder().figures(261, 261))).containsExactly("c");
  }

  @Test
  void itemHitsCarryValueTextAndOffsetsIntoTheArticle() {
    putStories();
    SearchResult r = index.search(SearchQuery.builder().figures(230, 240).build());
    Hit a1 = r.hits().get(0);
    assertThat(a1.article()).isEqualTo("a1");
    assertThat(a1.items()).containsExactly(new ItemHit(ItemHit.Kind.FIGURE, "238", "238", 15, 18, 0));
    assertThat(Stories.A1_TEXT.substring(15, 18)).isEqualTo("238");
    Hit a2 = r.hits().get(1);
    assertThat(a2.items()).containsExactly(new ItemHit(ItemHit.Kind.FIGURE, "200", "More than 200", 0, 13, 0));
    // Without a text query the snippet is the passage around the item.
    assertThat(a1.snippets()).hasSize(1);
    Snippet s = a1.snippets().get(0);
    assertThat(Stories.A1_TEXT.substring(s.start(), s.end())).isEqualTo(s.text());
    assertThat(s.matches()).containsExactly(new Snippet.Match(15, 18));
  }

  @Test
  void entityItemHitsPointAtEachMention() {
    putStories();
    SearchResult r = index.search(SearchQuery.builder().entity("Asa Lindqvist").build());
    assertThat(r.hits().get(0).items()).containsExactly(new ItemHit(ItemHit.Kind.ENTITY, "person:asa-lindqvist", "Åsa Lindqvist", 86, 99, 0));
    assertThat(Stories.A1_TEXT.substring(86, 99)).isEqualTo("Åsa Lindqvist");
  }

  @Test
  void findsArticlesMentioningADateInTheRange() {
    putStories();
    assertThat(ids(SearchQuery.builder().mentioned(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-01")))).containsExactly("a1");
    assertThat(ids(SearchQuery.builder().mentioned(LocalDate.parse("2023-06-15"), LocalDate.parse("2023-06-15")))).containsExactly("a2");
    assertThat(ids(SearchQuery.builder().mentioned(LocalDate.parse("2024-02-01"), null))).containsExactly("a1", "a3");
    assertThat(ids(SearchQuery.builder().mentioned(null, LocalDate.parse("2022-12-31")))).isEmpty();
  }

  @Test
  void filtersByPublicationDateAndOutletIgnoringCase() {
    putStories();
    assertThat(ids(SearchQuery.builder().published(LocalDate.parse("2024-03-02"), LocalDate.parse("2024-03-02")))).containsExactly("a1", "a4");
    assertThat(ids(SearchQuery.builder().published(null, LocalDate.parse("2023-12-31")))).containsExactly("a3");
    assertThat(ids(SearchQuery.builder().outlet("daily ledger"))).containsExactly("a1", "a3");
    assertThat(ids(SearchQuery.builder().outlet("Evening Post").text("collapse"))).containsExactly("a2", "a4");
  }

  @Test
  void textSearchStemsAndIgnoresAccents() {
    putStories();
    assertThat(ids(SearchQuery.builder().text("evacuate"))).containsExactly("a1");
    assertThat(ids(SearchQuery.builder().text("asa"))).containsExactlyInAnyOrder("a1", "a2");
    assertThat(ids(SearchQuery.builder().text("\"rescue teams\" -night"))).containsExactly("a1");
    assertThat(ids(SearchQuery.builder().text("the"))).isEmpty();
  }

  @Test
  void snippetsHighlightMatchesWithOffsetsIntoTheArticleText() {
    putStories();
    SearchResult r = index.search(SearchQuery.builder().text("praised").build());
    assertThat(r.articles()).containsExactlyInAnyOrder("a1", "a4");
    for (Hit h : r.hits()) {
      String text = h.article().equals("a1") ? Stories.A1_TEXT : Stories.A4_TEXT;
      assertThat(h.snippets()).isNotEmpty();
      for (Snippet s : h.snippets()) {
        assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
        assertThat(s.matches()).isNotEmpty();
        for (Snippet.Match m : s.matches()) {
          assertThat(text.substring(m.start(), m.end())).isEqualTo("praised");
        }
      }
    }
    Snippet first = r.hits().stream().filter(h -> h.article().equals("a1")).findFirst().orElseThrow().snippets().get(0);
    assertThat(first.highlighted("[", "]")).isEqualTo("Minister Åsa Lindqvist called it “a narrow escape” and [praised] the rescue teams.");
  }

  @Test
  void countsFacetsOverAllMatches() {
    putStories();
    SearchResult r = index.search(SearchQuery.builder().page(0, 1).build());
    assertThat(r.total()).isEqualTo(4);
    assertThat(r.hits()).hasSize(1);
    assertThat(r.facet("outlet")).containsExactly(new FacetCount("Daily Ledger", 2), new FacetCount("Evening Post", 2));
    assertThat(r.facet("year")).containsExactly(new FacetCount("2024", 3), new FacetCount("2023", 1));
    assertThat(r.facet("unit")).containsExactly(new FacetCount("count", 3), new FacetCount("USD", 1));
    assertThat(r.facet("entity"))
        .containsExactly(new FacetCount("person:asa-lindqvist", 1), new FacetCount("person:lindqvist", 1), new FacetCount("person:tom-berg", 1));
    SearchResult mine = index.search(SearchQuery.builder().text("mine").build());
    assertThat(mine.facet("outlet")).containsExactly(new FacetCount("Evening Post", 2), new FacetCount("Daily Ledger", 1));
    assertThat(mine.facet("unit")).containsExactly(new FacetCount("count", 2));
  }

  @Test
  void pagesThroughHitsWithoutOverlap() {
    for (int i = 0; i < 25; i++) {
      index.put(Fixture.article(String.format("p%02d", i), "A report about harbour cranes number " + i + ".").build());
    }
    SearchResult p0 = index.search(SearchQuery.builder().text("cranes").page(0, 10).build());
    SearchResult p2 = index.search(SearchQuery.builder().text("cranes").page(2, 10).build());
    SearchResult p3 = index.search(SearchQuery.builder().text("cranes").page(3, 10).build());
    assertThat(p0.total()).isEqualTo(25);
    assertThat(p0.hits()).hasSize(10);
    assertThat(p2.articles()).hasSize(5).doesNotContainAnyElementsOf(p0.articles());
    assertThat(p3.hits()).isEmpty();
    assertThat(p3.total()).isEqualTo(25);
  }

  @Test
  void moreLikeThisFindsOtherCoverageOfTheSameStory() {
    putStories();
    SearchResult r = index.moreLikeThis("a4", 10);
    assertThat(r.articles()).doesNotContain("a4").contains("a1", "a2");
    assertThat(r.articles().get(0)).isIn("a1", "a2");
    if (r.articles().contains("a3")) {
      assertThat(r.articles().indexOf("a3")).isEqualTo(r.articles().size() - 1);
    }
    assertThat(index.moreLikeThis("missing", 10).hits()).isEmpty();
  }

  @Test
  void updatingAnArticleReplacesItAndAllItsItems() {
    putStories();
    long docs = index.documentCount();
    AnalyzedArticle changed =
        Fixture.article("a1", "Officials now say 500 workers were evacuated.").outlet("Daily Ledger").figure("500", 500, "workers", "worker").build();
    index.put(changed);
    assertThat(index.articleCount()).isEqualTo(4);
    assertThat(ids(SearchQuery.builder().figures(230, 240))).containsExactly("a2");
    assertThat(ids(SearchQuery.builder().figures(500, 500))).containsExactly("a1", "a2");
    assertThat(ids(SearchQuery.builder().entity("person:asa-lindqvist"))).isEmpty();
    // a1 had 4 items (figure, entity, date, quote) and now has 1.
    assertThat(index.documentCount()).isEqualTo(docs - 3);
  }

  @Test
  void indexingTheSameArticlesTwiceLeavesOneCopyOfEach() {
    putStories();
    long docs = index.documentCount();
    putStories();
    assertThat(index.articleCount()).isEqualTo(4);
    assertThat(index.documentCount()).isEqualTo(docs);
    assertThat(index.search(SearchQuery.builder().build()).total()).isEqualTo(4);
  }

  @Test
  void deletingAnArticleRemovesItsItems() {
    putStories();
    long docs = index.documentCount();
    index.delete("a3");
    index.delete("never-indexed");
    assertThat(index.contains("a3")).isFalse();
    assertThat(index.articleCount()).isEqualTo(3);
    assertThat(ids(SearchQuery.builder().unit("USD"))).isEmpty();
    assertThat(index.documentCount()).isEqualTo(docs - 5);
  }

  @Test
  void committedArticlesSurviveReopening() throws IOException {
    putStories();
    index.commit(new IngestCursor("stories", 4));
    index.close();
    index = CorpusIndex.open(dir.resolve("idx"));
    assertThat(index.articleCount()).isEqualTo(4);
    assertThat(index.cursor()).contains(new IngestCursor("stories", 4));
    assertThat(ids(SearchQuery.builder().entity("Asa Lindqvist"))).containsExactly("a1", "a2");
  }

  @Test
  void closeCommitsPendingChangesAndKeepsTheCursor() throws IOException {
    index.put(Stories.a1());
    index.commit(new IngestCursor("s", 1));
    index.put(Stories.a2());
    index.close();
    index = CorpusIndex.open(dir.resolve("idx"));
    assertThat(index.articleCount()).isEqualTo(2);
    assertThat(index.cursor()).contains(new IngestCursor("s", 1));
  }

  @Test
  void readOnlyIndexSeesTheWritersCommits() throws IOException {
    index.put(Stories.a1());
    index.commit();
    try (CorpusIndex reader = CorpusIndex.openReadOnly(dir.resolve("idx"))) {
      assertThat(reader.articleCount()).isEqualTo(1);
      index.put(Stories.a2());
      assertThat(reader.articleCount()).isEqualTo(1);
      index.commit();
      assertThat(reader.articleCount()).isEqualTo(2);
      assertThatThrownBy(() -> reader.put(Stories.a3())).isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
    }
  }

  @Test
  void readOnlyOpenOfAMissingIndexIsRefused() {
    assertThatThrownBy(() -> CorpusIndex.openReadOnly(dir.resolve("nothing-here")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no index");
  }

  @Test
  void aClosedIndexRefusesUse() throws IOException {
    index.close();
    assertThatThrownBy(() -> index.search(SearchQuery.builder().build())).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThatThrownBy(() -> index.put(Stories.a1())).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aSecondWriterOnTheSameDirectoryIsRefused() {
    assertThatThrownBy(() -> CorpusIndex.open(dir.resolve("idx"))).isInstanceOf(IOException.class);
  }

  @Test
  void putAllIndexesLikePutInOrderWithTheLastArticleOfAnIdWinning() throws IOException {
    List<AnalyzedArticle> many = new java.util.ArrayList<>();
    for (int i = 0; i < 100; i++) {
      many.add(Fixture.article("n" + i, "Anna Berg counted 12 ships in harbour report number " + i + ".").entity("Anna Berg", "person:anna-berg").figure("12 ships", 12, "ships", "ship").build());
    }
    many.add(Fixture.article("n7", "The replaced harbour report.").build());
    index.close();
    index = CorpusIndex.open(org.apache.lucene.store.FSDirectory.open(dir.resolve("idx")), false, true, 3);
    index.putAll(many);
    index.commit();
    assertThat(index.articleCount()).isEqualTo(100);
    assertThat(ids(SearchQuery.builder().text("replaced"))).containsExactly("n7");
    assertThat(ids(SearchQuery.builder().entity("Anna Berg"))).hasSize(99).doesNotContain("n7");
    assertThat(index.search(SearchQuery.builder().figures(11, 13).page(0, 100).build()).total()).isEqualTo(99);
  }

  @Test
  void textScoresDoNotDependOnTheItemsOfOtherArticles() throws IOException {
    AnalyzedArticle plain = Fixture.article("p", "Ships left the harbour at dawn.").title("Harbour").build();
    AnalyzedArticle withItems =
        Fixture.article("q", "Ships left the harbour at dawn, 12 of them, said Anna Berg.")
            .entity("Anna Berg", "person:anna-berg").figure("12", 12, "ships", "ship").quote("Anna Berg", "of them").build();
    index.put(plain);
    index.commit();
    float alone = index.search(SearchQuery.builder().text("harbour dawn").build()).hits().get(0).score();
    index.put(withItems);
    try (CorpusIndex other = CorpusIndex.open(dir.resolve("other"))) {
      other.put(plain);
      other.put(Fixture.article("q", "Ships left the harbour at dawn, 12 of them, said Anna Berg.").build());
      Hit withItemsIndexed = index.search(SearchQuery.builder().text("harbour dawn").build()).hits().stream().filter(h -> h.article().equals("p")).findFirst().orElseThrow();
      Hit withoutItems = other.search(SearchQuery.builder().text("harbour dawn").build()).hits().stream().filter(h -> h.article().equals("p")).findFirst().orElseThrow();
      assertThat(withItemsIndexed.score()).isEqualTo(withoutItems.score());
      assertThat(alone).isPositive();
    }
  }
}
