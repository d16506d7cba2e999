package dev.parallax.report.internal;

import dev.parallax.framing.EntityTone;
import dev.parallax.framing.FrameShare;
import dev.parallax.framing.FramingReport;
import dev.parallax.framing.OutletLabels;
import dev.parallax.framing.OutletProfile;
import dev.parallax.framing.Referent;
import dev.parallax.report.Shares;
import dev.parallax.report.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Converts a framing result into report tables and the frame chart. Stateless and thread-safe. */
public final class FromFraming {
  private FromFraming() {}

  /** Labels per referent (rows) and outlet (columns). */
  public static Table labels(FramingReport f, int maxReferents) {
    List<String> outlets = f.outlets().stream().map(OutletProfile::outlet).toList();
    List<String> header = new ArrayList<>();
    header.add("referent");
    header.addAll(outlets);
    List<List<String>> rows = new ArrayList<>();
    for (Referent r : f.referents().stream().limit(maxReferents).toList()) {
      List<String> row = new ArrayList<>();
      row.add(r.name() + " (" + r.kind().name().toLowerCase(Locale.ROOT) + ")");
      for (String o : outlets) {
        row.add(
            r.outlet(o)
                .map(
                    ol ->
                        ol.labels().stream()
                                .limit(6)
                                .map(l -> l.text() + (l.count() > 1 ? " \u00D7" + l.count() : ""))
                                .collect(Collectors.joining("; "))
                            + hedgeNote(ol))
                .orElse("\u2014"));
      }
      rows.add(row);
    }
    return new Table("Labels per referent and outlet", header, rows);
  }

  private static String hedgeNote(OutletLabels ol) {
    return ol.hedged() > 0 ? " (" + ol.hedged() + " hedged)" : "";
  }

  /** Hedging per outlet: how often claims are hedged, attributed or bare. */
  public static Table hedging(FramingReport f) {
    List<List<String>> rows = new ArrayList<>();
    for (OutletProfile p : f.outlets()) {
      var s = p.stance();
      rows.add(
          List.of(
              p.outlet(), String.valueOf(s.claims()), String.valueOf(s.hedged()), String.valueOf(s.attributed()),
              String.valueOf(s.bare()), String.format(Locale.ROOT, "%.0f%%", 100 * s.hedgedRate()), s.verdict().name(),
              s.markers().stream().limit(5).map(t -> t.term() + " \u00D7" + t.count()).collect(Collectors.joining(", "))));
    }
    return new Table(
        "Hedging per outlet",
        List.of("outlet", "claims", "hedged", "attributed", "bare", "hedged rate", "verdict", "markers"),
        rows);
  }

  /** Loaded language per outlet. */
  public static Table loaded(FramingReport f) {
    List<List<String>> rows = new ArrayList<>();
    for (OutletProfile p : f.outlets()) {
      var l = p.loaded();
      rows.add(
          List.of(
              p.outlet(), String.valueOf(l.hits()), String.format(Locale.ROOT, "%.1f", l.perThousandWords()),
              l.categories().stream().limit(4).map(c -> c.category().name().toLowerCase(Locale.ROOT) + " " + c.count()).collect(Collectors.joining(", ")),
              l.terms().stream().limit(8).map(t -> t.term() + " \u00D7" + t.count()).collect(Collectors.joining(", "))));
    }
    return new Table(
        "Loaded language per outlet", List.of("outlet", "hits", "per 1,000 words", "categories", "terms"), rows);
  }

  /** Tone toward each referent per outlet. */
  public static Table tone(FramingReport f, int maxRows) {
    List<List<String>> rows = new ArrayList<>();
    for (EntityTone t : f.tone().stream().limit(maxRows).toList()) {
      rows.add(
          List.of(
              t.name(), t.outlet(), String.valueOf(t.mentions()), String.valueOf(t.positive()),
              String.valueOf(t.negative()), String.format(Locale.ROOT, "%+.2f", t.score()), t.tone().name()));
    }
    return new Table(
        "Tone toward people and organisations",
        List.of("referent", "outlet", "mentions", "positive", "negative", "score", "tone"),
        rows);
  }

  /** Policy frames per outlet, in sentences. */
  public static Shares frames(FramingReport f) {
    List<Shares.Row> rows = new ArrayList<>();
    for (OutletProfile p : f.outlets()) {
      Map<String, Double> values = new LinkedHashMap<>();
      for (FrameShare s : p.frames()) {
        if (s.sentences() > 0) {
          values.put(s.frame().label(), (double) s.sentences());
        }
      }
      rows.add(new Shares.Row(p.outlet(), values));
    }
    return new Shares("Policy frames per outlet", "sentences", rows);
  }
}
