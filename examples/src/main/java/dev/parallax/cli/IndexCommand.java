package dev.parallax.cli;

import dev.parallax.AnalyzedArticle;
import dev.parallax.CorpusAnalysis;
import dev.parallax.Parallax;
import dev.parallax.article.Article;
import dev.parallax.article.Corpus;
import dev.parallax.article.Diagnostic;
import dev.parallax.index.CorpusIndex;
import dev.parallax.index.IngestResult;
import dev.parallax.text.AnnotatedText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code parallax index}: analyses a corpus and adds it to an on-disk index, committing in batches.
 * An interrupted run resumes after its last commit; indexing the same corpus again replaces its
 * articles, so nothing is duplicated.
 */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = "Analyze a corpus and add it to a searchable index (resumable; re-indexing replaces articles).")
final class IndexCommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @Option(names = "--index", paramLabel = "DIR", required = true, description = "Index directory (created when absent).")
  Path index;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "200", description = "Articles per durable commit. Default: ${DEFAULT-VALUE}.")
  int batch;

  @Option(
      names = "--resolve",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Analyse the whole corpus first and link entities across articles (holds the analysis in memory). "
          + "--no-resolve streams article by article. Default: ${DEFAULT-VALUE}.")
  boolean resolve;

  @Option(names = "--text-only", description = "Index text and metadata only, without extracting entities, figures, dates or quotes (fast).")
  boolean textOnly;

  @Option(names = "--quiet", description = "Do not print a line per commit.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    if (batch < 1) {
      throw new UsageException("--batch must be at least 1, got " + batch);
    }
    Corpus corpus = common.openCorpus();
    String source = corpus.name();
    List<Diagnostic> problems = new ArrayList<>();
    IngestResult result;
    long started = System.nanoTime();
    try (CorpusIndex idx = CorpusIndex.open(index);
        Progress progress = new Progress("index")) {
      if (textOnly) {
        try (Stream<Article> articles = corpus.stream(problems::add)) {
          result = idx.ingest(source, articles, IndexCommand::textOnly, batch, c -> committed(c.next()));
        }
      } else if (resolve) {
        Parallax parallax = Parallax.builder().threads(common.threads()).build();
        List<AnalyzedArticle> analysed = new ArrayList<>();
        parallax.analyzeEach(
            corpus,
            a -> {
              analysed.add(a);
              progress.step();
            },
            problems::add);
        CorpusAnalysis analysis = parallax.resolve(analysed, problems);
        result = idx.ingest(source, analysis, batch, c -> committed(c.next()));
      } else {
        Parallax parallax = Parallax.builder().build();
        Function<Article, AnalyzedArticle> analyze =
            a -> {
              progress.step();
              return parallax.analyze(a);
            };
        try (Stream<Article> articles = corpus.stream(problems::add)) {
          result = idx.ingest(source, articles, analyze, batch, c -> committed(c.next()));
        }
      }
      for (Diagnostic d : problems) {
        System.err.println("parallax: " + d);
      }
      double secs = (System.nanoTime() - started) / 1e9;
      System.err.printf(
          "parallax: indexed %d article(s), skipped %d already indexed, %d commit(s), %.1f s; index holds %d article(s)%n",
          result.indexed(), result.skipped(), result.commits(), secs, idx.articleCount());
    }
    return 0;
  }

  private void committed(long next) {
    if (!quiet) {
      System.err.println("parallax: committed " + next + " article(s)");
    }
  }

  private static AnalyzedArticle textOnly(Article a) {
    return new AnalyzedArticle(a, new AnnotatedText(a.text(), List.of(), List.of()), List.of(), List.of(), List.of(), List.of(), List.of());
  }
}
