package dev.parallax.index;

import dev.parallax.AnalyzedArticle;
import dev.parallax.article.Article;
import dev.parallax.article.Corpus;
import dev.parallax.entity.EntityMention;
import dev.parallax.entity.EntityType;
import dev.parallax.figure.Figure;
import dev.parallax.figure.Qualifier;
import dev.parallax.text.AnnotatedText;
import dev.parallax.time.DateMention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (not a unit test: it asserts nothing and is not run by default): indexing throughput
 * and query latency on the Reuters-21578 JSONL file (19,043 articles).
 *
 * <p>Articles are loaded and given items before the clock starts, so only indexing is timed. The
 * items are made cheaply by this benchmark, not by Parallax's extractors: every number becomes an
 * exact figure and every run of two capitalised words an entity mention, which gives about as many
 * items per article as real extraction.
 *
 * <p>Run: {@code ./mvnw -q -pl lucene-index -am test -Dtest=IndexBench -Dsurefire.failIfNoSpecifiedTests=false}
 * (results also go to {@code lucene-index/target/index-bench.txt}), or call {@link #main} with the
 * JSONL path.
 *
 * <p>Not thread-safe; run one at a time.
 */
public final class IndexBench {

  private static final Pattern NUMBER = Pattern.compile("\\b\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?\\b");
  private static final Pattern NAME = Pattern.compile("\\b[A-Z][a-z]+ [A-Z][a-z]+\\b");
  private static final Pattern WORD = Pattern.compile("\\b[a-z]{5,12}\\b");

  @Test
  void reuters() throws IOException {
    run(Shared.require("data/reuters21578.jsonl"));
  }

  public static void main(String[] args) throws IOException {
    run(Path.of(args.length > 0 ? args[0] : "../shared/data/reuters21578.jsonl"));
  }

  static void run(Path jsonl) throws IOException {
    StringBuilder report = new StringBuilder();
    long t0 = System.nanoTime();
    List<Article> articles;
    try (Stream<Article> s = Corpus.jsonl(jsonl).stream(d -> {})) {
      articles = s.toList();
    }
    List<AnalyzedArticle> analysed = articles.stream().map(IndexBench::items).toList();
    long items = analysed.stream().mapToLong(a -> a.figures().size() + a.entities().size() + a.dates().size()).sum();
    line(report, "corpus: %s, %d articles, %d items (%.1f per article), prepared in %.1f s",
        jsonl.getFileName(), articles.size(), items, items / (double) articles.size(), secs(t0));
    line(report, "jvm: %s, %d cpus, max heap %d MB", System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

    Path dir = Files.createTempDirectory("parallax-index-bench");
    try {
      // Indexing: two runs into fresh indexes, the first to warm up the JIT.
      for (int run = 0; run < 2; run++) {
        Path idx = dir.resolve("run" + run);
        long start = System.nanoTime();
        long cpu0 = cpu();
        IngestResult r;
        try (CorpusIndex index = CorpusIndex.open(idx)) {
          r = index.ingest("reuters", analysed.stream().map(AnalyzedArticle::article), a -> byId(analysed, a), 1000, c -> {});
        }
        double s = secs(start);
        double c = (cpu() - cpu0) / 1e9;
        line(report, "index run %d: %d articles in %.2f s = %.0f articles/s wall; %.1f CPU-s = %.0f articles per CPU-second "
            + "(%d commits of 1000, items included), %d MB on disk; load average %.1f",
            run, r.indexed(), s, r.indexed() / s, c, r.indexed() / c, r.commits(), size(idx) >> 20, load());
      }
      // Text and metadata only, no items.
      {
        Path idx = dir.resolve("text-only");
        long start = System.nanoTime();
        long cpu0 = cpu();
        IngestResult r;
        try (CorpusIndex index = CorpusIndex.open(idx)) {
          r = index.ingest("reuters", articles.stream(), IndexBench::textOnly, 1000, c -> {});
        }
        double s = secs(start);
        double c = (cpu() - cpu0) / 1e9;
        line(report, "index text+metadata only: %d articles in %.2f s = %.0f articles/s wall; %.1f CPU-s = %.0f articles per CPU-second; load average %.1f",
            r.indexed(), s, r.indexed() / s, c, r.indexed() / c, load());
      }
      // Re-indexing the same articles (updates by id).
      try (CorpusIndex index = CorpusIndex.open(dir.resolve("run1"))) {
        long start = System.nanoTime();
        for (AnalyzedArticle a : analysed) {
          index.put(a);
        }
        index.commit();
        double s = secs(start);
        line(report, "re-index (update by id) %d articles in %.2f s = %.0f articles/s; articles now %d",
            analysed.size(), s, analysed.size() / s, index.articleCount());
      }
      if (!Boolean.getBoolean("parallax.bench.indexOnly")) {
        try (CorpusIndex index = CorpusIndex.open(dir.resolve("run1"))) {
          queries(index, analysed, report);
        }
      }
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    Path out = Path.of("target", "index-bench.txt");
    if (Files.isDirectory(out.getParent())) {
      Files.writeString(out, report.toString());
    }
  }

  private static void queries(CorpusIndex index, List<AnalyzedArticle> analysed, StringBuilder report) {
    Random random = new Random(42);
    List<String> words = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      AnalyzedArticle a = analysed.get(random.nextInt(analysed.size()));
      Matcher m = WORD.matcher(a.article().text());
      if (m.find()) {
        words.add(m.group());
      }
      if (!a.entities().isEmpty()) {
        names.add(a.entities().get(random.nextInt(a.entities().size())).text());
      }
    }
    Map<String, Supplier<SearchQuery>> kinds = new LinkedHashMap<>();
    kinds.put("text (1 word)", () -> SearchQuery.builder().text(pick(words, random)).build());
    kinds.put("text (2 words)", () -> SearchQuery.builder().text(pick(words, random) + " " + pick(words, random)).build());
    kinds.put("entity name", () -> SearchQuery.builder().entity(pick(names, random)).build());
    kinds.put("figure range", () -> {
      double lo = Math.pow(10, random.nextDouble() * 5);
      return SearchQuery.builder().figures(lo, lo * 1.1).build();
    });
    kinds.put("published range + text", () -> {
      LocalDate from = LocalDate.of(1987, 2, 26).plusDays(random.nextInt(40));
      return SearchQuery.builder().text(pick(words, random)).published(from, from.plusDays(7)).build();
    });
    kinds.put("all (facets over 19k)", () -> SearchQuery.builder().build());
    kinds.put("more like this", () -> null);
    line(report, "load average before queries %.1f", load());
    line(report, "queries: single thread, facets (outlet, entity, unit, year) and snippets/items for 10 hits on every query");
    List<Long> all = new ArrayList<>();
    for (Map.Entry<String, Supplier<SearchQuery>> e : kinds.entrySet()) {
      boolean mlt = e.getKey().equals("more like this");
      for (int i = 0; i < 100; i++) { // warm-up
        once(index, e.getValue(), mlt, analysed, random);
      }
      int n = mlt ? 300 : 1000;
      long[] nanos = new long[n];
      long hits = 0;
      for (int i = 0; i < n; i++) {
        long start = System.nanoTime();
        hits += once(index, e.getValue(), mlt, analysed, random);
        nanos[i] = System.nanoTime() - start;
        all.add(nanos[i]);
      }
      Arrays.sort(nanos);
      line(report, "  %-24s n=%4d  p50 %6.2f ms  p99 %6.2f ms  mean hits %.0f", e.getKey(), n, ms(nanos, 0.50), ms(nanos, 0.99), hits / (double) n);
    }
    long[] every = all.stream().mapToLong(Long::longValue).sorted().toArray();
    line(report, "  %-24s n=%4d  p50 %6.2f ms  p99 %6.2f ms", "ALL", every.length, ms(every, 0.50), ms(every, 0.99));
  }

  private static long once(CorpusIndex index, Supplier<SearchQuery> q, boolean mlt, List<AnalyzedArticle> analysed, Random random) {
    if (mlt) {
      return index.moreLikeThis(analysed.get(random.nextInt(analysed.size())).id(), 10).total();
    }
    return index.search(q.get()).total();
  }

  private static String pick(List<String> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }

  private static Map<String, AnalyzedArticle> byIdCache;

  private static AnalyzedArticle byId(List<AnalyzedArticle> analysed, Article a) {
    if (byIdCache == null) {
      byIdCache = new java.util.HashMap<>();
      analysed.forEach(x -> byIdCache.put(x.id(), x));
    }
    return byIdCache.get(a.id());
  }

  static AnalyzedArticle textOnly(Article a) {
    return new AnalyzedArticle(a, new AnnotatedText(a.text(), List.of(), List.of()), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  /** Cheap stand-in items: numbers as exact figures, two capitalised words as an entity, the publication day as a date. */
  static AnalyzedArticle items(Article a) {
    String text = a.text();
    List<Figure> figures = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find() && figures.size() < 40) {
      double v = Double.parseDouble(m.group().replace(",", ""));
      figures.add(new Figure(a.id(), m.group(), v, v, v, true, true, Qualifier.EXACT, "", "", "", Figure.Kind.NUMBER,
          Figure.Change.NONE, "", m.start(), m.end(), 0, List.of(), Optional.empty(), List.of()));
    }
    List<EntityMention> entities = new ArrayList<>();
    Matcher n = NAME.matcher(text);
    while (n.find() && entities.size() < 40) {
      String id = "org:" + n.group().toLowerCase(Locale.ROOT).replace(' ', '-');
      entities.add(new EntityMention(a.id(), n.group(), EntityType.ORGANIZATION, id, n.start(), n.end(), 0, ""));
    }
    List<DateMention> dates = new ArrayList<>();
    a.published().ifPresent(p -> dates.add(new DateMention(a.id(), "", p.toString(), DateMention.Type.DATE, 0, 0, 0, "absolute",
        Optional.of(p), Optional.of(p))));
    return new AnalyzedArticle(a, new AnnotatedText(text, List.of(), List.of()), entities, figures, dates, List.of(), List.of());
  }

  /** CPU time of this process (all threads), in nanoseconds. */
  private static long cpu() {
    java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
  }

  private static double load() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static double ms(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
  }

  private static double secs(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void line(StringBuilder report, String format, Object... args) {
    String s = String.format(Locale.ROOT, format, args);
    report.append(s).append('\n');
    System.out.println(s);
    System.out.flush();
  }
}
