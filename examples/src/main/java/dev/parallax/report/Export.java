package dev.parallax.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.parallax.AnalyzedArticle;
import dev.parallax.CorpusAnalysis;
import dev.parallax.entity.Entity;
import dev.parallax.entity.EntityMention;
import dev.parallax.figure.Figure;
import dev.parallax.json.ParallaxJson;
import dev.parallax.report.internal.Derive;
import dev.parallax.report.internal.Esc;
import dev.parallax.report.internal.Fmt;
import dev.parallax.time.DateMention;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Flat exports of extracted items, one row per item with its article, outlet and character span:
 * CSV (RFC 4180 quoting; text cells that a spreadsheet would run as a formula are prefixed with
 * {@code '}), JSON Lines, or a Markdown table (table and link syntax escaped).
 *
 * <pre>{@code
 * Export.write(analysis, Export.What.FIGURES, Export.Format.CSV, writer);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Export {

  /** Which items to export. Immutable and thread-safe. */
  public enum What {
    /** One row per figure. */
    FIGURES,
    /** One row per date mention. */
    DATES,
    /** One row per entity mention. */
    ENTITIES,
    /** One row per claim of each disagreement. */
    DISAGREEMENTS
  }

  /** The output format. Immutable and thread-safe. */
  public enum Format {
    /** Comma-separated values with a header row. */
    CSV,
    /** One JSON object per line. */
    JSONL,
    /** A GitHub-flavoured Markdown table. */
    MARKDOWN
  }

  private Export() {}

  /** Writes the figures, dates, entities or disagreements of an analysis (derived disagreements; pass {@code FromComparison.groups(Comparison.of(analysis))} for the full comparison). */
  public static void write(CorpusAnalysis analysis, What what, Format format, Writer out) throws IOException {
    write(analysis, what == What.DISAGREEMENTS ? Derive.figureGroups(analysis) : List.of(), what, format, out);
  }

  /** Like {@link #write(CorpusAnalysis, What, Format, Writer)} with the given disagreements. */
  public static void write(CorpusAnalysis analysis, List<ClaimGroup> disagreements, What what, Format format, Writer out)
      throws IOException {
    Objects.requireNonNull(analysis, "analysis");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(out, "out");
    List<String> header = header(what);
    List<List<Object>> rows = rows(analysis, disagreements, what);
    switch (format) {
      case CSV -> {
        csvRow(out, new ArrayList<>(header));
        for (List<Object> r : rows) {
          csvRow(out, r);
        }
      }
      case JSONL -> {
        for (List<Object> r : rows) {
          out.write(jsonLine(header, r));
          out.write('\n');
        }
      }
      case MARKDOWN -> {
        mdRow(out, new ArrayList<>(header));
        out.write("|" + "---|".repeat(header.size()) + "\n");
        for (List<Object> r : rows) {
          mdRow(out, r);
        }
      }
    }
    out.flush();
  }

  /** Renders to a string (for notebooks and tests). */
  public static String toString(CorpusAnalysis analysis, What what, Format format) {
    StringWriter w = new StringWriter();
    try {
      write(analysis, what, format, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** The same rows as a {@link Table} of display strings (for {@link HtmlReport#table(Table)}). */
  public static Table table(CorpusAnalysis analysis, What what) {
    List<ClaimGroup> groups = what == What.DISAGREEMENTS ? Derive.figureGroups(analysis) : List.of();
    List<List<String>> rows = new ArrayList<>();
    for (List<Object> r : rows(analysis, groups, what)) {
      List<String> cells = new ArrayList<>();
      for (Object c : r) {
        cells.add(c instanceof Missing ? "" : c instanceof Double d ? Fmt.plain(d) : c.toString());
      }
      rows.add(cells);
    }
    return new Table(what.name().toLowerCase(java.util.Locale.ROOT), header(what), rows);
  }

  /** The column names of an export. */
  public static List<String> header(What what) {
    return switch (what) {
      case FIGURES -> List.of(
          "article", "outlet", "text", "value", "lower", "upper", "lower_inclusive", "upper_inclusive", "qualifier",
          "unit", "counts", "kind", "change", "predicate", "source", "start", "end", "sentence");
      case DATES -> List.of(
          "article", "outlet", "text", "value", "type", "anchor", "start_date", "end_date", "start", "end", "sentence");
      case ENTITIES -> List.of(
          "article", "outlet", "text", "type", "entity", "entity_name", "role", "start", "end", "sentence");
      case DISAGREEMENTS -> List.of(
          "group", "kind", "verdict", "explanation", "article", "outlet", "text", "value", "start", "end");
    };
  }

  private static List<List<Object>> rows(CorpusAnalysis analysis, List<ClaimGroup> groups, What what) {
    List<List<Object>> rows = new ArrayList<>();
    Map<String, String> outlets = new HashMap<>();
    analysis.articles().forEach(a -> outlets.put(a.id(), Derive.outlet(a)));
    switch (what) {
      case FIGURES -> {
        for (AnalyzedArticle a : analysis.articles()) {
          for (Figure f : a.figures()) {
            rows.add(
                list(
                    a.id(), Derive.outlet(a), f.text(), num(f.value()), num(f.lower()), num(f.upper()),
                    f.lowerInclusive(), f.upperInclusive(), f.qualifier().name(), f.unit(), f.counts(),
                    f.kind().name(), f.change().name(), f.predicate(), f.source().orElse(""), f.start(), f.end(),
                    f.sentence()));
          }
        }
      }
      case DATES -> {
        for (AnalyzedArticle a : analysis.articles()) {
          for (DateMention d : a.dates()) {
            rows.add(
                list(
                    a.id(), Derive.outlet(a), d.text(), d.value(), d.type().name(), d.anchor(),
                    d.startDate().map(Object::toString).orElse(""), d.endDate().map(Object::toString).orElse(""),
                    d.start(), d.end(), d.sentence()));
          }
        }
      }
      case ENTITIES -> {
        for (AnalyzedArticle a : analysis.articles()) {
          for (EntityMention m : a.entities()) {
            rows.add(
                list(
                    a.id(), Derive.outlet(a), m.text(), m.type().name(), m.entity(),
                    analysis.entity(m.entity()).map(Entity::name).orElse(""), m.role(), m.start(), m.end(),
                    m.sentence()));
          }
        }
      }
      case DISAGREEMENTS -> {
        for (int g = 0; g < groups.size(); g++) {
          ClaimGroup cg = groups.get(g);
          for (ClaimSpan c : cg.claims()) {
            rows.add(
                list(
                    g + 1, cg.kind(), cg.verdict(), cg.explanation(), c.article(),
                    outlets.getOrDefault(c.article(), c.article()), c.text(), c.value(), c.start(), c.end()));
          }
        }
      }
    }
    return rows;
  }

  /** A number cell: finite doubles as numbers, infinities as absent. */
  private static Object num(double v) {
    return Double.isFinite(v) ? (Object) Double.valueOf(v) : Missing.INSTANCE;
  }

  private enum Missing {
    INSTANCE
  }

  private static List<Object> list(Object... cells) {
    return new ArrayList<>(List.of(cells));
  }

  /**
   * One CSV cell: text cells starting with {@code = + - @}, tab or carriage return get a leading
   * {@code '} so spreadsheets do not evaluate them; numbers we wrote ourselves are left as numbers.
   */
  static String csvCell(Object cell) {
    String s;
    if (cell instanceof Missing) {
      return "";
    } else if (cell instanceof Double d) {
      return Fmt.plain(d);
    } else if (cell instanceof Number || cell instanceof Boolean) {
      return cell.toString();
    } else {
      s = Esc.neutralizeForText(cell.toString());
      if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
        s = "'" + s;
      }
    }
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
        || (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))))) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }

  private static void csvRow(Writer out, List<Object> cells) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(csvCell(cells.get(i)));
    }
    sb.append("\r\n");
    out.write(sb.toString());
  }

  private static String jsonLine(List<String> header, List<Object> cells) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = ParallaxJson.mapper().getFactory().createGenerator(w)) {
      g.writeStartObject();
      for (int i = 0; i < header.size(); i++) {
        Object c = cells.get(i);
        g.writeFieldName(header.get(i));
        if (c instanceof Missing) {
          g.writeNull();
        } else if (c instanceof Double d) {
          if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            g.writeNumber(d.longValue());
          } else {
            g.writeNumber(d);
          }
        } else if (c instanceof Integer n) {
          g.writeNumber(n);
        } else if (c instanceof Boolean b) {
          g.writeBoolean(b);
        } else {
          g.writeString(c.toString());
        }
      }
      g.writeEndObject();
    }
    return w.toString();
  }

  /**
   * One Markdown table cell: every ASCII punctuation character is backslash-escaped (so no table,
   * link, image, emphasis, code or raw-HTML syntax survives) and line breaks become spaces.
   */
  static String mdCell(Object cell) {
    String s = cell instanceof Missing ? "" : cell instanceof Double d ? Fmt.plain(d) : cell.toString();
    s = Esc.neutralizeForText(s);
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\t') {
        sb.append(' ');
      } else if (c < 128 && isAsciiPunct(c)) {
        sb.append('\\').append(c);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static boolean isAsciiPunct(char c) {
    return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') || (c >= '{' && c <= '~');
  }

  private static void mdRow(Writer out, List<Object> cells) throws IOException {
    StringBuilder sb = new StringBuilder("|");
    for (Object c : cells) {
      sb.append(' ').append(mdCell(c)).append(" |");
    }
    sb.append('\n');
    out.write(sb.toString());
  }
}
