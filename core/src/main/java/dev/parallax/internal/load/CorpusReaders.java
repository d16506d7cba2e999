package dev.parallax.internal.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.article.Article;
import dev.parallax.article.Diagnostic;
import dev.parallax.json.ParallaxJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** The loaders behind {@link dev.parallax.article.Corpus}. Stateless. */
public final class CorpusReaders {

  /** Classpath folder of the bundled sample corpus (in the parallax-corpus artifact). */
  public static final String BUNDLED_ROOT = "dev/parallax/corpus/sample/";

  static final String MANIFEST = "manifest.jsonl";

  private CorpusReaders() {}

  // ---------------------------------------------------------------- bundled

  public static Stream<Article> bundled(Consumer<Diagnostic> problems) {
    ClassLoader cl = CorpusReaders.class.getClassLoader();
    String manifestName = BUNDLED_ROOT + MANIFEST;
    byte[] manifest = readResource(cl, manifestName);
    if (manifest == null) {
      throw new IllegalStateException(
          "bundled corpus not on the classpath: add the dev.parallax:parallax-corpus artifact");
    }
    List<ManifestEntry> entries =
        parseManifest(new String(manifest, StandardCharsets.UTF_8), manifestName, problems);
    Stream<Located> articles =
        entries.stream()
            .map(
                e -> {
                  String res = BUNDLED_ROOT + e.file;
                  byte[] bytes = readResource(cl, res);
                  if (bytes == null) {
                    problems.accept(
                        Diagnostic.error(manifestName, e.line, "file", "file not found: " + e.file));
                    return null;
                  }
                  Article a = fromBytes(bytes, res, e, problems, false);
                  return a == null ? null : new Located(a, manifestName, e.line);
                })
            .filter(Objects::nonNull);
    return checkedLocated(articles, problems);
  }

  private static byte[] readResource(ClassLoader cl, String name) {
    try (InputStream in = cl.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  // ---------------------------------------------------------------- directory

  public static Stream<Article> directory(Path dir, Consumer<Diagnostic> problems, boolean strict) {
    Path root;
    try {
      root = dir.toRealPath();
    } catch (IOException e) {
      problems.accept(Diagnostic.error(dir.toString(), 0, "", "cannot open corpus directory: " + e));
      return Stream.empty();
    }
    List<ManifestEntry> entries = new ArrayList<>();
    Set<Path> listed = new LinkedHashSet<>();
    Path manifestPath = root.resolve(MANIFEST);
    String manifestName = manifestPath.toString();
    if (Files.isRegularFile(manifestPath)) {
      String text;
      try {
        text = Files.readString(manifestPath, StandardCharsets.UTF_8);
      } catch (IOException e) {
        problems.accept(Diagnostic.error(manifestName, 0, "", "cannot read manifest: " + e.getMessage()));
        text = "";
      }
      for (ManifestEntry e : parseManifest(text, manifestName, problems)) {
        Path resolved = resolveInside(root, e, manifestName, problems);
        if (resolved != null) {
          entries.add(e.withPath(resolved));
          listed.add(resolved);
        }
      }
    }
    // Files not named in the manifest load with their file stem as id.
    try (Stream<Path> files = Files.list(root)) {
      files
          .filter(Files::isRegularFile)
          .filter(p -> isArticleFile(p.getFileName().toString()))
          .sorted()
          .forEach(
              p -> {
                Path real;
                try {
                  real = p.toRealPath();
                } catch (IOException ex) {
                  real = p;
                }
                if (!real.startsWith(root)) {
                  problems.accept(
                      Diagnostic.error(
                          p.toString(), 0, "", "symbolic link points outside the corpus directory; skipped"));
                  return;
                }
                if (!listed.contains(real)) {
                  entries.add(ManifestEntry.forFile(p.getFileName().toString(), real));
                }
              });
    } catch (IOException e) {
      problems.accept(Diagnostic.error(root.toString(), 0, "", "cannot list directory: " + e.getMessage()));
    }
    Stream<Located> articles =
        entries.stream()
            .map(
                e -> {
                  Article a = readEntryFile(e, problems, strict);
                  if (a == null) {
                    return null;
                  }
                  return e.line > 0 ? new Located(a, manifestName, e.line) : new Located(a, e.path.toString(), 0);
                })
            .filter(Objects::nonNull);
    return checkedLocated(articles, problems);
  }

  private static boolean isArticleFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".txt") || lower.endsWith(".html") || lower.endsWith(".htm");
  }

  private static Path resolveInside(
      Path root, ManifestEntry e, String manifestName, Consumer<Diagnostic> problems) {
    String file = e.file;
    Path rel;
    try {
      rel = Path.of(file);
    } catch (InvalidPathException ex) {
      problems.accept(Diagnostic.error(manifestName, e.line, "file", "invalid path: \"" + file + "\""));
      return null;
    }
    if (rel.isAbsolute() || file.startsWith("/") || file.startsWith("\\")) {
      problems.accept(
          Diagnostic.error(
              manifestName, e.line, "file", "path escapes the corpus directory: \"" + file + "\""));
      return null;
    }
    Path candidate = root.resolve(rel).normalize();
    if (!candidate.startsWith(root)) {
      problems.accept(
          Diagnostic.error(
              manifestName, e.line, "file", "path escapes the corpus directory: \"" + file + "\""));
      return null;
    }
    if (!Files.exists(candidate)) {
      problems.accept(Diagnostic.error(manifestName, e.line, "file", "file not found: \"" + file + "\""));
      return null;
    }
    Path real;
    try {
      real = candidate.toRealPath();
    } catch (IOException ex) {
      problems.accept(
          Diagnostic.error(manifestName, e.line, "file", "cannot read file: \"" + file + "\": " + ex.getMessage()));
      return null;
    }
    if (!real.startsWith(root)) {
      problems.accept(
          Diagnostic.error(
              manifestName, e.line, "file", "path escapes the corpus directory: \"" + file + "\""));
      return null;
    }
    return real;
  }

  private static Article readEntryFile(ManifestEntry e, Consumer<Diagnostic> problems, boolean strict) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(e.path);
    } catch (IOException | OutOfMemoryError ex) {
      problems.accept(Diagnostic.error(e.path.toString(), 0, "", "cannot read file: " + ex.getMessage()));
      return null;
    }
    return fromBytes(bytes, e.path.toString(), e, problems, strict);
  }

  private static Article fromBytes(
      byte[] bytes, String fileName, ManifestEntry e, Consumer<Diagnostic> problems, boolean strict) {
    TextDecoder.Decoded d = TextDecoder.decode(bytes, strict);
    if (!d.ok()) {
      problems.accept(Diagnostic.error(fileName, 0, "", d.error()));
      return null;
    }
    if (d.malformed() > 0) {
      problems.accept(
          Diagnostic.warning(
              fileName,
              0,
              "",
              "not valid UTF-8: replaced "
                  + d.malformed()
                  + " malformed byte(s), first at byte offset "
                  + d.firstMalformedOffset()));
    }
    String text = d.text();
    boolean html = fileName.toLowerCase(Locale.ROOT).matches(".*\\.html?$");
    if (html) {
      return HtmlArticles.parse(e.id, text, fileName, e.metadata(), problems);
    }
    if (text.isBlank()) {
      problems.accept(Diagnostic.error(fileName, 0, "text", "missing text: the file is empty; skipped"));
      return null;
    }
    return e.metadata().apply(Article.builder(e.id, text)).build();
  }

  public static Stream<Article> textFile(Path file, Consumer<Diagnostic> problems, boolean strict) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String id = dot > 0 ? name.substring(0, dot) : name;
    ManifestEntry e = ManifestEntry.forFile(name, file).withId(id);
    Article a = readEntryFile(e, problems, strict);
    return a == null ? Stream.empty() : Stream.of(a);
  }

  // ---------------------------------------------------------------- JSONL

  /** Longest JSONL line read; longer lines are reported and skipped without being held in memory. */
  public static final int MAX_LINE_BYTES = 256 * 1024 * 1024;

  public static Stream<Article> jsonl(Path file, Consumer<Diagnostic> problems) {
    return jsonl(file, problems, false);
  }

  public static Stream<Article> jsonl(Path file, Consumer<Diagnostic> problems, boolean strict) {
    ByteLines lines;
    try {
      lines = new ByteLines(Files.newInputStream(file), MAX_LINE_BYTES);
    } catch (IOException e) {
      problems.accept(Diagnostic.error(file.toString(), 0, "", "cannot read file: " + e.getMessage()));
      return Stream.empty();
    }
    String fileName = file.toString();
    Iterator<Located> it =
        new Iterator<>() {
          long lineNo = 0;
          Located next;
          boolean done;

          @Override
          public boolean hasNext() {
            while (next == null && !done) {
              boolean more;
              try {
                more = lines.next();
              } catch (IOException e) {
                problems.accept(Diagnostic.error(fileName, lineNo + 1, "", "cannot read file: " + e.getMessage()));
                done = true;
                break;
              }
              if (!more) {
                done = true;
                break;
              }
              lineNo++;
              if (lines.truncated()) {
                problems.accept(
                    Diagnostic.error(fileName, lineNo, "", "line longer than " + MAX_LINE_BYTES + " bytes; line skipped"));
                continue;
              }
              TextDecoder.Decoded d = TextDecoder.decodeLine(lines.bytes(), lines.length(), strict);
              if (!d.ok()) {
                problems.accept(Diagnostic.error(fileName, lineNo, "", d.error()));
                continue;
              }
              String line = d.text();
              if (line.isBlank()) {
                continue;
              }
              Article a = parseJsonLine(line, fileName, lineNo, problems);
              if (a != null && d.malformed() > 0) {
                problems.accept(
                    Diagnostic.warning(
                        fileName,
                        lineNo,
                        "",
                        "not valid UTF-8: replaced "
                            + d.malformed()
                            + " malformed byte(s), first at byte offset "
                            + d.firstMalformedOffset()
                            + " of the line"));
              }
              next = a == null ? null : new Located(a, fileName, lineNo);
            }
            return next != null;
          }

          @Override
          public Located next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            Located a = next;
            next = null;
            return a;
          }
        };
    Stream<Located> s =
        StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL), false)
            .onClose(
                () -> {
                  try {
                    lines.close();
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
    return checkedLocated(s, problems);
  }

  static Article parseJsonLine(String line, String fileName, long lineNo, Consumer<Diagnostic> problems) {
    JsonNode node;
    try {
      node = ParallaxJson.mapper().readTree(line);
    } catch (JsonProcessingException e) {
      problems.accept(Diagnostic.error(fileName, lineNo, "", malformed(e)));
      return null;
    }
    if (node == null || !node.isObject()) {
      problems.accept(Diagnostic.error(fileName, lineNo, "", "malformed JSON: expected an object"));
      return null;
    }
    String id = text(node, "id");
    if (id == null || id.isBlank()) {
      problems.accept(Diagnostic.error(fileName, lineNo, "id", "missing id; line skipped"));
      return null;
    }
    JsonNode t = node.get("text");
    if (t == null || t.isNull() || !t.isTextual() || t.asText().isBlank()) {
      problems.accept(Diagnostic.error(fileName, lineNo, "text", "missing text for id \"" + id + "\"; line skipped"));
      return null;
    }
    Metadata m = metadataFrom(node, fileName, lineNo, problems);
    return m.apply(Article.builder(id, t.asText())).build();
  }

  // ---------------------------------------------------------------- manifest

  private static String malformed(JsonProcessingException e) {
    com.fasterxml.jackson.core.JsonLocation loc = e.getLocation();
    String where = loc != null && loc.getColumnNr() > 0 ? " at column " + loc.getColumnNr() : "";
    String what = e.getOriginalMessage();
    if (what != null && what.startsWith("Duplicate field")) {
      what = "duplicate key";
    } else if (what != null && what.contains("Trailing token")) {
      what = "trailing content after the object";
    } else if (what != null && what.contains("Unexpected end-of-input")) {
      what = "unexpected end of line";
    } else if (what != null && what.toLowerCase(java.util.Locale.ROOT).contains("exceeds the maximum")) {
      what = "exceeds a size limit";
    } else {
      what = "syntax error";
    }
    return "malformed JSON" + where + " (" + what + "); line skipped";
  }

  static List<ManifestEntry> parseManifest(String text, String fileName, Consumer<Diagnostic> problems) {
    List<ManifestEntry> out = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      long lineNo = i + 1;
      JsonNode node;
      try {
        node = ParallaxJson.mapper().readTree(line);
      } catch (JsonProcessingException e) {
        problems.accept(Diagnostic.error(fileName, lineNo, "", malformed(e)));
        continue;
      }
      if (node == null || !node.isObject()) {
        problems.accept(Diagnostic.error(fileName, lineNo, "", "malformed JSON: expected an object"));
        continue;
      }
      String file = text(node, "file");
      if (file == null || file.isBlank()) {
        problems.accept(Diagnostic.error(fileName, lineNo, "file", "missing file; entry skipped"));
        continue;
      }
      String id = text(node, "id");
      if (id == null || id.isBlank()) {
        String base = Path.of(file).getFileName().toString();
        int dot = base.lastIndexOf('.');
        id = dot > 0 ? base.substring(0, dot) : base;
      }
      out.add(new ManifestEntry(id, file, null, lineNo, metadataFrom(node, fileName, lineNo, problems)));
    }
    return out;
  }

  private static Metadata metadataFrom(JsonNode node, String fileName, long lineNo, Consumer<Diagnostic> problems) {
    LocalDate published = null;
    String p = text(node, "published");
    if (p != null && !p.isBlank()) {
      published = parseDate(p);
      if (published == null) {
        problems.accept(
            Diagnostic.warning(
                fileName, lineNo, "published", "not a date: \"" + p + "\"; publication date left unknown"));
      }
    }
    return new Metadata(text(node, "outlet"), text(node, "title"), text(node, "url"), published, text(node, "language"));
  }

  /** Parses {@code 2025-04-14}, {@code 2025-04-14T10:00:00Z}, {@code 2025-04-14T10:00:00} and similar. */
  public static LocalDate parseDate(String s) {
    String v = s.strip();
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return OffsetDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    try {
      return java.time.LocalDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException ignored) {
      // try the next form
    }
    if (v.length() >= 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
      try {
        return LocalDate.parse(v.substring(0, 10));
      } catch (DateTimeParseException ignored) {
        return null;
      }
    }
    return null;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    return v.isValueNode() ? v.asText() : v.toString();
  }

  // ---------------------------------------------------------------- ids

  /** Drops in-memory articles whose id was already seen. */
  public static Stream<Article> checkedIds(Stream<Article> articles, Consumer<Diagnostic> problems) {
    return checkedLocated(articles.map(a -> new Located(a, "", 0)), problems);
  }

  /** Drops articles whose id was already seen, with a diagnostic naming where each was found. */
  static Stream<Article> checkedLocated(Stream<Located> articles, Consumer<Diagnostic> problems) {
    Map<String, String> seen = new HashMap<>();
    return articles
        .filter(
            l -> {
              String where = l.file.isEmpty() ? "earlier in the corpus" : l.line > 0 ? l.file + ":" + l.line : l.file;
              String first = seen.putIfAbsent(l.article.id(), where);
              if (first != null) {
                problems.accept(
                    Diagnostic.error(
                        l.file,
                        l.line,
                        "id",
                        "duplicate id \"" + l.article.id() + "\" (first seen at " + first + "); skipped"));
                return false;
              }
              return true;
            })
        .map(Located::article);
  }

  record Located(Article article, String file, long line) {}

  // ---------------------------------------------------------------- records

  /** Optional metadata from a manifest line, JSONL line or HTML head. */
  record Metadata(String outlet, String title, String url, LocalDate published, String language) {
    static final Metadata NONE = new Metadata(null, null, null, null, null);

    Article.Builder apply(Article.Builder b) {
      return b.outlet(outlet).title(title).url(url).published(published).language(language);
    }

    Metadata orElse(Metadata other) {
      return new Metadata(
          outlet != null ? outlet : other.outlet,
          title != null ? title : other.title,
          url != null ? url : other.url,
          published != null ? published : other.published,
          language != null ? language : other.language);
    }
  }

  record ManifestEntry(String id, String file, Path path, long line, Metadata metadata) {
    static ManifestEntry forFile(String fileName, Path path) {
      int dot = fileName.lastIndexOf('.');
      return new ManifestEntry(dot > 0 ? fileName.substring(0, dot) : fileName, fileName, path, 0, Metadata.NONE);
    }

    ManifestEntry withPath(Path p) {
      return new ManifestEntry(id, file, p, line, metadata);
    }

    ManifestEntry withId(String newId) {
      return new ManifestEntry(newId, file, path, line, metadata);
    }
  }
}
