package dev.parallax.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.parallax.index.CorpusIndex;
import dev.parallax.index.FacetCount;
import dev.parallax.index.Hit;
import dev.parallax.index.ItemHit;
import dev.parallax.index.SearchQuery;
import dev.parallax.index.SearchResult;
import dev.parallax.index.Snippet;
import dev.parallax.json.AnalysisJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parallax search}: searches an index built by {@code parallax index}; JSON contract in docs/json.md. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Search an index: text, entity (any name, accents ignored), figure range, dates, outlet; with facets and snippets.")
final class SearchCommand implements Callable<Integer> {

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "Index directory.")
  Path index;

  @Option(names = "--text", paramLabel = "Q", description = "Words in the text or title (+ | - \"phrase\" work).")
  String text;

  @Option(names = "--entity", paramLabel = "NAME", description = "Canonical entity id or any name, accents and case ignored.")
  String entity;

  @Option(names = "--figure-min", paramLabel = "N", description = "Figures whose interval reaches N or more.")
  Double figureMin;

  @Option(names = "--figure-max", paramLabel = "M", description = "Figures whose interval reaches M or less.")
  Double figureMax;

  @Option(names = "--figure-within", description = "Require the figure's whole interval inside [N, M] (default: overlap).")
  boolean figureWithin;

  @Option(names = "--counting", paramLabel = "NOUN", description = "Figures counting this noun (\"people\", \"workers\").")
  String counting;

  @Option(names = "--unit", paramLabel = "UNIT", description = "Figures with this unit (USD, percent, count).")
  String unit;

  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after DATE (YYYY-MM-DD).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before DATE (YYYY-MM-DD).")
  String to;

  @Option(names = "--mentions-from", paramLabel = "DATE", description = "Mentions a date on or after DATE.")
  String mentionsFrom;

  @Option(names = "--mentions-to", paramLabel = "DATE", description = "Mentions a date on or before DATE.")
  String mentionsTo;

  @Option(names = "--outlet", paramLabel = "O", description = "Only this outlet (case ignored).")
  String outlet;

  @Option(names = "--like", paramLabel = "ARTICLE", description = "More like this: other coverage of the story of ARTICLE (other filters are ignored).")
  String like;

  @Option(names = "--page", paramLabel = "P", defaultValue = "0", description = "0-based page. Default: ${DEFAULT-VALUE}.")
  int page;

  @Option(names = "--size", paramLabel = "N", defaultValue = "10", description = "Hits per page (1-1000). Default: ${DEFAULT-VALUE}.")
  int size;

  @Option(names = "--format", defaultValue = "json", description = "json or text. Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path out;

  @Option(names = "--debug", description = "Print stack traces on errors.")
  boolean debug;

  @Override
  public Integer call() throws Exception {
    if (!format.equals("json") && !format.equals("text")) {
      throw new UsageException("--format must be json or text, got '" + format + "'");
    }
    if (!Files.isDirectory(index)) {
      throw new UsageException("no index at " + index);
    }
    SearchResult result;
    try (CorpusIndex idx = CorpusIndex.openReadOnly(index)) {
      result = like != null ? idx.moreLikeThis(like, size) : idx.search(query());
    }
    CommonOptions sink = new CommonOptions();
    sink.out = out;
    sink.write(o -> write(result, o));
    return 0;
  }

  SearchQuery query() {
    SearchQuery.Builder b = SearchQuery.builder().text(text).entity(entity).counting(counting).unit(unit).outlet(outlet);
    try {
      if (figureMin != null || figureMax != null) {
        b.figures(figureMin == null ? Double.NEGATIVE_INFINITY : figureMin, figureMax == null ? Double.POSITIVE_INFINITY : figureMax);
        b.figuresWithin(figureWithin);
      }
      b.published(date("--from", from), date("--to", to));
      b.mentioned(date("--mentions-from", mentionsFrom), date("--mentions-to", mentionsTo));
      b.page(page, size);
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage(), e);
    }
  }

  private static LocalDate date(String option, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new UsageException(option + " must be a date YYYY-MM-DD, got '" + value + "'", e);
    }
  }

  private void write(SearchResult r, OutputStream o) throws IOException {
    if (format.equals("json")) {
      try (JsonGenerator g = AnalysisJson.generator(o, true)) {
        json(r, g);
        g.writeRaw('\n');
      }
    } else {
      PrintWriter w = new PrintWriter(new OutputStreamWriter(o, StandardCharsets.UTF_8));
      text(r, w);
      w.flush();
    }
  }

  /** Writes the {@code search} JSON contract (docs/json.md). */
  static void json(SearchResult r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("total", r.total());
    g.writeArrayFieldStart("hits");
    for (Hit h : r.hits()) {
      g.writeStartObject();
      g.writeStringField("article", h.article());
      g.writeStringField("title", h.title().orElse(null));
      g.writeStringField("outlet", h.outlet().orElse(null));
      g.writeNumberField("score", h.score());
      g.writeArrayFieldStart("snippets");
      for (Snippet s : h.snippets()) {
        g.writeStartObject();
        g.writeStringField("text", s.text());
        g.writeNumberField("start", s.start());
        g.writeNumberField("end", s.end());
        g.writeArrayFieldStart("matches");
        for (Snippet.Match m : s.matches()) {
          g.writeStartObject();
          g.writeNumberField("start", m.start());
          g.writeNumberField("end", m.end());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("items");
      for (ItemHit it : h.items()) {
        g.writeStartObject();
        g.writeStringField("kind", it.kind().name().toLowerCase(java.util.Locale.ROOT));
        writeValue(g, it);
        g.writeStringField("text", it.text());
        g.writeNumberField("start", it.start());
        g.writeNumberField("end", it.end());
        g.writeNumberField("sentence", it.sentence());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("facets");
    for (String dim : List.of("outlet", "entity", "unit", "year")) {
      g.writeArrayFieldStart(dim);
      for (FacetCount c : r.facet(dim)) {
        g.writeStartObject();
        g.writeStringField("label", c.label());
        g.writeNumberField("count", c.count());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeValue(JsonGenerator g, ItemHit it) throws IOException {
    if (it.kind() == ItemHit.Kind.FIGURE) {
      try {
        double v = Double.parseDouble(it.value());
        if (Double.isFinite(v)) {
          if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            g.writeNumberField("value", (long) v);
          } else {
            g.writeNumberField("value", v);
          }
          return;
        }
      } catch (NumberFormatException e) {
        // fall through: written as a string
      }
    }
    g.writeStringField("value", it.value());
  }

  private static void text(SearchResult r, PrintWriter w) {
    w.printf("%d article(s)%n", r.total());
    int rank = 0;
    for (Hit h : r.hits()) {
      rank++;
      w.printf(
          "%n%d. %s%s%s  score %.3f%n",
          rank,
          Sanitize.line(h.article()),
          h.outlet().map(o -> "  [" + Sanitize.line(o) + "]").orElse(""),
          h.title().map(t -> "  \"" + Sanitize.line(t) + "\"").orElse(""),
          h.score());
      for (Snippet s : h.snippets()) {
        w.printf("   %d-%d: %s%n", s.start(), s.end(), Sanitize.line(s.highlighted("[", "]")));
      }
      for (ItemHit it : h.items()) {
        w.printf(
            "   %-6s %-24s \"%s\" at %d-%d%n",
            it.kind().name().toLowerCase(java.util.Locale.ROOT),
            Sanitize.line(it.value()),
            Sanitize.line(it.text()),
            it.start(),
            it.end());
      }
    }
    for (Map.Entry<String, List<FacetCount>> e : new java.util.TreeMap<>(r.facets()).entrySet()) {
      StringBuilder sb = new StringBuilder();
      for (FacetCount c : e.getValue()) {
        sb.append(sb.length() == 0 ? "" : ", ").append(Sanitize.line(c.label())).append(" (").append(c.count()).append(')');
      }
      w.printf("%n%s: %s", e.getKey(), sb);
    }
    w.println();
  }
}
