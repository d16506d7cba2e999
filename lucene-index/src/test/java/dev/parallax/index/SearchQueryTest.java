package dev.parallax.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

  @Test
  void anEmptyBuilderMatchesEverythingOnTheFirstPageOfTen() {
    SearchQuery q = SearchQuery.builder().text("  ").entity(null).build();
    assertThat(q).isEqualTo(
        new SearchQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, 10));
  }

  @Test
  void aCountingFilterAloneMatchesFiguresOfAnyValue() {
    SearchQuery q = SearchQuery.builder().counting(" people ").build();
    assertThat(q.figures()).contains(
        new SearchQuery.Figures(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, Optional.of("people"), Optional.empty(), false));
  }

  @Test
  void badRangesAndPagesAreRejectedAtOnceNamingTheValue() {
    assertThatThrownBy(() -> SearchQuery.builder().figures(300, 200)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[300.0, 200.0]");
    assertThatThrownBy(() -> SearchQuery.builder().figures(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SearchQuery.builder().published(LocalDate.parse("2024-02-01"), LocalDate.parse("2024-01-01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2024-02-01 > 2024-01-01");
    assertThatThrownBy(() -> SearchQuery.builder().page(-1, 10)).hasMessageContaining("page must be >= 0: -1");
    assertThatThrownBy(() -> SearchQuery.builder().page(0, 1001)).hasMessageContaining("pageSize must be 1..1000: 1001");
  }

  @Test
  void snippetHighlightingWrapsEachMatch() {
    Snippet s = new Snippet("said 238 workers", 10, 26, java.util.List.of(new Snippet.Match(15, 18), new Snippet.Match(19, 26)));
    assertThat(s.highlighted("<", ">")).isEqualTo("said <238> <workers>");
    assertThatThrownBy(() -> new Snippet("abc", 0, 2, java.util.List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Snippet("abc", 0, 3, java.util.List.of(new Snippet.Match(2, 4)))).hasMessageContaining("outside snippet");
  }
}
