package dev.parallax.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.AnalyzedArticle;
import dev.parallax.CorpusAnalysis;
import dev.parallax.article.Article;
import dev.parallax.article.Diagnostic;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes the {@code analyze} JSON contract documented in {@code docs/json.md}: {@code
 * {"articles":[{"id","outlet","title","published","sentences","entities","figures","dates",
 * "quotes","diagnostics"}],"entities":[...],"diagnostics":[...]}}.
 *
 * <p>Stateless and thread-safe.
 */
public final class AnalysisJson {

  private AnalysisJson() {}

  /** Writes a whole corpus analysis as one JSON document (UTF-8). */
  public static void write(CorpusAnalysis analysis, OutputStream out, boolean pretty) throws IOException {
    try (JsonGenerator g = generator(out, pretty)) {
      g.writeStartObject();
      g.writeArrayFieldStart("articles");
      for (AnalyzedArticle a : analysis.articles()) {
        writeArticle(g, a);
      }
      g.writeEndArray();
      g.writeFieldName("entities");
      mapper().writeValue(g, analysis.entities());
      g.writeFieldName("diagnostics");
      mapper().writeValue(g, analysis.diagnostics());
      g.writeEndObject();
    }
  }

  /** The analysis as a JSON string. */
  public static String toJson(CorpusAnalysis analysis) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try {
      write(analysis, out, true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  /** A generator configured like the shared mapper; the caller closes it. */
  public static JsonGenerator generator(OutputStream out, boolean pretty) throws IOException {
    JsonGenerator g = mapper().getFactory().createGenerator(out, JsonEncoding.UTF8);
    g.setCodec(mapper());
    if (pretty) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
    }
    return g;
  }

  /** A generator writing to a character stream; the caller closes it. */
  public static JsonGenerator generator(Writer out, boolean pretty) throws IOException {
    JsonGenerator g = mapper().getFactory().createGenerator(out);
    g.setCodec(mapper());
    if (pretty) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
    }
    return g;
  }

  /** Writes one article object of the contract. */
  public static void writeArticle(JsonGenerator g, AnalyzedArticle a) throws IOException {
    Article art = a.article();
    g.writeStartObject();
    g.writeStringField("id", art.id());
    g.writeStringField("outlet", art.outlet().orElse(null));
    g.writeStringField("title", art.title().orElse(null));
    g.writeStringField("url", art.url().orElse(null));
    g.writeStringField("published", art.published().map(Object::toString).orElse(null));
    g.writeStringField("language", art.language());
    g.writeFieldName("sentences");
    mapper().writeValue(g, a.text().sentences());
    g.writeFieldName("entities");
    mapper().writeValue(g, a.entities());
    g.writeFieldName("figures");
    mapper().writeValue(g, a.figures());
    g.writeFieldName("dates");
    mapper().writeValue(g, a.dates());
    g.writeFieldName("quotes");
    mapper().writeValue(g, a.quotes());
    g.writeFieldName("diagnostics");
    mapper().writeValue(g, a.diagnostics());
    g.writeEndObject();
  }

  /** One article as a single-line JSON object (for JSON Lines). */
  public static String articleLine(AnalyzedArticle a) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = generator(w, false)) {
      writeArticle(g, a);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** Writes diagnostics as a JSON array. */
  public static void writeDiagnostics(JsonGenerator g, List<Diagnostic> diagnostics) throws IOException {
    mapper().writeValue(g, diagnostics);
  }

  private static ObjectMapper mapper() {
    return ParallaxJson.mapper();
  }
}
