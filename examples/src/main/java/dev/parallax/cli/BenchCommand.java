package dev.parallax.cli;

import dev.parallax.AnalyzedArticle;
import dev.parallax.Parallax;
import dev.parallax.article.Article;
import dev.parallax.article.Corpus;
import dev.parallax.internal.Worker;
import dev.parallax.json.ParallaxJson;
import dev.parallax.text.NlpModels;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parallax bench}: end-to-end and per-stage throughput, parallel speed-up and memory, each
 * also given as a ratio to the plain OpenNLP pipeline (sentences + tokens + POS) timed in the same
 * run on the same articles. Writes JSON and a Markdown report.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Benchmark the pipeline (per stage, end to end, 1 thread and all cores) against the plain OpenNLP baseline.")
final class BenchCommand implements Callable<Integer> {

  @Option(names = "--corpus", defaultValue = "bundled", description = "Corpus to benchmark. Default: ${DEFAULT-VALUE}.")
  String corpus;

  @Option(names = "--limit", defaultValue = "0", description = "Use at most N articles (0 = all).")
  int limit;

  @Option(names = "--warmup", defaultValue = "2", description = "Warm-up passes over the first 2,000 articles before measuring (the JIT needs a few thousand articles). Default: ${DEFAULT-VALUE}.")
  int warmup;

  @Option(names = "--repeat", defaultValue = "1", description = "Repeat small corpora so each pass covers at least this many articles. Default: ${DEFAULT-VALUE}.")
  int repeatTo;

  @Option(names = "--threads", defaultValue = "0", description = "Threads for the parallel run (0 = all cores).")
  int threads;

  @Option(names = "--json", paramLabel = "FILE", description = "Write the results as JSON.")
  Path json;

  @Option(names = "--markdown", paramLabel = "FILE", description = "Write the results as a Markdown section.")
  Path markdown;

  @Option(names = "--debug", description = "Print stack traces on errors.")
  boolean debug;

  @Option(
      names = "--stream",
      description = "Only stream the whole corpus through analysis (all stages, --threads threads) without keeping results; report time and peak heap. Run with -Xmx512m to check the heap target.")
  boolean stream;

  @Option(
      names = "--index-only",
      description = "Only benchmark indexing and queries: analyse the articles first (all cores, resolved), then time --index-runs indexing runs into fresh on-disk indexes.")
  boolean indexOnly;

  @Option(names = "--index-runs", defaultValue = "3", description = "Timed indexing runs with --index-only (after one warm-up run). Default: ${DEFAULT-VALUE}.")
  int indexRuns;

  @Override
  public Integer call() throws IOException {
    if (stream) {
      return streamOnly();
    }
    if (indexOnly) {
      return indexOnly();
    }
    List<Article> articles = load();
    if (articles.isEmpty()) {
      throw new UsageException("no articles in " + corpus);
    }
    int cores = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    NlpModels models = NlpModels.english();
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("corpus", corpus);
    r.put("articles", articles.size());
    r.put("date", LocalDate.now().toString());
    r.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    r.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    r.put("cores", Runtime.getRuntime().availableProcessors());
    r.put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);

    List<Article> warm = articles.subList(0, Math.min(articles.size(), 2000));
    for (int i = 0; i < warmup; i++) {
      baseline(models, warm);
      fullSingle(models, warm);
    }
    resetPeaks();

    // 1. the plain OpenNLP baseline
    double[] base = baseline(models, articles);
    double baseTokS = base[1] / base[0];
    r.put("baseline", stage(articles.size() / base[0], baseTokS, 1.0));

    // 2. per stage, one thread
    Worker w = new Worker(models, Worker.Stages.ALL);
    long t0 = System.nanoTime();
    List<AnalyzedArticle> analyzed = new ArrayList<>(articles.size());
    for (Article a : articles) {
      analyzed.add(w.analyze(a));
    }
    double e2e = (System.nanoTime() - t0) / 1e9;
    double tokens = w.tokens();
    Map<String, Object> stages = new LinkedHashMap<>();
    for (Worker.Stage s : Worker.Stage.values()) {
      double secs = w.nanos(s) / 1e9;
      stages.put(s.name().toLowerCase(Locale.ROOT), stage(articles.size() / secs, tokens / secs, (tokens / secs) / baseTokS));
    }
    long rt0 = System.nanoTime();
    Parallax parallax = Parallax.builder().models(models).threads(1).build();
    parallax.resolve(analyzed, List.of());
    double resolveSecs = (System.nanoTime() - rt0) / 1e9;
    stages.put("entity-resolution", stage(articles.size() / resolveSecs, tokens / resolveSecs, (tokens / resolveSecs) / baseTokS));
    r.put("stages", stages);
    // the work of Parallax.analyze(corpus) on one thread: every article, results kept, then resolution
    double whole = e2e + resolveSecs;
    r.put("endToEnd1Thread", stage(articles.size() / whole, tokens / whole, (tokens / whole) / baseTokS));
    r.put("tokens", (long) tokens);

    // 3. streamed analysis (Parallax.analyzeEach, results not kept), one thread and all cores
    long s0 = System.nanoTime();
    Parallax.builder().models(models).threads(1).build().analyzeEach(Corpus.of(articles), a -> {}, d -> {});
    double streamSecs = (System.nanoTime() - s0) / 1e9;
    r.put("streamed1Thread", stage(articles.size() / streamSecs, tokens / streamSecs, (tokens / streamSecs) / baseTokS));
    Parallax par = Parallax.builder().models(models).threads(cores).build();
    long p0 = System.nanoTime();
    long[] count = new long[1];
    par.analyzeEach(Corpus.of(articles), a -> count[0]++, d -> {});
    double parSecs = (System.nanoTime() - p0) / 1e9;
    Map<String, Object> parallel = stage(articles.size() / parSecs, tokens / parSecs, (tokens / parSecs) / baseTokS);
    parallel.put("threads", cores);
    parallel.put("speedup", round(streamSecs / parSecs));
    r.put("endToEndAllCores", parallel);
    r.put("stagesAllCores", stagesParallel(models, articles, cores, baseTokS));

    // 4. cross-document stages, indexing and queries on the analysed articles
    dev.parallax.CorpusAnalysis resolved = parallax.resolve(analyzed, List.of());
    r.put("index", indexBench(resolved));
    r.putAll(comparisonBench(resolved));

    analyzed = null;
    r.put("peakHeapMb", peakHeapMb());
    r.put("peakRssMb", peakRssMb());
    write(r);
    return 0;
  }

  private Integer streamOnly() throws IOException {
    int cores = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    Parallax parallax = Parallax.builder().threads(cores).build();
    resetPeaks();
    long[] counts = new long[2];
    long t0 = System.nanoTime();
    Corpus c;
    try {
      c = Corpus.open(corpus);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    parallax.analyzeEach(
        c,
        a -> {
          counts[0]++;
          counts[1] += a.text().tokens().size();
        },
        d -> {});
    double secs = (System.nanoTime() - t0) / 1e9;
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("corpus", corpus);
    r.put("mode", "stream");
    r.put("threads", cores);
    r.put("articles", counts[0]);
    r.put("tokens", counts[1]);
    r.put("seconds", round(secs));
    r.put("articlesPerSec", round(counts[0] / secs));
    r.put("tokensPerSec", Math.round(counts[1] / secs));
    r.put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);
    r.put("peakHeapMb", peakHeapMb());
    r.put("peakRssMb", peakRssMb());
    String jsonText = ParallaxJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(r);
    if (json != null) {
      Files.writeString(json, jsonText + "\n", StandardCharsets.UTF_8);
    }
    System.out.println(jsonText);
    return 0;
  }

  /**
   * Indexing alone: the articles are analysed and resolved before any clock starts, then one
   * warm-up run and {@link #indexRuns} timed runs each index them into a fresh directory.
   */
  private Integer indexOnly() throws IOException {
    if (indexRuns < 1) {
      throw new UsageException("--index-runs must be at least 1, got " + indexRuns);
    }
    List<Article> articles = load();
    if (articles.isEmpty()) {
      throw new UsageException("no articles in " + corpus);
    }
    int cores = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    Parallax parallax = Parallax.builder().threads(cores).build();
    List<AnalyzedArticle> analysed = new ArrayList<>(articles.size());
    long a0 = System.nanoTime();
    parallax.analyzeEach(Corpus.of(articles), analysed::add, d -> {});
    dev.parallax.CorpusAnalysis resolved = parallax.resolve(analysed, List.of());
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("corpus", corpus);
    r.put("articles", articles.size());
    r.put("date", LocalDate.now().toString());
    r.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    r.put("cores", Runtime.getRuntime().availableProcessors());
    r.put("maxHeapMb", Runtime.getRuntime().maxMemory() >> 20);
    r.put("analysisSeconds", round((System.nanoTime() - a0) / 1e9));
    indexBench(resolved); // warm-up
    List<Object> runs = new ArrayList<>();
    for (int i = 0; i < indexRuns; i++) {
      Map<String, Object> run = new LinkedHashMap<>();
      run.put("loadAverage", round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
      run.putAll(indexBench(resolved));
      runs.add(run);
      System.err.println("parallax: index run " + (i + 1) + ": " + run);
    }
    r.put("indexRuns", runs);
    String jsonText = ParallaxJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(r);
    if (json != null) {
      Files.writeString(json, jsonText + "\n", StandardCharsets.UTF_8);
    }
    System.out.println(jsonText);
    return 0;
  }

  /**
   * Indexing throughput, each run into a fresh on-disk index with a durable commit every 1,000
   * articles: on one thread ({@code CorpusIndex.put} per article, then {@code commit}) and batched
   * ({@code CorpusIndex.ingest} of the analysis in batches of 1,000, which is what {@code parallax
   * index} does: each batch goes through {@code putAll}, on one thread per two processors); then
   * query latency percentiles on the batched index.
   */
  static Map<String, Object> indexBench(dev.parallax.CorpusAnalysis analysis) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    Path one = Files.createTempDirectory("parallax-bench-index");
    try (dev.parallax.index.CorpusIndex index = dev.parallax.index.CorpusIndex.open(one)) {
      long t0 = System.nanoTime();
      int n = 0;
      for (AnalyzedArticle a : analysis.articles()) {
        index.put(a);
        if (++n % 1000 == 0) {
          index.commit();
        }
      }
      index.commit();
      m.put("articlesPerSec1Thread", round(n / ((System.nanoTime() - t0) / 1e9)));
    } finally {
      deleteTree(one);
    }
    Path dir = Files.createTempDirectory("parallax-bench-index");
    try (dev.parallax.index.CorpusIndex index = dev.parallax.index.CorpusIndex.open(dir)) {
      long t0 = System.nanoTime();
      long n = index.ingest("bench", analysis, 1000, c -> {}).indexed();
      double secs = (System.nanoTime() - t0) / 1e9;
      m.put("articlesPerSec", round(n / secs));
      m.put("indexingThreads", Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
      // queries: words, entities and figure ranges taken from the corpus itself
      List<dev.parallax.index.SearchQuery> queries = new ArrayList<>();
      java.util.Random random = new java.util.Random(7);
      List<AnalyzedArticle> arts = analysis.articles();
      for (int i = 0; i < 300 && !arts.isEmpty(); i++) {
        AnalyzedArticle a = arts.get(random.nextInt(arts.size()));
        switch (i % 3) {
          case 0 -> {
            var toks = a.text().tokens();
            String w = toks.isEmpty() ? "the" : toks.get(random.nextInt(toks.size())).text();
            queries.add(dev.parallax.index.SearchQuery.builder().text(w.replaceAll("[^\\p{L}\\p{N}]", " ").isBlank() ? "market" : w.replaceAll("[^\\p{L}\\p{N}]", " ")).build());
          }
          case 1 -> queries.add(dev.parallax.index.SearchQuery.builder()
              .entity(a.entities().isEmpty() ? "reuters" : a.entities().get(0).entity()).build());
          default -> {
            double v = a.figures().isEmpty() ? 100 : a.figures().get(0).value();
            queries.add(dev.parallax.index.SearchQuery.builder().figures(v * 0.9, v * 1.1 + 1).build());
          }
        }
      }
      for (dev.parallax.index.SearchQuery q : queries.subList(0, Math.min(50, queries.size()))) {
        index.search(q); // warm-up
      }
      long[] lat = new long[queries.size()];
      for (int i = 0; i < queries.size(); i++) {
        long q0 = System.nanoTime();
        index.search(queries.get(i));
        lat[i] = System.nanoTime() - q0;
      }
      java.util.Arrays.sort(lat);
      if (lat.length > 0) {
        m.put("queries", lat.length);
        m.put("queryP50Ms", round(lat[lat.length / 2] / 1e6));
        m.put("queryP99Ms", round(lat[Math.min(lat.length - 1, (int) Math.ceil(lat.length * 0.99) - 1)] / 1e6));
      }
    } finally {
      deleteTree(dir);
    }
    return m;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Comparison time on the first 1,000 articles and on all of them (up to 10,000). */
  static Map<String, Object> comparisonBench(dev.parallax.CorpusAnalysis analysis) {
    Map<String, Object> m = new LinkedHashMap<>();
    List<AnalyzedArticle> all = analysis.articles();
    if (all.size() > 1000) {
      m.put("comparison1k", compareTimed(all.subList(0, 1000)));
    }
    m.put("comparisonAll", compareTimed(all.subList(0, Math.min(all.size(), 10_000))));
    return m;
  }

  private static Map<String, Object> compareTimed(List<AnalyzedArticle> articles) {
    long t0 = System.nanoTime();
    dev.parallax.compare.Comparison c = dev.parallax.compare.Comparison.of(articles);
    double secs = (System.nanoTime() - t0) / 1e9;
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("articles", articles.size());
    m.put("seconds", round(secs));
    m.put("stories", c.stories().size());
    m.put("disagreements", c.disagreements().size());
    return m;
  }

  private List<Article> load() {
    List<Article> out = new ArrayList<>();
    try (Stream<Article> s = Corpus.open(corpus).stream(d -> {})) {
      (limit > 0 ? s.limit(limit) : s).forEach(out::add);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (!out.isEmpty() && out.size() < repeatTo) {
      List<Article> rep = new ArrayList<>();
      for (int i = 0; rep.size() < repeatTo; i++) {
        Article a = out.get(i % out.size());
        rep.add(Article.builder(a.id() + "#" + i, a.text()).published(a.published().orElse(null)).build());
      }
      return rep;
    }
    return out;
  }

  /**
   * Plain OpenNLP: sentence detection over the whole text, tokens, POS, with OpenNLP's defaults (the
   * tokenizer scores every character, the tagger keeps a beam of three), not the settings {@link
   * NlpModels} applies. Returns {seconds, tokens}.
   */
  static double[] baseline(NlpModels models, List<Article> articles) {
    TokenizerModel tm = models.tokenizerModel();
    TokenizerFactory tf = tm.getFactory();
    TokenizerModel plainTokens = new TokenizerModel(tm.getMaxentModel(), null,
        new TokenizerFactory(tf.getLanguageCode(), tf.getAbbreviationDictionary(), false, tf.getAlphaNumericPattern()));
    POSModel pm = models.posModel();
    POSModel plainPos = new POSModel(pm.getLanguage(), (MaxentModel) pm.getArtifact("pos.model"),
        POSTaggerME.DEFAULT_BEAM_SIZE, null, pm.getFactory());
    SentenceDetectorME sd = new SentenceDetectorME(models.sentenceModel());
    TokenizerME tok = new TokenizerME(plainTokens);
    POSTaggerME pos = new POSTaggerME(plainPos);
    long tokens = 0;
    long t0 = System.nanoTime();
    for (Article a : articles) {
      for (String s : sd.sentDetect(a.text())) {
        String[] words = tok.tokenize(s);
        pos.tag(words);
        tokens += words.length;
      }
    }
    return new double[] {(System.nanoTime() - t0) / 1e9, tokens};
  }

  /**
   * Per-stage throughput with {@code cores} workers pulling articles from a shared cursor. A stage's
   * rate is the sum over workers of the worker's tokens divided by the worker's time in that stage.
   */
  static Map<String, Object> stagesParallel(NlpModels models, List<Article> articles, int cores, double baseTokS) {
    java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
    List<Worker> workers = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < cores; i++) {
      Worker w = new Worker(models, Worker.Stages.ALL);
      workers.add(w);
      threads.add(new Thread(() -> {
        for (int k; (k = next.getAndIncrement()) < articles.size(); ) {
          w.analyze(articles.get(k));
        }
      }, "bench-" + i));
    }
    long t0 = System.nanoTime();
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    double tokens = workers.stream().mapToLong(Worker::tokens).sum();
    Map<String, Object> stages = new LinkedHashMap<>();
    for (Worker.Stage st : Worker.Stage.values()) {
      double tokS = 0;
      for (Worker w : workers) {
        tokS += w.tokens() / Math.max(1e-9, w.nanos(st) / 1e9);
      }
      double artS = tokS * articles.size() / tokens;
      stages.put(st.name().toLowerCase(Locale.ROOT), stage(artS, tokS, tokS / baseTokS));
    }
    stages.put("all per-article stages (wall time of this run)", stage(articles.size() / wall, tokens / wall, (tokens / wall) / baseTokS));
    return stages;
  }

  private static void fullSingle(NlpModels models, List<Article> articles) {
    Worker w = new Worker(models, Worker.Stages.ALL);
    for (Article a : articles) {
      w.analyze(a);
    }
  }

  private static Map<String, Object> stage(double articlesPerSec, double tokensPerSec, double ratio) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("articlesPerSec", round(articlesPerSec));
    m.put("tokensPerSec", Math.round(tokensPerSec));
    m.put("ratioToBaseline", round(ratio));
    return m;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      p.resetPeakUsage();
    }
  }

  static long peakHeapMb() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        sum += p.getPeakUsage().getUsed();
      }
    }
    return sum >> 20;
  }

  static long peakRssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("\\D+", "")) >> 10;
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  private void write(Map<String, Object> r) throws IOException {
    String jsonText = ParallaxJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(r);
    if (json != null) {
      Files.writeString(json, jsonText + "\n", StandardCharsets.UTF_8);
    }
    String md = markdown(r);
    if (markdown != null) {
      Files.writeString(markdown, md, StandardCharsets.UTF_8);
    }
    if (json == null && markdown == null) {
      System.out.println(jsonText);
    } else {
      System.out.print(md);
    }
  }

  @SuppressWarnings("unchecked")
  static String markdown(Map<String, Object> r) {
    StringBuilder sb = new StringBuilder();
    sb.append("| measure | articles/s | tokens/s | ratio to baseline |\n|---|---:|---:|---:|\n");
    row(sb, "plain OpenNLP baseline (sentences + tokens + POS)", (Map<String, Object>) r.get("baseline"));
    Map<String, Object> stages = (Map<String, Object>) r.get("stages");
    for (Map.Entry<String, Object> e : stages.entrySet()) {
      row(sb, "stage: " + e.getKey(), (Map<String, Object>) e.getValue());
    }
    row(sb, "end to end, 1 thread (every stage, results kept, then resolution)", (Map<String, Object>) r.get("endToEnd1Thread"));
    Map<String, Object> par = (Map<String, Object>) r.get("endToEndAllCores");
    if (r.get("streamed1Thread") != null) {
      row(sb, "streamed analysis (analyzeEach), 1 thread", (Map<String, Object>) r.get("streamed1Thread"));
    }
    row(sb, "streamed analysis (analyzeEach), " + par.get("threads") + " threads (speed-up " + par.get("speedup") + "×)", par);
    Map<String, Object> stagesPar = (Map<String, Object>) r.get("stagesAllCores");
    if (stagesPar != null) {
      sb.append("\nPer stage with ").append(par.get("threads")).append(" worker threads (each stage summed over the workers):\n\n");
      sb.append("| measure | articles/s | tokens/s | ratio to baseline |\n|---|---:|---:|---:|\n");
      for (Map.Entry<String, Object> e : stagesPar.entrySet()) {
        row(sb, "stage: " + e.getKey(), (Map<String, Object>) e.getValue());
      }
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> idx = (Map<String, Object>) r.get("index");
    if (idx != null) {
      sb.append("\nIndexing: ").append(idx.get("articlesPerSec")).append(" articles/s batched (ingest, commit every 1,000, ")
          .append(idx.get("indexingThreads")).append(" indexing thread(s)), ").append(idx.get("articlesPerSec1Thread"))
          .append(" articles/s on one thread (put, commit every 1,000); query latency p50 ")
          .append(idx.get("queryP50Ms")).append(" ms, p99 ").append(idx.get("queryP99Ms")).append(" ms over ")
          .append(idx.get("queries")).append(" queries (text, entity, figure range).\n");
    }
    for (String k : List.of("comparison1k", "comparisonAll")) {
      if (r.get(k) != null) {
        @SuppressWarnings("unchecked")
        Map<String, Object> c = (Map<String, Object>) r.get(k);
        sb.append("Comparison of ").append(c.get("articles")).append(" articles: ").append(c.get("seconds"))
            .append(" s (").append(c.get("stories")).append(" stories, ").append(c.get("disagreements"))
            .append(" disagreements).\n");
      }
    }
    sb.append("\nPeak heap ").append(r.get("peakHeapMb")).append(" MB, peak RSS ").append(r.get("peakRssMb"))
        .append(" MB (max heap ").append(r.get("maxHeapMb")).append(" MB); ").append(r.get("articles"))
        .append(" articles, ").append(r.get("tokens")).append(" tokens.\n");
    return sb.toString();
  }

  private static void row(StringBuilder sb, String name, Map<String, Object> m) {
    sb.append("| ").append(name).append(" | ").append(m.get("articlesPerSec")).append(" | ")
        .append(String.format(Locale.ROOT, "%,d", ((Number) m.get("tokensPerSec")).longValue())).append(" | ")
        .append(m.get("ratioToBaseline")).append(" |\n");
  }

}
