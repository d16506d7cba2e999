package dev.parallax.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusLoadingTest {

  @TempDir Path dir;

  @Test
  void bundledCorpusHasTheFiveSampleArticlesWithManifestMetadata() {
    LoadResult r = Corpus.bundled().load();
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.articles())
        .extracting(Article::id)
        .containsExactly(
            "000_0739c94f3c52184a",
            "001_74180b19bdf747d9",
            "002_0dce748565759669",
            "003_6e5703e6f34a61ec",
            "004_c67a975a37603756");
    for (Article a : r.articles()) {
      assertThat(a.published()).contains(LocalDate.of(2025, 4, 14));
      assertThat(a.outlet()).isEmpty();
      assertThat(a.language()).isEqualTo("en");
    }
    assertThat(r.articles().get(4).title()).isPresent();
    assertThat(r.articles().get(0).title()).isEmpty();
  }

  @Test
  void directoryWithoutManifestUsesFileStemsAsIds() throws IOException {
    write("b.txt", "Second article text.");
    write("a.txt", "First article text.");
    write("notes.md", "ignored");
    LoadResult r = Corpus.directory(dir).load();
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.articles()).extracting(Article::id).containsExactly("a", "b");
    assertThat(r.articles().get(0).text()).isEqualTo("First article text.");
  }

  @Test
  void manifestSuppliesMetadataAndUnlistedFilesStillLoad() throws IOException {
    write("x.txt", "Text of x.");
    write("y.txt", "Text of y.");
    write(
        "manifest.jsonl",
        "{\"id\":\"story-x\",\"file\":\"x.txt\",\"outlet\":\"Daily Planet\",\"title\":\"X\",\"url\":\"https://example.org/x\","
            + "\"published\":\"2024-03-01\",\"language\":\"en\"}\n");
    LoadResult r = Corpus.directory(dir).load();
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.articles()).extracting(Article::id).containsExactly("story-x", "y");
    Article x = r.articles().get(0);
    assertThat(x.outlet()).contains("Daily Planet");
    assertThat(x.published()).contains(LocalDate.of(2024, 3, 1));
    assertThat(x.url()).contains("https://example.org/x");
  }

  @Test
  void manifestEntryPointingOutsideTheDirectoryIsRejectedWithFileLineAndField() throws IOException {
    Path corpus = Files.createDirectory(dir.resolve("corpus"));
    Files.writeString(dir.resolve("secret.txt"), "outside");
    Files.writeString(corpus.resolve("ok.txt"), "Inside text.");
    Files.writeString(
        corpus.resolve("manifest.jsonl"),
        "{\"id\":\"ok\",\"file\":\"ok.txt\"}\n{\"id\":\"bad\",\"file\":\"../secret.txt\"}\n{\"id\":\"abs\",\"file\":\""
            + dir.resolve("secret.txt").toString().replace("\\", "\\\\")
            + "\"}\n");
    LoadResult r = Corpus.directory(corpus).load();
    assertThat(r.articles()).extracting(Article::id).containsExactly("ok");
    String manifest = corpus.toRealPath().resolve("manifest.jsonl").toString();
    assertThat(r.diagnostics())
        .extracting(Diagnostic::toString)
        .containsExactly(
            manifest + ":2: field \"file\": path escapes the corpus directory: \"../secret.txt\"",
            manifest + ":3: field \"file\": path escapes the corpus directory: \"" + dir.resolve("secret.txt") + "\"");
  }

  @Test
  void symlinkPointingOutsideTheCorpusIsRejected() throws IOException {
    Path corpus = Files.createDirectory(dir.resolve("corpus"));
    Path outside = Files.writeString(dir.resolve("outside.txt"), "Outside text.");
    Files.createSymbolicLink(corpus.resolve("link.txt"), outside);
    Files.writeString(corpus.resolve("manifest.jsonl"), "{\"id\":\"l\",\"file\":\"link.txt\"}\n");
    LoadResult r = Corpus.directory(corpus).load();
    assertThat(r.articles()).isEmpty();
    assertThat(r.diagnostics()).hasSize(2);
    assertThat(r.diagnostics().get(0).message()).isEqualTo("path escapes the corpus directory: \"link.txt\"");
    assertThat(r.diagnostics().get(1).message())
        .isEqualTo("symbolic link points outside the corpus directory; skipped");
  }

  @Test
  void siblingDirectoryWithSharedPrefixIsOutside() throws IOException {
    Path corpus = Files.createDirectory(dir.resolve("corpus"));
    Path sibling = Files.createDirectory(dir.resolve("corpus-private"));
    Files.writeString(sibling.resolve("s.txt"), "Private.");
    Files.writeString(corpus.resolve("manifest.jsonl"), "{\"id\":\"s\",\"file\":\"../corpus-private/s.txt\"}\n");
    LoadResult r = Corpus.directory(corpus).load();
    assertThat(r.articles()).isEmpty();
    assertThat(r.diagnostics().get(0).message())
        .isEqualTo("path escapes the corpus directory: \"../corpus-private/s.txt\"");
  }

  @Test
  void jsonlLoadsValidLinesAndReportsEachBadLineWithItsNumber() throws IOException {
    Path file =
        write(
            "c.jsonl",
            String.join(
                "\n",
                "{\"id\":\"a\",\"outlet\":\"Wire\",\"published\":\"2024-05-02\",\"text\":\"Alpha text.\"}",
                "{\"id\":\"b\",\"text\":\"Beta text.\"",
                "{\"id\":\"c\",\"outlet\":\"Wire\"}",
                "{\"id\":\"a\",\"text\":\"Duplicate of a.\"}",
                "{\"id\":\"d\",\"text\":\"Delta.\",\"text\":\"again\"}",
                "{\"id\":\"e\",\"text\":\"Echo.\"} {}",
                "",
                "{\"id\":\"f\",\"text\":\"Foxtrot text.\",\"published\":\"yesterday\"}"));
    LoadResult r = Corpus.jsonl(file).load();
    assertThat(r.articles()).extracting(Article::id).containsExactly("a", "f");
    assertThat(r.articles().get(1).published()).isEmpty();
    String f = file.toString();
    assertThat(r.diagnostics())
        .extracting(Diagnostic::toString)
        .containsExactly(
            f + ":2: malformed JSON at column 30 (unexpected end of line); line skipped",
            f + ":3: field \"text\": missing text for id \"c\"; line skipped",
            f + ":4: field \"id\": duplicate id \"a\" (first seen at " + f + ":1); skipped",
            f + ":5: malformed JSON at column 33 (duplicate key); line skipped",
            f + ":6: malformed JSON at column 27 (trailing content after the object); line skipped",
            f + ":8: field \"published\": not a date: \"yesterday\"; publication date left unknown");
  }

  @Test
  void jsonlIsStreamedLazily() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      sb.append("{\"id\":\"n").append(i).append("\",\"text\":\"Text ").append(i).append(".\"}\n");
    }
    Path file = write("big.jsonl", sb.toString());
    List<Diagnostic> problems = new ArrayList<>();
    try (Stream<Article> s = Corpus.jsonl(file).stream(problems::add)) {
      assertThat(s.limit(3).map(Article::id).toList()).containsExactly("n0", "n1", "n2");
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void fileWithInvalidUtf8IsLoadedWithReplacementAndAWarningNamingTheByteOffset() throws IOException {
    byte[] bytes = "Caf\u00e9 opens.".getBytes(StandardCharsets.UTF_8);
    byte[] bad = new byte[bytes.length + 1];
    System.arraycopy(bytes, 0, bad, 0, 3);
    bad[3] = (byte) 0xE9; // Latin-1 é: not UTF-8
    System.arraycopy(bytes, 5, bad, 4, bytes.length - 5);
    Files.write(dir.resolve("latin.txt"), java.util.Arrays.copyOf(bad, bytes.length - 1));
    LoadResult r = Corpus.directory(dir).load();
    assertThat(r.articles()).hasSize(1);
    assertThat(r.articles().get(0).text()).isEqualTo("Caf\uFFFD opens.");
    assertThat(r.diagnostics())
        .extracting(Diagnostic::toString)
        .containsExactly(
            dir.toRealPath().resolve("latin.txt")
                + ": not valid UTF-8: replaced 1 malformed byte(s), first at byte offset 3");
  }

  @Test
  void emptyFileIsReportedAsMissingTextAndSkipped() throws IOException {
    write("empty.txt", "");
    write("ok.txt", "Fine.");
    LoadResult r = Corpus.directory(dir).load();
    assertThat(r.articles()).extracting(Article::id).containsExactly("ok");
    assertThat(r.diagnostics())
        .extracting(Diagnostic::toString)
        .containsExactly(
            dir.toRealPath().resolve("empty.txt") + ": field \"text\": missing text: the file is empty; skipped");
  }

  @Test
  void unreadableFileIsReportedAndTheRestLoads() throws IOException {
    Files.createDirectory(dir.resolve("folder.txt"));
    write("ok.txt", "Fine.");
    write("manifest.jsonl", "{\"id\":\"f\",\"file\":\"folder.txt\"}\n");
    LoadResult r = Corpus.directory(dir).load();
    assertThat(r.articles()).extracting(Article::id).containsExactly("ok");
    assertThat(r.diagnostics()).hasSize(1);
    assertThat(r.diagnostics().get(0).toString())
        .isEqualTo(dir.toRealPath().resolve("folder.txt") + ": cannot read file: Is a directory");
  }

  @Test
  void binaryFileIsRejectedWithAClearMessage() throws IOException {
    byte[] bin = new byte[512];
    for (int i = 0; i < bin.length; i++) {
      bin[i] = (byte) (i % 7 == 0 ? 0 : i);
    }
    Files.write(dir.resolve("image.txt"), bin);
    LoadResult r = Corpus.directory(dir).load();
    assertThat(r.articles()).isEmpty();
    assertThat(r.diagnostics().get(0).message()).isEqualTo("binary file (not text); skipped");
  }

  @Test
  void utf16WithBomAndUtf8BomAreDecoded() throws IOException {
    byte[] text = "Hello wire.".getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[text.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(text, 0, withBom, 2, text.length);
    Files.write(dir.resolve("u16.txt"), withBom);
    Files.write(dir.resolve("u8.txt"), ("\uFEFFBom text.").getBytes(StandardCharsets.UTF_8));
    LoadResult r = Corpus.directory(dir).load();
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.articles()).extracting(Article::text).containsExactly("Hello wire.", "Bom text.");
  }

  @Test
  void duplicateIdsAcrossManifestAndFilesAreReported() throws IOException {
    write("one.txt", "One.");
    write("two.txt", "Two.");
    write("manifest.jsonl", "{\"id\":\"same\",\"file\":\"one.txt\"}\n{\"id\":\"same\",\"file\":\"two.txt\"}\n");
    LoadResult r = Corpus.directory(dir).load();
    assertThat(r.articles()).extracting(Article::text).containsExactly("One.");
    String m = dir.toRealPath().resolve("manifest.jsonl").toString();
    assertThat(r.diagnostics())
        .extracting(Diagnostic::toString)
        .containsExactly(m + ":2: field \"id\": duplicate id \"same\" (first seen at " + m + ":1); skipped");
  }

  @Test
  void htmlPageYieldsMainTextAndJsonLdMetadata() throws IOException {
    write(
        "page.html",
        "<html lang=\"en-GB\"><head><title>Site | Story</title>"
            + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Floods close bridge\","
            + "\"datePublished\":\"2023-11-02T08:00:00Z\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"River Times\"}}</script>"
            + "</head><body><nav><a href=\"/\">Home</a> | <a href=\"/world\">World</a></nav>"
            + "<article><h1>Floods close bridge</h1><p>The old bridge was closed on Tuesday.</p>"
            + "<p>Engineers said repairs would take weeks.</p><aside>Read more: other stories</aside></article>"
            + "<footer>Copyright</footer><script>alert(1)</script></body></html>");
    LoadResult r = Corpus.directory(dir).load();
    assertThat(r.diagnostics()).isEmpty();
    Article a = r.articles().get(0);
    assertThat(a.id()).isEqualTo("page");
    assertThat(a.title()).contains("Floods close bridge");
    assertThat(a.outlet()).contains("River Times");
    assertThat(a.published()).contains(LocalDate.of(2023, 11, 2));
    assertThat(a.language()).isEqualTo("en");
    assertThat(a.text())
        .isEqualTo("Floods close bridge\nThe old bridge was closed on Tuesday.\nEngineers said repairs would take weeks.");
  }

  @Test
  void openChoosesTheLoaderFromThePath() throws IOException {
    Path jsonl = write("x.jsonl", "{\"id\":\"j\",\"text\":\"Json line.\"}\n");
    assertThat(Corpus.open(jsonl.toString()).load().articles()).extracting(Article::id).containsExactly("j");
    assertThat(Corpus.open("bundled").load().articles()).hasSize(5);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Corpus.open(dir.resolve("nope").toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("corpus not found: " + dir.resolve("nope"));
  }

  @Test
  void strictDecodingRejectsInvalidUtf8WithTheByteOffset() throws IOException {
    Files.write(dir.resolve("bad.txt"), new byte[] {'a', 'b', (byte) 0xFF, 'c'});
    LoadResult r = Corpus.directory(dir).strictDecoding().load();
    assertThat(r.articles()).isEmpty();
    assertThat(r.diagnostics())
        .extracting(Diagnostic::toString)
        .containsExactly(dir.toRealPath().resolve("bad.txt") + ": not valid UTF-8 at byte offset 2; skipped");
  }

  @Test
  void jsonlLineWithInvalidUtf8IsRepairedAndTheFollowingLinesStillLoad() throws IOException {
    Path file = dir.resolve("m.jsonl");
    byte[] good1 = "{\"id\":\"a\",\"text\":\"One.\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"id\":\"b\",\"text\":\"Tw\u00ff.\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] good2 = "{\"id\":\"c\",\"text\":\"Three.\"}\r\n".getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
    all.write(good1);
    all.write(bad);
    all.write(good2);
    Files.write(file, all.toByteArray());
    LoadResult lenient = Corpus.jsonl(file).load();
    assertThat(lenient.articles()).extracting(Article::id).containsExactly("a", "b", "c");
    assertThat(lenient.articles().get(1).text()).isEqualTo("Tw\uFFFD.");
    assertThat(lenient.diagnostics())
        .extracting(Diagnostic::toString)
        .containsExactly(file + ":2: not valid UTF-8: replaced 1 malformed byte(s), first at byte offset 20 of the line");
    LoadResult strict = Corpus.jsonl(file).strictDecoding().load();
    assertThat(strict.articles()).extracting(Article::id).containsExactly("a", "c");
    assertThat(strict.diagnostics())
        .extracting(Diagnostic::toString)
        .containsExactly(file + ":2: not valid UTF-8 at byte offset 20 of the line; line skipped");
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
