package dev.parallax.article;

import dev.parallax.internal.load.CorpusReaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A source of articles: the bundled sample, a directory of text or HTML files with an optional
 * {@code manifest.jsonl}, a JSONL file, or an in-memory list. A corpus is read lazily and may be
 * read many times; a 1 GB JSONL file is never held in memory at once.
 *
 * <p>Bad input never throws: each problem becomes a {@link Diagnostic} naming file, line and field,
 * and every valid article is still returned.
 *
 * <p>Immutable and thread-safe; each {@link #stream} call opens its own reader.
 */
public final class Corpus {

  /** Reads one pass over a source, reporting problems to a sink. */
  @FunctionalInterface
  interface Source {
    Stream<Article> open(Consumer<Diagnostic> problems, boolean strict);
  }

  private final String name;
  private final Source source;
  private final boolean strict;

  private Corpus(String name, Source source) {
    this(name, source, false);
  }

  private Corpus(String name, Source source, boolean strict) {
    this.name = name;
    this.source = source;
    this.strict = strict;
  }

  /**
   * A copy that rejects files with malformed UTF-8 (reporting the byte offset of the first bad
   * byte) instead of the default lenient mode, which replaces malformed bytes with U+FFFD, counts
   * them and loads the article with a warning.
   */
  public Corpus strictDecoding() {
    return new Corpus(name, source, true);
  }

  /** True when malformed UTF-8 makes a file fail instead of being repaired. */
  public boolean isStrictDecoding() {
    return strict;
  }

  /** The five sample articles shipped in the {@code parallax-corpus} artifact. */
  public static Corpus bundled() {
    return new Corpus("bundled", (problems, strict) -> CorpusReaders.bundled(problems));
  }

  /**
   * A directory of {@code *.txt} and {@code *.html} files, with an optional {@code manifest.jsonl}
   * (one object per line: {@code id, file, outlet, title, url, published, language}).
   */
  public static Corpus directory(Path dir) {
    Objects.requireNonNull(dir, "dir");
    return new Corpus(dir.toString(), (problems, strict) -> CorpusReaders.directory(dir, problems, strict));
  }

  /** A JSONL file, one article per line: {@code {id, outlet, title, url, published, language, text}}. */
  public static Corpus jsonl(Path file) {
    Objects.requireNonNull(file, "file");
    return new Corpus(file.toString(), (problems, strict) -> CorpusReaders.jsonl(file, problems, strict));
  }

  /** One HTML file; main text and metadata are extracted. */
  public static Corpus html(Path file) {
    Objects.requireNonNull(file, "file");
    return new Corpus(file.toString(), (problems, strict) -> CorpusReaders.textFile(file, problems, strict));
  }

  /** Articles already in memory. */
  public static Corpus of(List<Article> articles) {
    List<Article> copy = List.copyOf(articles);
    return new Corpus("memory", (problems, strict) -> CorpusReaders.checkedIds(copy.stream(), problems));
  }

  /**
   * Opens {@code bundled}, a directory, a {@code .jsonl}/{@code .ndjson} file, an HTML file or a
   * single text file, chosen by what the path is.
   *
   * @throws IllegalArgumentException if the path does not exist
   */
  public static Corpus open(String pathOrBundled) {
    Objects.requireNonNull(pathOrBundled, "pathOrBundled");
    if (pathOrBundled.equals("bundled")) {
      return bundled();
    }
    Path path = Path.of(pathOrBundled);
    if (Files.isDirectory(path)) {
      return directory(path);
    }
    if (!Files.exists(path)) {
      throw new IllegalArgumentException("corpus not found: " + pathOrBundled);
    }
    String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json")) {
      return jsonl(path);
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      return html(path);
    }
    return new Corpus(path.toString(), (problems, strict) -> CorpusReaders.textFile(path, problems, strict));
  }

  /** A short name for messages: {@code bundled}, {@code memory} or the path. */
  public String name() {
    return name;
  }

  /**
   * Streams the articles lazily. Problems are passed to {@code problems} as they are found. Close
   * the stream (try-with-resources) to release the underlying file.
   */
  public Stream<Article> stream(Consumer<Diagnostic> problems) {
    Objects.requireNonNull(problems, "problems");
    return source.open(problems, strict);
  }

  /** Reads the whole corpus into memory, collecting problems as diagnostics. */
  public LoadResult load() {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Article> articles;
    try (Stream<Article> s = stream(diagnostics::add)) {
      articles = s.toList();
    }
    return new LoadResult(articles, diagnostics);
  }

  @Override
  public String toString() {
    return "Corpus[" + name + "]";
  }
}
