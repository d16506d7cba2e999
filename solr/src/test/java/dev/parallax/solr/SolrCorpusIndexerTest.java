package dev.parallax.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.parallax.AnalyzedArticle;
import dev.parallax.CorpusAnalysis;
import dev.parallax.Parallax;
import dev.parallax.article.Article;
import dev.parallax.article.Corpus;
import dev.parallax.entity.Entity;
import dev.parallax.entity.EntityMention;
import dev.parallax.entity.EntityType;
import dev.parallax.figure.Figure;
import dev.parallax.figure.Qualifier;
import dev.parallax.time.DateMention;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The indexer against a real SolrCloud: two Solr nodes and a two-shard collection in this JVM
 * (MiniSolrCloudCluster, ZooKeeper and Jetty on loopback).
 */
class SolrCorpusIndexerTest {

  private static final String COLLECTION = "news";
  private static Path base;
  private static MiniSolrCloudCluster cluster;
  private static SolrCorpusIndexer indexer;
  private static CorpusAnalysis bundled;
  private static List<AnalyzedArticle> own;

  @BeforeAll
  static void startCluster() throws Exception {
    base = Files.createTempDirectory("parallax-solr");
    Path conf = SolrCorpusIndexer.writeConfigset(base.resolve("configset/conf"));
    cluster = new MiniSolrCloudCluster.Builder(2, base.resolve("cluster")).addConfig("parallax", conf).build();
    SolrCorpusIndexer.createCollection(cluster.getSolrClient(), COLLECTION, "parallax", 2, 1);
    cluster.waitForActiveCollection(COLLECTION, 2, 2);
    indexer = SolrCorpusIndexer.on(cluster.getSolrClient(), COLLECTION);

    Parallax parallax = Parallax.builder().build();
    bundled = parallax.analyze(Corpus.bundled());
    own = ownArticles(parallax);
    indexer.index(bundled);
    indexer.index(own, List.of(garcia()));
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null) {
      cluster.shutdown();
    }
    if (base != null) {
      try (var paths = Files.walk(base)) {
        paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static Entity garcia() {
    return new Entity(
        "person:kilmar-abrego-garcia",
        "Kilmar Ábrego García",
        EntityType.PERSON,
        List.of("Abrego Garcia", "Kilmar Ábrego García"),
        List.of("own-a", "own-b"));
  }

  /** Three small articles with hand-made items, so every item field is exercised. */
  private static List<AnalyzedArticle> ownArticles(Parallax parallax) {
    String t1 = "Officials said 238 people were flown out on March 15. Kilmar Ábrego García was among them.";
    String t2 = "Lawyers for Abrego Garcia said more than 200 men were deported in 2025.";
    String t3 = "The city counted 1,200 evacuees on Monday.";
    Article a1 = Article.builder("own-a", t1).outlet("Example Daily").published(LocalDate.of(2025, 4, 14)).build();
    Article a2 = Article.builder("own-b", t2).outlet("Example Wire").published(LocalDate.of(2025, 4, 16)).build();
    Article a3 = Article.builder("own-c", t3).outlet("example daily").published(LocalDate.of(2024, 3, 4)).build();
    AnalyzedArticle x1 = parallax.analyze(a1);
    AnalyzedArticle x2 = parallax.analyze(a2);
    AnalyzedArticle x3 = parallax.analyze(a3);
    int g = t1.indexOf("Kilmar");
    EntityMention m1 =
        new EntityMention("own-a", "Kilmar Ábrego García", EntityType.PERSON, garcia().id(), g, g + 20, 1, "");
    int h = t2.indexOf("Abrego");
    EntityMention m2 = new EntityMention("own-b", "Abrego Garcia", EntityType.PERSON, garcia().id(), h, h + 13, 0, "");
    Figure f1 = figure("own-a", "238", 238, 238, 238, t1.indexOf("238"));
    Figure f2 = figure("own-b", "more than 200", 200, 200, Double.POSITIVE_INFINITY, t2.indexOf("more"));
    Figure f3 = figure("own-c", "1,200", 1200, 1200, 1200, t3.indexOf("1,200"));
    int d = t1.indexOf("March 15");
    DateMention d1 =
        new DateMention(
            "own-a", "March 15", "2025-03-15", DateMention.Type.DATE, d, d + 8, 0, "publication:2025-04-14",
            Optional.of(LocalDate.of(2025, 3, 15)), Optional.of(LocalDate.of(2025, 3, 15)));
    int y = t2.indexOf("2025");
    DateMention d2 =
        new DateMention(
            "own-b", "2025", "2025", DateMention.Type.DATE, y, y + 4, 0, "absolute",
            Optional.of(LocalDate.of(2025, 1, 1)), Optional.of(LocalDate.of(2025, 12, 31)));
    return List.of(
        new AnalyzedArticle(a1, x1.text(), List.of(m1), List.of(f1), List.of(d1), List.of(), List.of()),
        new AnalyzedArticle(a2, x2.text(), List.of(m2), List.of(f2), List.of(d2), List.of(), List.of()),
        new AnalyzedArticle(a3, x3.text(), List.of(), List.of(f3), List.of(), List.of(), List.of()));
  }

  private static Figure figure(String article, String text, double value, double lower, double upper, int start) {
    return new Figure(
        article, text, value, lower, upper, true, upper != Double.POSITIVE_INFINITY || lower != 200,
        upper == Double.POSITIVE_INFINITY ? Qualifier.MORE_THAN : Qualifier.EXACT, "", "people", "people",
        Figure.Kind.COUNT, Figure.Change.NONE, "", start, start + text.length(), 0, List.of(), Optional.empty(),
        List.of());
  }

  /** Figures and the parts of composite figures. */
  private static List<Figure> flat(List<Figure> figures) {
    List<Figure> out = new ArrayList<>();
    for (Figure f : figures) {
      out.add(f);
      out.addAll(flat(f.parts()));
    }
    return out;
  }

  /** Articles (bundled and own) with a resolved date mention overlapping [from, to]. */
  private static Set<String> mentionOracle(LocalDate from, LocalDate to) {
    Set<String> out = new TreeSet<>();
    List<AnalyzedArticle> all = new ArrayList<>(bundled.articles());
    all.addAll(own);
    for (AnalyzedArticle a : all) {
      for (DateMention d : a.dates()) {
        if (d.startDate().isPresent() && d.endDate().isPresent()
            && !d.startDate().get().isAfter(to) && !d.endDate().get().isBefore(from)) {
          out.add(a.id());
        }
      }
    }
    return out;
  }

  private static Set<String> ids(SolrSearch s) throws IOException {
    return new TreeSet<>(indexer.search(s).articles());
  }

  @Test
  void findsTheFourBundledArticlesNamingAbregoGarciaUnderEitherSpelling() throws IOException {
    Set<String> expected = new TreeSet<>();
    for (AnalyzedArticle a : bundled.articles()) {
      for (EntityMention m : a.entities()) {
        String folded = java.text.Normalizer.normalize(m.text(), java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "").toLowerCase(java.util.Locale.ROOT);
        if (folded.contains("abrego garcia")) {
          expected.add(a.id());
        }
      }
    }
    expected.addAll(Set.of("own-a", "own-b"));
    assertThat(expected).hasSize(6); // the four bundled articles that name him, and two of our own
    assertThat(ids(SolrSearch.all().withEntity("Abrego Garcia"))).isEqualTo(expected);
    assertThat(ids(SolrSearch.all().withEntity("Ábrego García"))).isEqualTo(expected);
    assertThat(ids(SolrSearch.all().withEntity("abrego garcia"))).isEqualTo(expected);
    assertThat(ids(SolrSearch.all().withEntity("person:kilmar-abrego-garcia"))).contains("own-a", "own-b");
    assertThat(ids(SolrSearch.all().withEntity("Garcia Lopez"))).isEmpty();
  }

  @Test
  void findsTheBundledArticleGiving238LikeItsFigures() throws IOException {
    Set<String> expected = new TreeSet<>();
    for (AnalyzedArticle a : bundled.articles()) {
      if (flat(a.figures()).stream().anyMatch(f -> f.lower() <= 240 && f.upper() >= 230)) {
        expected.add(a.id());
      }
    }
    assertThat(bundled.articles()).anyMatch(a -> flat(a.figures()).stream().anyMatch(f -> f.value() == 238));
    expected.addAll(Set.of("own-a", "own-b"));
    assertThat(ids(SolrSearch.all().withFigures(230, 240))).isEqualTo(expected);
  }

  @Test
  void findsTheArticleGiving238ForAFigureRangeOf230To240() throws IOException {
    SolrSearch own = SolrSearch.all().withPublished(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 4, 13));
    SolrSearch april = SolrSearch.all().withPublished(LocalDate.of(2025, 4, 14), LocalDate.of(2025, 4, 16));
    assertThat(ids(april.withFigures(230, 240).withOutlet("Example Daily"))).containsExactly("own-a");
    assertThat(ids(april.withFigures(230, 240).withOutlet("Example Wire"))).containsExactly("own-b");
    assertThat(ids(own.withFigures(1000, 5000))).containsExactly("own-c");
    assertThat(ids(april.withFigures(1000, 5000).withOutlet("Example Wire"))).containsExactly("own-b"); // open above
    assertThat(ids(own.withFigures(0, 100))).isEmpty();
  }

  @Test
  void filtersByMentionedDaysPublishedDaysAndOutletIgnoringCase() throws IOException {
    assertThat(ids(SolrSearch.all().withMentioned(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 20))))
        .contains("own-a", "own-b")
        .isEqualTo(mentionOracle(LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 20)));
    assertThat(ids(SolrSearch.all().withMentioned(LocalDate.of(2027, 1, 1), null)))
        .isEqualTo(mentionOracle(LocalDate.of(2027, 1, 1), LocalDate.MAX));
    assertThat(ids(SolrSearch.all().withPublished(LocalDate.of(2025, 4, 15), LocalDate.of(2025, 4, 30))))
        .containsExactly("own-b");
    assertThat(ids(SolrSearch.all().withOutlet("EXAMPLE DAILY"))).containsExactly("own-a", "own-c");
    assertThat(ids(SolrSearch.all().withOutlet("Example Daily").withFigures(230, 240))).containsExactly("own-a");
  }

  @Test
  void indexingTheSameCorpusTwiceLeavesOneDocumentPerArticleAndItem() throws Exception {
    SolrClient client = cluster.getSolrClient();
    long before = client.query(COLLECTION, new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
    indexer.index(bundled);
    indexer.index(own, List.of(garcia()));
    long after = client.query(COLLECTION, new SolrQuery("*:*").setRows(0)).getResults().getNumFound();
    assertThat(after).isEqualTo(before);
    assertThat(indexer.search(SolrSearch.all()).total()).isGreaterThanOrEqualTo(8);
    assertThat(ids(SolrSearch.all().withFigures(230, 240).withOutlet("Example Daily"))).containsExactly("own-a");
  }

  @Test
  void spreadsArticlesOverBothShardsWithTheirItemsAlongside() throws Exception {
    SolrClient client = cluster.getSolrClient();
    List<Long> perShard = new ArrayList<>();
    for (var slice : cluster.getZkStateReader().getClusterState().getCollection(COLLECTION).getSlices()) {
      SolrQuery q = new SolrQuery("type:article").setRows(0);
      q.set("shards", slice.getName());
      perShard.add(client.query(COLLECTION, q).getResults().getNumFound());
    }
    assertThat(perShard).hasSize(2).allMatch(n -> n > 0);
  }

  // ---------------------------------------------------------------- against lucene-index

  @Test
  void returnsTheSameArticlesAsTheLocalLuceneIndexForEveryFilter() throws IOException {
    Path dir = base.resolve("local-index");
    try (dev.parallax.index.CorpusIndex local = dev.parallax.index.CorpusIndex.open(dir)) {
      local.put(bundled);
      local.put(new CorpusAnalysis(own, List.of(garcia()), List.of()));
      local.commit();
      LocalDate mid = LocalDate.of(2025, 4, 15);
      LocalDate end = LocalDate.of(2025, 4, 30);
      LocalDate m1 = LocalDate.of(2025, 3, 10);
      LocalDate m2 = LocalDate.of(2025, 3, 20);
      List<Object[]> pairs =
          List.of(
              pair(q().text("deported"), SolrSearch.all().withText("deported")),
              pair(q().text("court order"), SolrSearch.all().withText("court order")),
              pair(q().text("\"El Salvador\""), SolrSearch.all().withText("\"El Salvador\"")),
              pair(q().entity("Abrego Garcia"), SolrSearch.all().withEntity("Abrego Garcia")),
              pair(q().entity("Ábrego García"), SolrSearch.all().withEntity("Ábrego García")),
              pair(q().entity(garcia().id()), SolrSearch.all().withEntity(garcia().id())),
              pair(q().figures(230, 240), SolrSearch.all().withFigures(230, 240)),
              pair(q().figures(1000, 5000), SolrSearch.all().withFigures(1000, 5000)),
              pair(q().figures(0, 10), SolrSearch.all().withFigures(0, 10)),
              pair(q().published(mid, end), SolrSearch.all().withPublished(mid, end)),
              pair(q().mentioned(m1, m2), SolrSearch.all().withMentioned(m1, m2)),
              pair(q().outlet("example daily"), SolrSearch.all().withOutlet("example daily")),
              pair(
                  q().outlet("Example Daily").figures(230, 240),
                  SolrSearch.all().withOutlet("Example Daily").withFigures(230, 240)));
      int nonEmpty = 0;
      for (Object[] p : pairs) {
        dev.parallax.index.SearchQuery lq = ((dev.parallax.index.SearchQuery.Builder) p[0]).page(0, 1000).build();
        Set<String> expected = new TreeSet<>();
        local.search(lq).hits().forEach(h -> expected.add(h.article()));
        assertThat(ids((SolrSearch) p[1])).as(lq.toString()).isEqualTo(expected);
        nonEmpty += expected.isEmpty() ? 0 : 1;
      }
      assertThat(nonEmpty).isGreaterThanOrEqualTo(pairs.size() - 1);
    }
  }

  private static dev.parallax.index.SearchQuery.Builder q() {
    return dev.parallax.index.SearchQuery.builder();
  }

  private static Object[] pair(dev.parallax.index.SearchQuery.Builder local, SolrSearch solr) {
    return new Object[] {local, solr};
  }

  // ---------------------------------------------------------------- text against an oracle

  /** The text analyzer of the configset, built from the same Lucene factories. */
  private static Analyzer english() throws IOException {
    return CustomAnalyzer.builder()
        .withTokenizer("standard")
        .addTokenFilter("englishPossessive")
        .addTokenFilter("lowercase")
        .addTokenFilter("asciiFolding")
        .addTokenFilter("stop")
        .addTokenFilter("porterStem")
        .build();
  }

  private static Set<String> terms(Analyzer a, String text) throws IOException {
    Set<String> out = new HashSet<>();
    try (TokenStream ts = a.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    }
    return out;
  }

  /** Articles whose text or title has every analysed query word. */
  private static Set<String> oracle(List<AnalyzedArticle> articles, String query) throws IOException {
    Analyzer a = english();
    Set<String> want = terms(a, query);
    Set<String> out = new TreeSet<>();
    for (AnalyzedArticle x : articles) {
      Set<String> have = terms(a, x.article().text());
      x.article().title().ifPresent(t -> {
        try {
          have.addAll(terms(a, t));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      if (have.containsAll(want)) {
        out.add(x.id());
      }
    }
    return out;
  }

  @Test
  void findsTheSameArticlesForWordQueriesAsTheAnalyzerDoesOnTheBundledCorpus() throws IOException {
    List<AnalyzedArticle> all = new ArrayList<>(bundled.articles());
    all.addAll(own);
    for (String q : List.of("deported", "deportation El Salvador", "court", "Garcia", "people flown")) {
      Set<String> expected = oracle(all, q);
      assertThat(ids(SolrSearch.all().withText(q))).as(q).isEqualTo(expected);
    }
    assertThat(oracle(all, "deported")).isNotEmpty();
  }

  @Test
  void indexesAReutersSampleAndAnswersLikeTheAnalyzer() throws IOException {
    Path reuters = Path.of(System.getProperty("parallax.shared", "../shared")).resolve("data/reuters21578.jsonl");
    assumeTrue(Files.exists(reuters), "shared data not available: " + reuters);
    int n = Integer.getInteger("parallax.solr.reuters", 300);
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(reuters, StandardCharsets.UTF_8)) {
      String l;
      while (lines.size() < n && (l = r.readLine()) != null) {
        lines.add(l);
      }
    }
    Path sample = base.resolve("reuters-sample.jsonl");
    Files.write(sample, lines, StandardCharsets.UTF_8);
    Parallax parallax = Parallax.builder().threads(2).build();
    CorpusAnalysis analysis = parallax.analyze(Corpus.jsonl(sample));
    String collection = "reuters";
    SolrCorpusIndexer.createCollection(cluster.getSolrClient(), collection, "parallax", 2, 1);
    cluster.waitForActiveCollection(collection, 2, 2);
    SolrCorpusIndexer reutersIndex = SolrCorpusIndexer.on(cluster.getSolrClient(), collection);

    long t0 = System.nanoTime();
    long docs = reutersIndex.index(analysis);
    double seconds = (System.nanoTime() - t0) / 1e9;

    int articles = analysis.articles().size();
    assertThat(reutersIndex.search(SolrSearch.all().withOutlet("reuters")).total()).isEqualTo(articles);
    List<Long> latencies = new ArrayList<>();
    for (String q : List.of("cocoa", "oil prices", "bank rate", "shares", "dollar yen", "wheat exports")) {
      long q0 = System.nanoTime();
      Set<String> got = new TreeSet<>(reutersIndex.search(SolrSearch.all().withText(q).withRows(10_000)).articles());
      latencies.add((System.nanoTime() - q0) / 1000);
      assertThat(got).as(q).isEqualTo(oracle(analysis.articles(), q));
    }
    LocalDate from = LocalDate.of(1987, 3, 1);
    LocalDate to = LocalDate.of(1987, 3, 31);
    long march =
        analysis.articles().stream()
            .filter(a -> a.article().published().map(p -> !p.isBefore(from) && !p.isAfter(to)).orElse(false))
            .count();
    assertThat(reutersIndex.search(SolrSearch.all().withPublished(from, to)).total()).isEqualTo(march);
    // The same queries against the local lucene-index hold the same articles.
    try (dev.parallax.index.CorpusIndex local = dev.parallax.index.CorpusIndex.open(base.resolve("reuters-index"))) {
      local.put(analysis);
      local.commit();
      List<Object[]> pairs =
          List.of(
              pair(q().text("oil prices"), SolrSearch.all().withText("oil prices")),
              pair(q().text("bank rate").outlet("Reuters"), SolrSearch.all().withText("bank rate").withOutlet("Reuters")),
              pair(q().published(from, to), SolrSearch.all().withPublished(from, to)),
              pair(q().figures(230, 240), SolrSearch.all().withFigures(230, 240)),
              pair(q().entity("Japan"), SolrSearch.all().withEntity("Japan")),
              pair(q().mentioned(from, to), SolrSearch.all().withMentioned(from, to)));
      int nonEmpty = 0;
      for (Object[] p : pairs) {
        dev.parallax.index.SearchQuery lq = ((dev.parallax.index.SearchQuery.Builder) p[0]).page(0, 1000).build();
        Set<String> expected = new TreeSet<>();
        local.search(lq).hits().forEach(h -> expected.add(h.article()));
        Set<String> got = new TreeSet<>(reutersIndex.search(((SolrSearch) p[1]).withRows(1000)).articles());
        assertThat(got).as(lq.toString()).isEqualTo(expected);
        nonEmpty += expected.isEmpty() ? 0 : 1;
      }
      assertThat(nonEmpty).isGreaterThanOrEqualTo(4);
    }
    // Latency of first-page queries (10 ids), each filter kind, measured after the checks above.
    List<SolrSearch> pages =
        List.of(
            SolrSearch.all().withText("oil prices").withRows(10),
            SolrSearch.all().withText("bank rate").withOutlet("Reuters").withRows(10),
            SolrSearch.all().withPublished(from, to).withRows(10),
            SolrSearch.all().withFigures(230, 240).withRows(10),
            SolrSearch.all().withEntity("Japan").withRows(10),
            SolrSearch.all().withMentioned(from, to).withRows(10));
    List<Long> page = new ArrayList<>();
    for (int round = 0; round < 10; round++) {
      for (SolrSearch s : pages) {
        long q0 = System.nanoTime();
        reutersIndex.search(s);
        page.add((System.nanoTime() - q0) / 1000);
      }
    }
    java.util.Collections.sort(page);
    System.err.printf(
        "SOLR reuters articles=%d docs=%d index=%.2fs (%.0f articles/s) all-ids query latencies (us)=%s"
            + " first-page p50=%dus p99=%dus over %d queries%n",
        articles, docs, seconds, articles / seconds, latencies, page.get(page.size() / 2),
        page.get((int) Math.ceil(page.size() * 0.99) - 1), page.size());
  }
}
