package dev.parallax.spark;

import dev.parallax.spark.internal.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * The front door of Parallax on Apache Spark: analyses JSONL and WARC inputs from any Hadoop file
 * system with the same analyzer and the same cross-document entity resolution as {@code
 * Parallax.analyze(corpus)}, and writes the same JSON lines.
 *
 * <pre>{@code
 * ParallaxSparkJob.Summary s = ParallaxSparkJob.run(spark,
 *     ParallaxSparkJob.Options.of(List.of("s3a://news/2026/*.jsonl"), "hdfs:///parallax/out"));
 * }</pre>
 *
 * <p>The output directory gets {@code articles/} (one {@code AnalysisJson.articleLine} per article,
 * in input order; or Parquet with {@code id, outlet, title, url, published, json}), {@code
 * entities/} (canonical entities as JSON lines, sorted by id), {@code diagnostics/} (loading
 * problems as JSON lines, in input order) and, with {@link Options#withComparison()}, {@code
 * comparison/} (one file holding {@code Comparison.toJson()}, as {@code parallax compare --format
 * json} prints it), computed as Spark aggregations keyed by the comparison's blocking keys.
 *
 * <p>Thread-safe: stateless; each {@link #run} is an independent set of Spark jobs.
 */
public final class ParallaxSparkJob {
  private ParallaxSparkJob() {}

  /**
   * How the analysed articles are written.
   *
   * <p>Immutable and thread-safe.
   */
  public enum Format {
    /** Text files of JSON lines, exactly {@code AnalysisJson.articleLine}. */
    JSONL,
    /** Parquet with the article metadata as columns and the JSON line in {@code json}. */
    PARQUET
  }

  /**
   * What to read and where to write.
   *
   * <p>Immutable and thread-safe.
   *
   * @param inputs files, directories or globs on any Hadoop file system; {@code .warc} and {@code
   *     .warc.gz} files are read as WARC, everything else as JSONL
   * @param output a directory that must not exist yet
   * @param format how to write the articles
   * @param partitions partitions for analysis and shuffles; 0 for Spark's default parallelism
   * @param compare also compare the articles ({@code Comparison.of}) and write {@code comparison/}
   */
  public record Options(List<String> inputs, String output, Format format, int partitions, boolean compare) {
    public Options {
      inputs = List.copyOf(inputs);
      Objects.requireNonNull(output, "output");
      Objects.requireNonNull(format, "format");
      if (inputs.isEmpty()) {
        throw new IllegalArgumentException("inputs must not be empty");
      }
      if (output.isBlank()) {
        throw new IllegalArgumentException("output must not be blank");
      }
      if (partitions < 0) {
        throw new IllegalArgumentException("partitions must be >= 0: " + partitions);
      }
    }

    /** Without the comparison. */
    public Options(List<String> inputs, String output, Format format, int partitions) {
      this(inputs, output, format, partitions, false);
    }

    /** JSONL output with the default number of partitions. */
    public static Options of(List<String> inputs, String output) {
      return new Options(inputs, output, Format.JSONL, 0);
    }

    /** The same options with the comparison on. */
    public Options withComparison() {
      return new Options(inputs, output, format, partitions, true);
    }
  }

  /**
   * What a run produced.
   *
   * <p>Immutable and thread-safe.
   *
   * <p>Immutable and thread-safe.
   *
   * @param articles analysed articles written
   * @param entities canonical entities written
   * @param diagnostics loading problems written
   * @param blocks entity-resolution blocks (components of shared blocking keys)
   * @param largestBlock mentions in the largest block
   * @param stories stories found by the comparison (0 when it did not run)
   * @param comparisonSeconds wall time of the comparison (0 when it did not run)
   */
  public record Summary(
      long articles, long entities, long diagnostics, long blocks, long largestBlock, long stories, double comparisonSeconds) {}

  /** Runs the job on a session the caller owns (and stops). */
  public static Summary run(SparkSession spark, Options options) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(options, "options");
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    int partitions = options.partitions() > 0 ? options.partitions() : jsc.defaultParallelism();
    Pipeline.Result r = Pipeline.run(jsc, options.inputs(), partitions);
    String out = options.output().endsWith("/") ? options.output() : options.output() + "/";
    r.articles().persist(StorageLevel.MEMORY_AND_DISK());
    if (options.format() == Format.JSONL) {
      r.articles().map(t -> t._2()._1()).saveAsTextFile(out + "articles");
    } else {
      StructType schema =
          new StructType()
              .add("id", DataTypes.StringType, false)
              .add("outlet", DataTypes.StringType, true)
              .add("title", DataTypes.StringType, true)
              .add("url", DataTypes.StringType, true)
              .add("published", DataTypes.DateType, true)
              .add("json", DataTypes.StringType, false);
      JavaRDD<Row> rows =
          r.articles()
              .map(
                  t -> {
                    dev.parallax.AnalyzedArticle a =
                        dev.parallax.spark.internal.RecordCodec.decode(t._2()._2(), dev.parallax.AnalyzedArticle.class);
                    dev.parallax.article.Article art = a.article();
                    return RowFactory.create(
                        art.id(),
                        art.outlet().orElse(null),
                        art.title().orElse(null),
                        art.url().orElse(null),
                        art.published().orElse(null),
                        t._2()._1());
                  });
      Dataset<Row> df = spark.createDataFrame(rows, schema);
      df.write().parquet(out + "articles");
    }
    r.entities().saveAsTextFile(out + "entities");
    r.problems().saveAsTextFile(out + "diagnostics");
    long articles = r.articles().count();
    long entities = r.entities().count();
    long problems = r.problems().count();
    long blocks = r.blocks().count();
    long largest = blocks == 0 ? 0 : r.blocks().max(new IntOrder());
    long stories = 0;
    double compareSeconds = 0;
    if (options.compare()) {
      long c0 = System.nanoTime();
      List<dev.parallax.entity.Entity> ents = new ArrayList<>();
      for (String line : r.entities().collect()) {
        try {
          ents.add(dev.parallax.json.ParallaxJson.mapper().readValue(line, dev.parallax.entity.Entity.class));
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException("cannot read back an entity line: " + line, e);
        }
      }
      dev.parallax.compare.Comparison c =
          dev.parallax.spark.internal.Comparisons.compare(jsc, r.articles().mapValues(t -> t._2()), ents, partitions);
      jsc.parallelize(List.of(c.toJson()), 1).saveAsTextFile(out + "comparison");
      stories = c.stories().size();
      compareSeconds = (System.nanoTime() - c0) / 1e9;
    }
    r.articles().unpersist(false);
    r.release();
    return new Summary(articles, entities, problems, blocks, largest, stories, compareSeconds);
  }

  private static final class IntOrder implements java.util.Comparator<Integer>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(Integer a, Integer b) {
      return Integer.compare(a, b);
    }
  }

  /**
   * Command line: {@code --input PATH} (repeatable), {@code --output DIR}, {@code --format
   * jsonl|parquet}, {@code --partitions N}, {@code --compare}, {@code --master URL} (when not set by
   * spark-submit).
   */
  public static void main(String[] args) {
    List<String> inputs = new ArrayList<>();
    String output = null;
    Format format = Format.JSONL;
    int partitions = 0;
    boolean compare = false;
    String master = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--compare")) {
        compare = true;
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + a);
      }
      String v = args[++i];
      switch (a) {
        case "--input" -> inputs.add(v);
        case "--output" -> output = v;
        case "--format" -> format = Format.valueOf(v.toUpperCase(Locale.ROOT));
        case "--partitions" -> partitions = Integer.parseInt(v);
        case "--master" -> master = v;
        default -> throw new IllegalArgumentException("unknown option: " + a);
      }
    }
    if (output == null) {
      throw new IllegalArgumentException("--output is required");
    }
    SparkSession.Builder b = SparkSession.builder().appName("parallax");
    if (master != null) {
      b = b.master(master);
    }
    SparkSession spark = b.getOrCreate();
    try {
      Summary s = run(spark, new Options(inputs, output, format, partitions, compare));
      System.err.println(s);
    } finally {
      spark.stop();
    }
  }
}
