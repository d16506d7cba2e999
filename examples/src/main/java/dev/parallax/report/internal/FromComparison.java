package dev.parallax.report.internal;

import dev.parallax.compare.Claim;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.Disagreement;
import dev.parallax.compare.Omission;
import dev.parallax.compare.Story;
import dev.parallax.compare.Voice;
import dev.parallax.report.ClaimGroup;
import dev.parallax.report.ClaimSpan;
import dev.parallax.report.Shares;
import dev.parallax.report.StoryView;
import dev.parallax.report.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Converts a {@link Comparison} into report parts. Stateless and thread-safe. */
public final class FromComparison {
  private FromComparison() {}

  /** One report story per compared story, titled by its id and most characteristic terms. */
  public static List<StoryView> stories(Comparison c) {
    List<StoryView> out = new ArrayList<>();
    for (Story s : c.stories()) {
      String terms = s.terms().stream().limit(5).collect(Collectors.joining(", "));
      out.add(new StoryView(s.id() + (terms.isEmpty() ? "" : ": " + terms), s.articles()));
    }
    return out;
  }

  /** Every disagreement group (all verdicts, agreements included), with its claims' spans. */
  public static List<ClaimGroup> groups(Comparison c) {
    List<ClaimGroup> out = new ArrayList<>();
    for (Disagreement d : c.disagreements()) {
      List<ClaimSpan> claims = new ArrayList<>();
      for (Claim cl : d.claims()) {
        claims.add(new ClaimSpan(cl.article(), cl.start(), cl.end(), cl.text(), cl.detail()));
      }
      if (!claims.isEmpty()) {
        String about = d.about().isEmpty() ? "" : d.about() + ": ";
        out.add(new ClaimGroup(d.kind().name(), d.verdict().name(), about + d.explanation(), claims));
      }
    }
    return out;
  }

  /** Quotes per speaker per outlet over every story: the top speakers and "other speakers". */
  public static Shares voice(Comparison c, int topSpeakers) {
    Map<String, Integer> totals = new LinkedHashMap<>();
    Map<String, Map<String, Double>> byOutlet = new LinkedHashMap<>();
    for (Voice v : c.quotes()) {
      totals.merge(v.speaker(), v.total(), Integer::sum);
      for (Voice.OutletCount oc : v.byOutlet()) {
        byOutlet.computeIfAbsent(oc.outlet(), k -> new LinkedHashMap<>()).merge(v.speaker(), (double) oc.count(), Double::sum);
      }
    }
    return Derive.topShares("Share of voice", "quotes and paraphrases", totals, byOutlet, topSpeakers);
  }

  /** The omissions table: facts some outlets of a story report and others leave out. */
  public static Table coverage(Comparison c, int maxRows) {
    List<List<String>> rows = new ArrayList<>();
    for (Omission o : c.coverage().stream().limit(maxRows).toList()) {
      rows.add(
          List.of(
              o.story(),
              o.kind().name().toLowerCase(Locale.ROOT),
              o.fact(),
              String.join(", ", o.reportedBy()),
              String.join(", ", o.omittedBy())));
    }
    return new Table(
        "Coverage: facts some outlets report and others omit",
        List.of("story", "kind", "fact", "reported by", "omitted by"),
        rows);
  }
}
