package dev.parallax.report;

import dev.parallax.AnalyzedArticle;
import dev.parallax.CorpusAnalysis;
import dev.parallax.figure.Figure;
import dev.parallax.framing.FramingReport;
import dev.parallax.report.internal.Derive;
import dev.parallax.report.internal.Esc;
import dev.parallax.report.internal.Fmt;
import dev.parallax.report.internal.FromFraming;
import dev.parallax.report.internal.Svg;
import dev.parallax.time.DateMention;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A self-contained static HTML report of a corpus analysis: per story the outlets side by side,
 * disagreements highlighted in each article's text and linked to one another, framing tables, and
 * inline SVG charts (figures on a number line, frame distribution, share of voice). The page makes
 * no network requests, needs no JavaScript, escapes every untrusted field for its context and
 * carries a restrictive Content-Security-Policy.
 *
 * <pre>{@code
 * String html = HtmlReport.builder(analysis).title("My corpus").build().render();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlReport {

  /** The Content-Security-Policy the page declares: nothing may load, inline styles only. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

  /** The parts of a report, for rendering a fragment (in a notebook, say). Immutable and thread-safe. */
  public enum Section {
    /** The articles with their counts. */
    SUMMARY,
    /** The list of disagreements with links to each claim. */
    DISAGREEMENTS,
    /** Each story with its articles side by side, claims highlighted. */
    STORIES,
    /** Each outlet's figures on number lines, one per counted thing. */
    FIGURE_CHARTS,
    /** Framing tables and the frame distribution per outlet. */
    FRAMING,
    /** Share of voice per outlet. */
    SHARE_OF_VOICE
  }

  private final CorpusAnalysis analysis;
  private final String title;
  private final List<StoryView> stories;
  private final List<ClaimGroup> groups;
  private final boolean provisionalGroups;
  private final List<Table> tables;
  private final Optional<Shares> frames;
  private final Shares voice;
  private final Map<String, AnalyzedArticle> byId = new HashMap<>();
  private final Map<String, Integer> articleIndex = new HashMap<>();

  private HtmlReport(Builder b) {
    this.analysis = b.analysis;
    this.title = b.title;
    for (int i = 0; i < analysis.articles().size(); i++) {
      AnalyzedArticle a = analysis.articles().get(i);
      byId.put(a.id(), a);
      articleIndex.put(a.id(), i);
    }
    this.stories =
        b.stories != null
            ? b.stories
            : List.of(new StoryView(title, analysis.articles().stream().map(AnalyzedArticle::id).toList()));
    this.provisionalGroups = b.groups == null;
    this.groups = b.groups != null ? b.groups : Derive.figureGroups(analysis);
    List<Table> t = new ArrayList<>(b.tables);
    if (t.isEmpty()) {
      t.add(Derive.labels(analysis, 25));
    }
    this.tables = List.copyOf(t);
    this.frames = Optional.ofNullable(b.frames);
    this.voice = b.voice != null ? b.voice : Derive.shareOfVoice(analysis, 7);
    for (StoryView s : stories) {
      for (String id : s.articles()) {
        if (!byId.containsKey(id)) {
          throw new IllegalArgumentException("story '" + s.title() + "' names unknown article: " + id);
        }
      }
    }
    for (ClaimGroup g : groups) {
      for (ClaimSpan c : g.claims()) {
        AnalyzedArticle a = byId.get(c.article());
        if (a == null) {
          throw new IllegalArgumentException("claim names unknown article: " + c.article());
        }
        if (c.end() > a.article().text().length()) {
          throw new IllegalArgumentException("claim span outside article " + c.article() + ": " + c.start() + ".." + c.end());
        }
      }
    }
  }

  /** Starts a report of {@code analysis}; everything not given is derived from it. */
  public static Builder builder(CorpusAnalysis analysis) {
    return new Builder(analysis);
  }

  /**
   * A report of {@code analysis} with everything derived from it directly (a provisional alignment
   * of figures); use {@code builder(analysis).comparison(Comparison.of(analysis))} for the full
   * comparison, as the {@code report} command does.
   */
  public static HtmlReport of(CorpusAnalysis analysis) {
    return builder(analysis).build();
  }

  /** The whole page. */
  public String render() {
    return page(EnumSet.allOf(Section.class));
  }

  /** A complete page (same head, styles and CSP as {@link #render()}) with only some sections. */
  public String page(Section first, Section... rest) {
    return page(EnumSet.of(first, rest));
  }

  private String page(Set<Section> sections) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY).append("\">\n");
    h.append("<meta name=\"referrer\" content=\"no-referrer\">\n");
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.append("<title>").append(Esc.html(title)).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n<body>\n");
    h.append("<header><h1>").append(Esc.html(title)).append("</h1>");
    h.append("<nav>");
    String[][] links = {
      {"SUMMARY", "summary", "Articles"}, {"DISAGREEMENTS", "disagreements", "Disagreements"},
      {"STORIES", "stories", "Side by side"}, {"FIGURE_CHARTS", "figures", "Figures"},
      {"FRAMING", "framing", "Framing"}, {"SHARE_OF_VOICE", "voice", "Share of voice"}
    };
    for (String[] l : links) {
      if (sections.contains(Section.valueOf(l[0]))) {
        h.append("<a href=\"#").append(l[1]).append("\">").append(l[2]).append("</a> ");
      }
    }
    h.append("</nav></header>\n<main>\n");
    body(h, sections);
    h.append("</main>\n<footer>Generated by Parallax. A static page: no scripts, no network requests.</footer>\n");
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  /** Writes the whole page. */
  public void write(Writer out) throws IOException {
    out.write(render());
  }

  /**
   * Some sections as an HTML fragment with its own scoped styles, for embedding (a notebook's
   * {@code text/html} output, say).
   */
  public String fragment(Section first, Section... rest) {
    StringBuilder h = new StringBuilder();
    h.append("<div class=\"parallax-report\"><style>").append(CSS.replace("body{", ".parallax-report{")).append("</style>");
    body(h, EnumSet.of(first, rest));
    h.append("</div>");
    return h.toString();
  }

  private void body(StringBuilder h, Set<Section> sections) {
    boolean linked = sections.contains(Section.STORIES);
    if (sections.contains(Section.SUMMARY)) {
      summary(h, linked);
    }
    if (sections.contains(Section.DISAGREEMENTS)) {
      disagreements(h, linked);
    }
    if (sections.contains(Section.STORIES)) {
      stories(h);
    }
    if (sections.contains(Section.FIGURE_CHARTS)) {
      figureCharts(h);
    }
    if (sections.contains(Section.FRAMING)) {
      framing(h);
    }
    if (sections.contains(Section.SHARE_OF_VOICE)) {
      h.append("<section id=\"voice\"><h2>Share of voice</h2>");
      if (voice.rows().stream().allMatch(r -> r.total() == 0)) {
        h.append("<p class=\"empty\">No attributed quotes were found.</p>");
      }
      h.append("<div class=\"figure\">").append(Svg.stackedBars(voice)).append("</div></section>\n");
    }
  }

  private void summary(StringBuilder h, boolean linked) {
    h.append("<section id=\"summary\"><h2>Articles</h2><table class=\"data\"><thead><tr>")
        .append("<th>outlet</th><th>title</th><th>published</th><th>sentences</th><th>figures</th>")
        .append("<th>dates</th><th>entity mentions</th><th>quotes</th></tr></thead><tbody>");
    for (AnalyzedArticle a : analysis.articles()) {
      h.append("<tr><td>");
      if (linked) {
        h.append("<a href=\"#art").append(articleIndex.get(a.id())).append("\">").append(Esc.html(Derive.outlet(a))).append("</a>");
      } else {
        h.append(Esc.html(Derive.outlet(a)));
      }
      h.append("</td><td>");
      String t = a.article().title().orElse("");
      Optional<String> url = a.article().url().flatMap(Esc::href);
      if (url.isPresent()) {
        h.append("<a rel=\"noopener noreferrer nofollow\" href=\"").append(url.get()).append("\">")
            .append(Esc.html(t.isEmpty() ? a.article().url().orElse("") : t)).append("</a>");
      } else {
        h.append(Esc.html(t));
      }
      h.append("</td><td>").append(Esc.html(a.article().published().map(Object::toString).orElse("")))
          .append("</td><td class=\"n\">").append(a.text().sentences().size())
          .append("</td><td class=\"n\">").append(a.figures().size())
          .append("</td><td class=\"n\">").append(a.dates().size())
          .append("</td><td class=\"n\">").append(a.entities().size())
          .append("</td><td class=\"n\">").append(a.quotes().size()).append("</td></tr>");
    }
    h.append("</tbody></table>");
    if (!analysis.diagnostics().isEmpty()) {
      h.append("<details><summary>").append(analysis.diagnostics().size()).append(" loading problem(s)</summary><ul>");
      analysis.diagnostics().forEach(d -> h.append("<li>").append(Esc.html(d.toString())).append("</li>"));
      h.append("</ul></details>");
    }
    h.append("</section>\n");
  }

  private void disagreements(StringBuilder h, boolean linked) {
    h.append("<section id=\"disagreements\"><h2>Disagreements</h2>");
    if (provisionalGroups) {
      h.append("<p class=\"note\">Provisional: figures grouped by what they count and their unit.</p>");
    }
    if (groups.isEmpty()) {
      h.append("<p class=\"empty\">No claims were found in more than one article.</p></section>\n");
      return;
    }
    h.append("<ol class=\"groups\">");
    for (int g = 0; g < groups.size(); g++) {
      ClaimGroup cg = groups.get(g);
      h.append("<li id=\"g").append(g).append("\" class=\"group ").append(verdictClass(cg.verdict())).append("\">")
          .append("<span class=\"badge kind\">").append(Esc.html(cg.kind())).append("</span> ")
          .append("<span class=\"badge verdict\">").append(Esc.html(cg.verdict())).append("</span> ")
          .append(Esc.html(cg.explanation())).append("<ul>");
      for (int c = 0; c < cg.claims().size(); c++) {
        ClaimSpan cl = cg.claims().get(c);
        h.append("<li>");
        if (linked) {
          h.append("<a href=\"#c").append(g).append('-').append(c).append("\">")
              .append(Esc.html(Derive.outlet(byId.get(cl.article())))).append("</a>");
        } else {
          h.append(Esc.html(Derive.outlet(byId.get(cl.article()))));
        }
        h.append(": \u201C").append(Esc.html(cl.text())).append("\u201D");
        if (!cl.value().isEmpty()) {
          h.append(" <span class=\"value\">").append(Esc.html(cl.value())).append("</span>");
        }
        h.append("</li>");
      }
      h.append("</ul></li>");
    }
    h.append("</ol></section>\n");
  }

  private void stories(StringBuilder h) {
    h.append("<section id=\"stories\"><h2>Side by side</h2>");
    for (StoryView s : stories) {
      h.append("<h3>").append(Esc.html(s.title())).append("</h3>");
      h.append("<div class=\"side\" style=\"grid-template-columns:repeat(")
          .append(Math.max(1, s.articles().size()))
          .append(",minmax(240px,1fr))\">");
      for (String id : s.articles()) {
        AnalyzedArticle a = byId.get(id);
        int idx = articleIndex.get(id);
        h.append("<article id=\"art").append(idx).append("\"><h4>").append(Esc.html(Derive.outlet(a))).append("</h4>");
        a.article().title().ifPresent(t -> h.append("<p class=\"headline\">").append(Esc.html(t)).append("</p>"));
        h.append("<p class=\"meta\">")
            .append(Esc.html(a.article().published().map(Object::toString).orElse("date unknown")))
            .append(" \u00B7 ").append(a.figures().size()).append(" figures \u00B7 ")
            .append(a.dates().size()).append(" dates \u00B7 ")
            .append(a.quotes().size()).append(" quotes</p>");
        h.append("<div class=\"text\">");
        articleText(h, a);
        h.append("</div></article>");
      }
      h.append("</div>");
    }
    h.append("<p class=\"legend\"><mark class=\"claim conflict\">conflict</mark> <mark class=\"claim scope\">different scope</mark> ")
        .append("<mark class=\"claim compatible\">compatible</mark> <mark class=\"claim agree\">agree</mark> ")
        .append("<span class=\"fig\">figure</span> <span class=\"date\">date</span></p>");
    h.append("</section>\n");
  }

  private record Mark(int start, int end, int priority, String open, String close) {}

  private void articleText(StringBuilder h, AnalyzedArticle a) {
    String text = a.article().text();
    List<Mark> marks = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      ClaimGroup cg = groups.get(g);
      for (int c = 0; c < cg.claims().size(); c++) {
        ClaimSpan cl = cg.claims().get(c);
        if (!cl.article().equals(a.id()) || cl.end() <= cl.start()) {
          continue;
        }
        StringBuilder links = new StringBuilder("<sup class=\"links\"><a href=\"#g").append(g).append("\">#").append(g + 1).append("</a>");
        for (int o = 0; o < cg.claims().size(); o++) {
          if (o != c) {
            ClaimSpan other = cg.claims().get(o);
            links.append(" <a href=\"#c").append(g).append('-').append(o).append("\" title=\"")
                .append(Esc.attr(Derive.outlet(byId.get(other.article())) + ": " + other.text()))
                .append("\">\u2192").append(letter(other.article())).append("</a>");
          }
        }
        links.append("</sup>");
        String tip = cg.kind() + " " + cg.verdict() + ": " + cg.explanation() + (cl.value().isEmpty() ? "" : " [" + cl.value() + "]");
        marks.add(
            new Mark(
                cl.start(),
                cl.end(),
                0,
                "<mark id=\"c" + g + "-" + c + "\" class=\"claim " + verdictClass(cg.verdict()) + "\" title=\"" + Esc.attr(tip) + "\">",
                "</mark>" + links));
      }
    }
    for (Figure f : a.figures()) {
      marks.add(new Mark(f.start(), f.end(), 1, "<span class=\"fig\" title=\"" + Esc.attr(Fmt.interval(f) + " " + f.qualifier() + " " + f.counts()) + "\">", "</span>"));
    }
    for (DateMention d : a.dates()) {
      marks.add(new Mark(d.start(), d.end(), 2, "<span class=\"date\" title=\"" + Esc.attr(d.value()) + "\">", "</span>"));
    }
    marks.sort(Comparator.comparingInt(Mark::priority).thenComparingInt(Mark::start));
    List<Mark> kept = new ArrayList<>();
    boolean[] used = new boolean[text.length() + 1];
    for (Mark m : marks) {
      if (m.end() > text.length() || m.end() <= m.start()) {
        continue;
      }
      boolean free = true;
      for (int i = m.start(); i < m.end() && free; i++) {
        free = !used[i];
      }
      if (free) {
        for (int i = m.start(); i < m.end(); i++) {
          used[i] = true;
        }
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(Mark::start));
    int pos = 0;
    for (Mark m : kept) {
      h.append(Esc.html(text.substring(pos, m.start())));
      h.append(m.open()).append(Esc.html(text.substring(m.start(), m.end()))).append(m.close());
      pos = m.end();
    }
    h.append(Esc.html(text.substring(pos)));
  }

  private String letter(String articleId) {
    int i = articleIndex.getOrDefault(articleId, 0);
    return i < 26 ? String.valueOf((char) ('A' + i)) : String.valueOf(i + 1);
  }

  private void figureCharts(StringBuilder h) {
    h.append("<section id=\"figures\"><h2>Figures on a number line</h2>")
        .append("<p class=\"note\">One line per counted thing; one row per outlet. Filled dots are closed ends, ")
        .append("hollow dots open ends, arrows unbounded ends; the diamond marks the stated number.</p>");
    Map<String, List<Figure>> byTopic = new LinkedHashMap<>();
    for (AnalyzedArticle a : analysis.articles()) {
      for (Figure f : a.figures()) {
        String t = Derive.figureTopic(f);
        if (!t.isEmpty()) {
          byTopic.computeIfAbsent(t, k -> new ArrayList<>()).add(f);
        }
      }
    }
    List<Map.Entry<String, List<Figure>>> topics = new ArrayList<>(byTopic.entrySet());
    topics.sort(
        Comparator.comparingInt((Map.Entry<String, List<Figure>> e) -> -outlets(e.getValue()))
            .thenComparingInt(e -> -e.getValue().size())
            .thenComparing(Map.Entry::getKey));
    int shown = 0;
    for (Map.Entry<String, List<Figure>> e : topics) {
      if (shown >= 8 || (outlets(e.getValue()) < 2 && e.getValue().size() < 2)) {
        continue;
      }
      List<Svg.Interval> ivs = new ArrayList<>();
      e.getValue().stream()
          .sorted(Comparator.comparingInt((Figure f) -> articleIndex.get(f.article())).thenComparingInt(Figure::start))
          .forEach(
              f ->
                  ivs.add(
                      new Svg.Interval(
                          Derive.outlet(byId.get(f.article())),
                          f.text(),
                          f.lower(),
                          f.upper(),
                          f.lowerInclusive(),
                          f.upperInclusive(),
                          f.value())));
      h.append("<div class=\"figure\">").append(Svg.numberLine(e.getKey(), ivs)).append("</div>");
      shown++;
    }
    if (shown == 0) {
      h.append("<p class=\"empty\">No counted thing has two or more figures.</p>");
    }
    h.append("</section>\n");
  }

  private static int outlets(List<Figure> figs) {
    Set<String> s = new LinkedHashSet<>();
    figs.forEach(f -> s.add(f.article()));
    return s.size();
  }

  private void framing(StringBuilder h) {
    h.append("<section id=\"framing\"><h2>Framing</h2>");
    for (Table t : tables) {
      table(h, t);
    }
    if (frames.isPresent()) {
      h.append("<div class=\"figure\">").append(Svg.stackedBars(frames.get())).append("</div>");
    } else {
      h.append("<p class=\"empty\">No policy-frame distribution was given to this report.</p>");
    }
    h.append("</section>\n");
  }

  /** One table as an HTML fragment with every cell escaped (for notebooks). */
  public static String table(Table t) {
    StringBuilder h = new StringBuilder("<div class=\"parallax-report\"><style>");
    h.append(CSS.replace("body{", ".parallax-report{")).append("</style>");
    table(h, t);
    return h.append("</div>").toString();
  }

  private static void table(StringBuilder h, Table t) {
    h.append("<table class=\"data\"><caption>").append(Esc.html(t.title())).append("</caption><thead><tr>");
    t.header().forEach(c -> h.append("<th>").append(Esc.html(c)).append("</th>"));
    h.append("</tr></thead><tbody>");
    if (t.rows().isEmpty()) {
      h.append("<tr><td colspan=\"").append(Math.max(1, t.header().size())).append("\" class=\"empty\">no rows</td></tr>");
    }
    for (List<String> r : t.rows()) {
      h.append("<tr>");
      r.forEach(c -> h.append("<td>").append(Esc.html(c)).append("</td>"));
      h.append("</tr>");
    }
    h.append("</tbody></table>");
  }

  private static String verdictClass(String verdict) {
    return switch (verdict.toUpperCase(Locale.ROOT)) {
      case "CONFLICT" -> "conflict";
      case "DIFFERENT_SCOPE" -> "scope";
      case "COMPATIBLE" -> "compatible";
      case "AGREE" -> "agree";
      default -> "other";
    };
  }

  private static final String CSS =
      "body{font:15px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1b1b1b;margin:0 auto;max-width:1800px;padding:0 16px}"
          + "header{border-bottom:2px solid #333;margin-bottom:8px}h1{margin:12px 0 4px;font-size:1.6em}"
          + "nav a{margin-right:12px}h2{border-bottom:1px solid #ccc;margin-top:28px}"
          + "table.data{border-collapse:collapse;margin:8px 0 16px;font-size:.92em}"
          + "table.data th,table.data td{border:1px solid #ccc;padding:3px 8px;vertical-align:top;text-align:left}"
          + "table.data th{background:#f1f1f1}table.data caption{text-align:left;font-weight:600;padding:4px 0;white-space:nowrap}"
          + "td.n{text-align:right;font-variant-numeric:tabular-nums}"
          + ".side{display:grid;gap:12px;overflow-x:auto}"
          + ".side article{border:1px solid #bbb;border-radius:4px;padding:8px 10px;background:#fcfcfc;min-width:0}"
          + ".side h4{margin:0 0 2px;font-size:1.05em;overflow-wrap:anywhere}.headline{font-weight:600;margin:2px 0}"
          + ".meta{color:#555;font-size:.85em;margin:2px 0 6px}"
          + ".text{white-space:pre-wrap;overflow-wrap:anywhere;max-height:75vh;overflow-y:auto;font-family:Georgia,serif;font-size:.95em}"
          + "mark.claim{padding:0 1px;border-radius:2px}mark.conflict{background:#ffb3b3}mark.scope{background:#ffd591}"
          + "mark.compatible{background:#fff3a0}mark.agree{background:#c6f0c2}mark.other{background:#dde3ff}"
          + "mark:target{outline:3px solid #0072B2}sup.links{font-size:.7em}sup.links a{text-decoration:none}"
          + ".fig{border-bottom:2px solid #0072B2}.date{border-bottom:2px dotted #009E73}"
          + ".groups>li{margin-bottom:8px;padding:4px 6px;border-left:5px solid #ccc}.groups>li:target{background:#eef5ff}"
          + ".groups>li.conflict{border-color:#d33}.groups>li.scope{border-color:#e90}.groups>li.compatible{border-color:#cb0}"
          + ".groups>li.agree{border-color:#3a3}.badge{font-size:.75em;font-weight:700;padding:1px 5px;border-radius:3px;background:#eee}"
          + ".value{color:#555;font-family:monospace}.note,.empty,.legend{color:#555;font-size:.9em}"
          + ".figure{overflow-x:auto;margin:6px 0 14px}svg.chart{background:#fff;border:1px solid #ddd}"
          + "svg text{font:12px system-ui,sans-serif;fill:#222}svg text.title{font-weight:700;font-size:13px}"
          + "svg text.in{fill:#fff;font-weight:600}svg text.tick{fill:#555}svg text.lbl{font-size:11px;fill:#333}"
          + "footer{color:#777;font-size:.85em;border-top:1px solid #ccc;margin-top:30px;padding:8px 0}";

  /**
   * Configures an {@link HtmlReport}; parts not given are derived from the analysis.
   *
   * <p>Not thread-safe; use one per thread.
   */
  public static final class Builder {
    private final CorpusAnalysis analysis;
    private String title = "Parallax report";
    private List<StoryView> stories;
    private List<ClaimGroup> groups;
    private final List<Table> tables = new ArrayList<>();
    private Shares frames;
    private Shares voice;

    private Builder(CorpusAnalysis analysis) {
      this.analysis = Objects.requireNonNull(analysis, "analysis");
    }

    /** The page title (default "Parallax report"). */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /** The stories to show side by side (default: one story with every article). */
    public Builder stories(List<StoryView> stories) {
      this.stories = List.copyOf(stories);
      return this;
    }

    /** The disagreements to highlight (default: a provisional alignment of figures). */
    public Builder disagreements(List<ClaimGroup> groups) {
      this.groups = List.copyOf(groups);
      return this;
    }

    /** Adds a framing table (default: how each outlet names shared entities). */
    public Builder table(Table table) {
      tables.add(Objects.requireNonNull(table, "table"));
      return this;
    }

    /**
     * Adds the framing tables (labels per referent and outlet, hedging, loaded language, tone) and
     * the policy-frame distribution of a {@link FramingReport}.
     */
    public Builder framing(FramingReport framing) {
      Objects.requireNonNull(framing, "framing");
      tables.add(FromFraming.labels(framing, 25));
      tables.add(FromFraming.hedging(framing));
      tables.add(FromFraming.loaded(framing));
      tables.add(FromFraming.tone(framing, 40));
      this.frames = FromFraming.frames(framing);
      return this;
    }

    /**
     * Uses a {@link dev.parallax.compare.Comparison}: its stories side by side, every aligned claim
     * group (conflicts, compatible and agreeing claims) highlighted and linked, the coverage table
     * of omissions and the share of voice from its quotes; and, when present, its framing report.
     */
    public Builder comparison(dev.parallax.compare.Comparison comparison) {
      Objects.requireNonNull(comparison, "comparison");
      this.stories = dev.parallax.report.internal.FromComparison.stories(comparison);
      this.groups = dev.parallax.report.internal.FromComparison.groups(comparison);
      tables.add(dev.parallax.report.internal.FromComparison.coverage(comparison, 60));
      this.voice = dev.parallax.report.internal.FromComparison.voice(comparison, 6);
      framing(comparison.framing());
      return this;
    }

    /** The frame distribution per outlet (default: none). */
    public Builder frames(Shares frames) {
      this.frames = Objects.requireNonNull(frames, "frames");
      return this;
    }

    /** The share of voice per outlet (default: quoted words per speaker, from the quotes). */
    public Builder shareOfVoice(Shares voice) {
      this.voice = Objects.requireNonNull(voice, "voice");
      return this;
    }

    /**
     * Builds the report.
     *
     * @throws IllegalArgumentException if a story or claim names an unknown article or a claim's
     *     span lies outside its article
     */
    public HtmlReport build() {
      return new HtmlReport(this);
    }
  }
}
