package dev.parallax.spark.internal;

import dev.parallax.article.Diagnostic;
import dev.parallax.internal.load.ArticleSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import scala.Tuple2;
import scala.Tuple3;

/**
 * Reads JSONL and WARC inputs from any Hadoop file system (local, HDFS, S3 through s3a) into
 * {@link Loaded} records. JSONL files are split by Hadoop and parsed line by line with exact
 * 1-based line numbers (a first pass counts the lines of each split); WARC files ({@code .warc},
 * {@code .warc.gz}) are read one file per task.
 *
 * <p>Stateless and thread-safe.
 */
public final class Inputs {
  private Inputs() {}

  /** One input file: its index in input order, its display name and its Hadoop path. */
  record InputFile(int index, String name, String path, boolean warc) implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** Expands the inputs (files, directories, globs) into files, in the order given, each sorted. */
  static List<InputFile> expand(List<String> inputs, Configuration conf) {
    List<InputFile> out = new ArrayList<>();
    for (String in : inputs) {
      Path p = new Path(in);
      try {
        FileSystem fs = p.getFileSystem(conf);
        FileStatus[] found = fs.globStatus(p);
        if (found == null || found.length == 0) {
          throw new IllegalArgumentException("input not found: " + in);
        }
        List<FileStatus> files = new ArrayList<>();
        for (FileStatus s : found) {
          if (s.isDirectory()) {
            files.addAll(Arrays.asList(fs.listStatus(s.getPath(), f -> !f.getName().startsWith("_") && !f.getName().startsWith("."))));
          } else {
            files.add(s);
          }
        }
        files.sort(Comparator.comparing(s -> s.getPath().toString()));
        boolean single = files.size() == 1 && found.length == 1 && !found[0].isDirectory();
        for (FileStatus f : files) {
          if (f.isDirectory()) {
            continue;
          }
          String path = f.getPath().toString();
          String name = single ? in : path;
          String lower = f.getPath().getName().toLowerCase(Locale.ROOT);
          boolean warc = lower.endsWith(".warc") || lower.endsWith(".warc.gz");
          out.add(new InputFile(out.size(), name, path, warc));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list input " + in, e);
      }
    }
    return out;
  }

  /** Every article and loading problem of the inputs. */
  public static JavaRDD<Loaded> load(JavaSparkContext jsc, List<String> inputs) {
    List<InputFile> files = expand(inputs, jsc.hadoopConfiguration());
    List<InputFile> jsonl = files.stream().filter(f -> !f.warc()).toList();
    List<InputFile> warc = files.stream().filter(InputFile::warc).toList();
    JavaRDD<Loaded> out = jsc.emptyRDD();
    if (!jsonl.isEmpty()) {
      out = out.union(jsonl(jsc, jsonl));
    }
    for (InputFile f : warc) {
      out = out.union(warc(jsc, f));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static JavaNewHadoopRDD<LongWritable, Text> lines(JavaSparkContext jsc, List<InputFile> files) {
    try {
      Job job = Job.getInstance(new Configuration(jsc.hadoopConfiguration()));
      Path[] paths = files.stream().map(f -> new Path(f.path())).toArray(Path[]::new);
      FileInputFormat.setInputPaths(job, paths);
      return (JavaNewHadoopRDD<LongWritable, Text>)
          jsc.newAPIHadoopRDD(job.getConfiguration(), TextInputFormat.class, LongWritable.class, Text.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String splitKey(FileSplit s) {
    return s.getPath().toString() + "@" + s.getStart();
  }

  private static JavaRDD<Loaded> jsonl(JavaSparkContext jsc, List<InputFile> files) {
    JavaNewHadoopRDD<LongWritable, Text> rdd = lines(jsc, files);
    // Pass 1: lines per split, so each split knows the line number it starts at.
    List<Tuple3<String, Long, Long>> counts =
        rdd.mapPartitionsWithInputSplit(
                (split, it) -> {
                  FileSplit fs = (FileSplit) split;
                  long n = 0;
                  while (it.hasNext()) {
                    it.next();
                    n++;
                  }
                  return List.of(new Tuple3<>(fs.getPath().toString(), fs.getStart(), n)).iterator();
                },
                true)
            .collect();
    Map<String, Long> firstLine = new HashMap<>();
    List<Tuple3<String, Long, Long>> sorted = new ArrayList<>(counts);
    sorted.sort(Comparator.comparing((Tuple3<String, Long, Long> t) -> t._1()).thenComparing(Tuple3::_2));
    String file = null;
    long next = 1;
    for (Tuple3<String, Long, Long> t : sorted) {
      if (!t._1().equals(file)) {
        file = t._1();
        next = 1;
      }
      firstLine.put(t._1() + "@" + t._2(), next);
      next += t._3();
    }
    Map<String, InputFile> byPath = new HashMap<>();
    for (InputFile f : files) {
      byPath.put(new Path(f.path()).toString(), f);
    }
    Broadcast<Map<String, Long>> starts = jsc.broadcast(firstLine);
    Broadcast<Map<String, InputFile>> names = jsc.broadcast(byPath);
    return rdd.mapPartitionsWithInputSplit(
            (split, it) -> {
              FileSplit fs = (FileSplit) split;
              InputFile f = names.value().get(fs.getPath().toString());
              if (f == null) {
                throw new IllegalStateException("split of an unknown file: " + fs.getPath());
              }
              long lineNo = starts.value().get(splitKey(fs));
              List<Loaded> out = new ArrayList<>();
              while (it.hasNext()) {
                Tuple2<LongWritable, Text> rec = it.next();
                long ln = lineNo++;
                Order order = new Order(f.index(), ln, 0);
                int[] rank = {0};
                ArticleSources.jsonLine(
                        rec._2().getBytes(),
                        rec._2().getLength(),
                        f.name(),
                        ln,
                        d -> out.add(Loaded.problem(order.withRank(rank[0]++), d)))
                    .ifPresent(a -> out.add(Loaded.article(order.withRank(rank[0]++), f.name(), ln, a)));
              }
              return out.iterator();
            },
            true);
  }

  private static JavaRDD<Loaded> warc(JavaSparkContext jsc, InputFile f) {
    return jsc.binaryFiles(f.path(), 1)
        .values()
        .flatMap(
            (PortableDataStream stream) -> {
              List<Loaded> out = new ArrayList<>();
              int[] rank = {0};
              long[] last = {0};
              try (java.io.DataInputStream in = stream.open()) {
                WarcArticles.read(
                    in,
                    f.name(),
                    (offset, a) -> {
                      last[0] = offset;
                      out.add(Loaded.article(new Order(f.index(), offset, rank[0]++), f.name(), 0, a));
                    },
                    d -> out.add(Loaded.problem(new Order(f.index(), last[0], rank[0]++), d)));
              }
              Iterator<Loaded> it = out.iterator();
              return it;
            });
  }

}
