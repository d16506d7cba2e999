package dev.parallax.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Invariants of an index filled from {@link Synthetic} articles in order. */
final class IndexChecks {
  private IndexChecks() {}

  /**
   * Checks that every acknowledged article is present exactly once with its items, that the
   * committed cursor covers every acknowledgement, and that nothing is duplicated.
   *
   * @return the committed cursor's {@code next}
   */
  static long verify(CorpusIndex index, long acknowledged, String context) {
    long next = index.cursor().map(IngestCursor::next).orElse(0L);
    assertThat(next).as("committed cursor vs acknowledged, %s", context).isGreaterThanOrEqualTo(acknowledged);
    long articles = index.articleCount();
    assertThat(articles).as("articles vs cursor, %s", context).isGreaterThanOrEqualTo(next);
    Set<String> seen = new HashSet<>();
    int page = 0;
    long total;
    do {
      SearchResult r = index.search(SearchQuery.builder().page(page++, SearchQuery.MAX_PAGE_SIZE).build());
      total = r.total();
      for (String id : r.articles()) {
        assertThat(seen.add(id)).as("duplicate article %s, %s", id, context).isTrue();
      }
      if (r.hits().isEmpty()) {
        break;
      }
    } while (seen.size() < total);
    assertThat(seen).as("distinct articles, %s", context).hasSize((int) articles);
    List<String> missing = new java.util.ArrayList<>();
    for (long i = 0; i < next; i++) {
      if (!seen.contains(Synthetic.id(i))) {
        missing.add(Synthetic.id(i));
      }
    }
    assertThat(missing).as("committed articles missing, %s", context).isEmpty();
    assertThat(index.documentCount()).as("documents (items not duplicated), %s", context).isEqualTo(articles * (1 + Synthetic.ITEMS));
    // Spot-check the last acknowledged article's figure item.
    if (acknowledged > 0) {
      long n = acknowledged - 1;
      List<String> hits = index.search(SearchQuery.builder().figures(n, n).build()).articles();
      assertThat(hits).as("figure of article %d, %s", n, context).contains(Synthetic.id(n));
    }
    return next;
  }
}
