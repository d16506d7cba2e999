package dev.parallax.internal.framing;

import dev.parallax.framing.CategoryCount;
import dev.parallax.framing.EntityTone;
import dev.parallax.framing.Evidence;
import dev.parallax.framing.ExcludedSentence;
import dev.parallax.framing.FrameShare;
import dev.parallax.framing.FramingReport;
import dev.parallax.framing.Label;
import dev.parallax.framing.LexiconCategory;
import dev.parallax.framing.LexiconHit;
import dev.parallax.framing.OutletLabels;
import dev.parallax.framing.OutletProfile;
import dev.parallax.framing.PolicyFrame;
import dev.parallax.framing.Referent;
import dev.parallax.framing.TermCount;
import dev.parallax.internal.nlp.Lemmas;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link FramingReport} as plain-text or Markdown tables. Text from articles is cleaned of control
 * characters; in Markdown, every character with Markdown meaning is backslash-escaped.
 *
 * <p>Stateless and thread-safe.
 */
public final class FramingRenderer {

  private static final int MAX_LABELS = 12;

  private FramingRenderer() {}

  /** Plain-text tables. */
  public static String text(FramingReport r) {
    return render(r, false);
  }

  /** Markdown tables. */
  public static String markdown(FramingReport r) {
    return render(r, true);
  }

  private static String render(FramingReport r, boolean md) {
    Out o = new Out(md);
    o.heading("Framing by outlet");
    o.line("Method: " + r.method());
    o.line("");
    o.table(
        List.of("outlet", "sentences", "excluded", "words", "hedged", "attributed", "bare", "stance", "loaded/1k", "top frame"),
        r.outlets().stream().map(p -> List.of(
            p.outlet(), num(p.sentences()), num(p.excludedSentences()), num(p.words()), pct(p.stance().hedgedRate()),
            pct(p.stance().qualifiedRate() - p.stance().hedgedRate()),
            pct(1 - p.stance().qualifiedRate()), p.stance().verdict().name(), fmt(p.loaded().perThousandWords()),
            p.dominantFrame().map(PolicyFrame::label).orElse("-"))).toList());
    o.line("");
    o.line("Hedging outlets: " + (r.hedgingOutlets().isEmpty() ? "none" : String.join(", ", o.cells(r.hedgingOutlets()))));
    o.line("Asserting outlets: " + (r.assertingOutlets().isEmpty() ? "none" : String.join(", ", o.cells(r.assertingOutlets()))));
    o.line("Most loaded language: " + (r.mostLoadedOutlet().isEmpty() ? "none" : o.cell(r.mostLoadedOutlet())
        + r.outlet(r.mostLoadedOutlet()).map(p -> " (" + fmt(p.loaded().perThousandWords()) + " per 1,000 words)").orElse("")));
    o.line("");

    o.heading("Labels per referent");
    for (Referent ref : r.referents()) {
      o.subheading(ref.name() + " [" + ref.kind().name().toLowerCase(Locale.ROOT) + ", " + ref.id() + "]");
      List<List<String>> rows = new ArrayList<>();
      for (OutletLabels ol : ref.outlets()) {
        List<String> ls = new ArrayList<>();
        for (Label l : ol.labels().subList(0, Math.min(MAX_LABELS, ol.labels().size()))) {
          ls.add(o.cell(l.text()) + " ×" + l.count() + (l.hedged() > 0 ? " (" + l.hedged() + " hedged)" : ""));
        }
        if (ol.labels().size() > MAX_LABELS) {
          ls.add("… " + (ol.labels().size() - MAX_LABELS) + " more");
        }
        rows.add(List.of(o.cell(ol.outlet()), num(ol.mentions()), ol.hedged() + "/" + ol.attributed() + "/" + ol.bare(),
            ol.verdict().name(), String.join("; ", ls)));
      }
      o.rawTable(List.of("outlet", "mentions", "hedged/attributed/bare", "verdict", "labels"), rows);
      List<String> only = distinctive(ref, o);
      if (!only.isEmpty()) {
        o.line("");
        o.line("Only one outlet says: " + String.join("; ", only));
      }
      o.line("");
    }

    o.heading("Loaded and evaluative language");
    List<List<String>> rows = new ArrayList<>();
    for (OutletProfile p : r.outlets()) {
      List<String> row = new ArrayList<>();
      row.add(o.cell(p.outlet()));
      row.add(num(p.loaded().hits()));
      row.add(fmt(p.loaded().perThousandWords()));
      for (CategoryCount c : p.loaded().categories()) {
        row.add(c.count() + " (" + fmt(c.perThousandWords()) + ")");
      }
      List<String> terms = new ArrayList<>();
      for (TermCount t : p.loaded().terms().subList(0, Math.min(8, p.loaded().terms().size()))) {
        terms.add(o.cell(t.term()) + " ×" + t.count());
      }
      row.add(String.join(", ", terms));
      rows.add(row);
    }
    List<String> head = new ArrayList<>(List.of("outlet", "hits", "per 1k words"));
    for (LexiconCategory c : LexiconCategory.values()) {
      head.add(c.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    head.add("top terms");
    o.rawTable(head, rows);
    o.line("");

    o.heading("Policy frames (primary frame per sentence, share of story sentences)");
    List<String> fh = new ArrayList<>(List.of("frame"));
    r.outlets().forEach(p -> fh.add(o.cell(p.outlet())));
    List<List<String>> frows = new ArrayList<>();
    for (PolicyFrame f : PolicyFrame.values()) {
      List<String> row = new ArrayList<>();
      row.add(f.label());
      for (OutletProfile p : r.outlets()) {
        FrameShare s = p.frame(f);
        row.add(s.sentences() == 0 ? "-" : pct(s.share()) + " (" + s.sentences() + ")");
      }
      frows.add(row);
    }
    o.rawTable(fh, frows);
    o.line("");

    o.heading("Tone toward key referents (lexicon-based: evaluative words within 5 words of a mention)");
    List<List<String>> trows = new ArrayList<>();
    for (EntityTone t : r.tone()) {
      List<String> words = new ArrayList<>();
      for (LexiconHit h : t.evidence()) {
        words.add(o.cell(h.evidence().text()) + (h.valence() > 0 ? " +" : " −"));
      }
      trows.add(List.of(o.cell(t.name()), o.cell(t.outlet()), num(t.mentions()), num(t.positive()), num(t.negative()),
          fmt(t.score()), t.tone().name(), String.join(", ", words)));
    }
    o.rawTable(List.of("referent", "outlet", "mentions", "+", "−", "score", "tone", "evaluative words"), trows);
    o.line("");

    o.heading("Hedged claims (examples)");
    for (OutletProfile p : r.outlets()) {
      for (Evidence e : p.stance().examples()) {
        List<String> markers = r.claims().stream()
            .filter(c -> c.article().equals(e.article()) && c.sentence() == e.sentence())
            .flatMap(c -> c.markers().stream())
            .toList();
        o.bullet(o.cell(p.outlet()) + ": [" + o.cell(String.join(", ", markers)) + "] " + o.cell(e.sentenceText()));
      }
    }
    o.line("");
    o.heading("Left out of the statistics");
    List<List<String>> xrows = new ArrayList<>();
    for (OutletProfile p : r.outlets()) {
      int[] n = new int[ExcludedSentence.Reason.values().length];
      for (ExcludedSentence e : r.excluded()) {
        if (p.articles().contains(e.article())) {
          n[e.reason().ordinal()]++;
        }
      }
      List<String> row = new ArrayList<>();
      row.add(o.cell(p.outlet()));
      for (int k : n) {
        row.add(num(k));
      }
      xrows.add(row);
    }
    List<String> xh = new ArrayList<>(List.of("outlet"));
    for (ExcludedSentence.Reason x : ExcludedSentence.Reason.values()) {
      xh.add(x.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    o.rawTable(xh, xrows);
    return o.sb.toString();
  }

  /** A label compared without case and plural: "Arrests" and "arrest" are one label. */
  private static String labelKey(String label) {
    String l = label.toLowerCase(Locale.ROOT);
    int sp = l.lastIndexOf(' ');
    return l.substring(0, sp + 1) + Lemmas.noun(l.substring(sp + 1));
  }

  /** Per outlet, the labels of a referent that no other outlet uses (compared without case and plural). */
  private static List<String> distinctive(Referent ref, Out o) {
    List<String> out = new ArrayList<>();
    if (ref.outlets().size() < 2) {
      return out;
    }
    for (OutletLabels ol : ref.outlets()) {
      List<String> mine = new ArrayList<>();
      for (Label l : ol.labels()) {
        String key = labelKey(l.text());
        boolean elsewhere = ref.outlets().stream()
            .filter(x -> x != ol)
            .anyMatch(x -> x.labels().stream().anyMatch(y -> labelKey(y.text()).equals(key)));
        if (!elsewhere) {
          mine.add(o.cell(l.text()));
        }
      }
      if (!mine.isEmpty()) {
        out.add(o.cell(ol.outlet()) + ": " + String.join(", ", mine.subList(0, Math.min(MAX_LABELS, mine.size()))));
      }
    }
    return out;
  }

  private static String num(int n) {
    return Integer.toString(n);
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  private static String pct(double d) {
    return String.format(Locale.ROOT, "%.0f%%", Math.max(0, d) * 100);
  }

  /** Escapes Markdown: backslash before every character with inline or table meaning. */
  static String escapeMarkdown(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\|[]()<>*_`#!~".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  /** Turns control characters and line breaks into spaces and bidi controls into U+FFFD in text taken from articles. */
  static String clean(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        sb.append(' ');
      } else if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
          || c == '\u061C') {
        sb.append('\uFFFD');
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static final class Out {
    final boolean md;
    final StringBuilder sb = new StringBuilder();

    Out(boolean md) {
      this.md = md;
    }

    String cell(String s) {
      String c = clean(s);
      return md ? escapeMarkdown(c) : c;
    }

    List<String> cells(List<String> s) {
      return s.stream().map(this::cell).toList();
    }

    void line(String s) {
      sb.append(s).append('\n');
    }

    void heading(String s) {
      if (md) {
        line("## " + s);
        line("");
      } else {
        line(s);
        line("=".repeat(s.length()));
      }
    }

    void subheading(String s) {
      String c = cell(s);
      if (md) {
        line("### " + c);
        line("");
      } else {
        line(c);
        line("-".repeat(Math.min(100, c.length())));
      }
    }

    void bullet(String s) {
      line((md ? "- " : "  * ") + s);
    }

    void table(List<String> head, List<List<String>> rows) {
      List<List<String>> esc = new ArrayList<>();
      for (List<String> r : rows) {
        esc.add(r.stream().map(this::cell).toList());
      }
      rawTable(head, esc);
    }

    /** Rows whose cells are already escaped. */
    void rawTable(List<String> head, List<List<String>> rows) {
      if (md) {
        line("| " + String.join(" | ", head) + " |");
        line("|" + "---|".repeat(head.size()));
        for (List<String> r : rows) {
          line("| " + String.join(" | ", r) + " |");
        }
        return;
      }
      int[] w = new int[head.size()];
      for (int i = 0; i < head.size(); i++) {
        w[i] = head.get(i).length();
      }
      for (List<String> r : rows) {
        for (int i = 0; i < r.size() && i < w.length; i++) {
          w[i] = Math.min(90, Math.max(w[i], r.get(i).length()));
        }
      }
      line(pad(head, w));
      StringBuilder dash = new StringBuilder();
      for (int i = 0; i < w.length; i++) {
        dash.append(i == 0 ? "" : "  ").append("-".repeat(w[i]));
      }
      line(dash.toString());
      for (List<String> r : rows) {
        line(pad(r, w));
      }
    }

    private static String pad(List<String> cells, int[] w) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < cells.size(); i++) {
        String c = cells.get(i);
        if (i > 0) {
          sb.append("  ");
        }
        sb.append(c);
        if (i < cells.size() - 1) {
          sb.append(" ".repeat(Math.max(0, w[i] - c.length())));
        }
      }
      return sb.toString().stripTrailing();
    }
  }
}
