package dev.parallax.index;

import dev.parallax.AnalyzedArticle;
import dev.parallax.CorpusAnalysis;
import dev.parallax.article.Article;
import dev.parallax.entity.Entity;
import dev.parallax.index.internal.Documents;
import dev.parallax.index.internal.Fields;
import dev.parallax.index.internal.IndexSearch;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * A persistent, searchable index of analysed articles on disk: one document per article and one per
 * extracted figure, date, quote and entity mention. Open one with {@link #open(Path)}.
 *
 * <pre>{@code
 * try (CorpusIndex index = CorpusIndex.open(Path.of("idx"))) {
 *   index.put(parallax.analyze(corpus));   // add or replace by article id
 *   index.commit();                        // durable once this returns
 *   SearchResult r = index.search(SearchQuery.builder().entity("Zoë Müller").build());
 * }
 * }</pre>
 *
 * <p>For bulk loads, {@link #ingest(String, CorpusAnalysis, int, Consumer) ingest} (resumable, a
 * commit per batch) or {@link #putAll} index a batch on several threads (one per two processors);
 * {@link #put(AnalyzedArticle)} indexes one article on the calling thread.
 *
 * <p>Writes become visible to searches at once (near-real-time) and durable at {@link #commit}. An
 * update replaces an article with all its items, so indexing the same article twice leaves one copy.
 * If the underlying writer fails fatally (disk full, I/O error), it is discarded and a fresh one is
 * opened on the last commit; the failed call throws and is not retried, and changes since the last
 * commit are lost, so callers resume from {@link #cursor()}.
 *
 * <p>Thread-safe: any number of threads may search while others write; writes are serialized (one
 * batch write may itself use several threads).
 */
public final class CorpusIndex implements Closeable {

  /**
   * Threads that {@link #putAll} and batched ingests index with: half the processors, leaving the
   * rest to Lucene's background merges. Every indexing thread writes its own segment per commit, so
   * a thread costs CPU in flushes and merges; on 2 cores, 2 threads indexed slower than 1
   * (docs/benchmarks.md).
   */
  private static final int INDEXING_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);

  /** Threads of this index's batch writes ({@link #INDEXING_THREADS}; tests choose others). */
  private final int indexingThreads;

  /** Fewer articles than this per thread are not worth a thread. */
  private static final int MIN_ARTICLES_PER_THREAD = 16;

  /** Most articles an ingest of a stream analyses before writing them (they are held until then). */
  private static final int STREAM_CHUNK = 256;

  private final Directory dir;
  private final boolean readOnly;
  private final boolean ownsDirectory;
  private final IndexSearch search = new IndexSearch();
  /** Read side: searches and writes; write side: replacing the writer and closing. */
  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  /** Serializes writers, so one logical writer at a time uses the IndexWriter. */
  private final Object writeMonitor = new Object();
  private final AtomicLong changes = new AtomicLong();
  private final AtomicLong refreshedAt = new AtomicLong();
  private final AtomicInteger writerReplacements = new AtomicInteger();

  private IndexWriter writer;
  private ReferenceManager<IndexSearcher> searchers;
  private volatile Optional<IngestCursor> committedCursor;
  private volatile boolean closed;

  private CorpusIndex(Directory dir, boolean readOnly, boolean ownsDirectory, int indexingThreads) throws IOException {
    this.dir = dir;
    this.indexingThreads = indexingThreads;
    this.readOnly = readOnly;
    this.ownsDirectory = ownsDirectory;
    if (readOnly) {
      if (!DirectoryReader.indexExists(dir)) {
        throw new IllegalArgumentException("no index in " + dir);
      }
      this.searchers = new SearcherManager(dir, null);
      this.committedCursor = readCursor(dir);
    } else {
      openWriter();
    }
  }

  /**
   * Opens the index in {@code dir} for reading and writing, creating it (and the directory) when
   * absent. Only one process may hold an index open for writing.
   *
   * @throws IOException if the directory cannot be created or the index is locked or unreadable
   */
  public static CorpusIndex open(Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    Files.createDirectories(dir);
    return open(FSDirectory.open(dir), false, true);
  }

  /**
   * Opens an existing index for searching only; it takes no lock, so it may run while another
   * process writes, and it sees that process's commits as they happen.
   *
   * @throws IllegalArgumentException if there is no index in {@code dir}
   * @throws IOException if the index cannot be read
   */
  public static CorpusIndex openReadOnly(Path dir) throws IOException {
    Objects.requireNonNull(dir, "dir");
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("no index in " + dir);
    }
    return open(FSDirectory.open(dir), true, true);
  }

  /** Opens an index over any Lucene directory (tests use fault-injecting directories). */
  static CorpusIndex open(Directory dir, boolean readOnly, boolean ownsDirectory) throws IOException {
    return open(dir, readOnly, ownsDirectory, INDEXING_THREADS);
  }

  /** Opens an index whose batch writes use {@code indexingThreads} threads (for tests). */
  static CorpusIndex open(Directory dir, boolean readOnly, boolean ownsDirectory, int indexingThreads) throws IOException {
    if (indexingThreads < 1) {
      throw new IllegalArgumentException("indexingThreads must be >= 1: " + indexingThreads);
    }
    try {
      return new CorpusIndex(dir, readOnly, ownsDirectory, indexingThreads);
    } catch (IOException | RuntimeException e) {
      if (ownsDirectory) {
        IOUtils.closeWhileHandlingException(dir);
      }
      throw e;
    }
  }

  /** How long opening a writer waits for the write lock that a writer of this JVM is still releasing. */
  static final long LOCK_WAIT_MILLIS = 5_000;

  /**
   * A new writer. A writer that hit a tragic error (for example an I/O error inside a background
   * merge) is rolled back by Lucene on the merge thread, and releases the write lock only when that
   * finishes; opening the next writer waits for it, up to {@link #LOCK_WAIT_MILLIS}. A lock held by
   * another process still fails after the wait, with Lucene's {@code LockObtainFailedException}.
   */
  private IndexWriter newWriterWaitingForLock() throws IOException {
    long deadline = System.nanoTime() + LOCK_WAIT_MILLIS * 1_000_000L;
    while (true) {
      IndexWriterConfig config = new IndexWriterConfig(search.indexAnalyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      config.setCommitOnClose(false);
      config.setRAMBufferSizeMB(64);
      // A flushed segment is packed into one compound file: a commit then fsyncs 3 files per new
      // segment instead of about 15, and on this project's machine those fsyncs were a third of the
      // indexing time; the extra copy costs little CPU (docs/benchmarks.md).
      config.setUseCompoundFile(true);
      config.setMergeScheduler(new QuietMergeScheduler());
      try {
        return new IndexWriter(dir, config);
      } catch (org.apache.lucene.store.LockObtainFailedException e) {
        if (System.nanoTime() > deadline) {
          throw e;
        }
        try {
          Thread.sleep(20);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private void openWriter() throws IOException {
    IndexWriter w = newWriterWaitingForLock();
    try {
      if (w.getLiveCommitData() == null || !w.getLiveCommitData().iterator().hasNext()) {
        // A brand-new index: make it exist on disk, so it always opens again.
        w.setLiveCommitData(Map.of(Fields.COMMIT_SCHEMA, Fields.SCHEMA_VERSION).entrySet());
        w.commit();
      }
      this.committedCursor = cursorOf(w.getLiveCommitData());
      this.searchers = new SearcherManager(w, true, false, null);
      this.writer = w;
    } catch (IOException | RuntimeException e) {
      IOUtils.closeWhileHandlingException(w);
      throw e;
    }
  }

  // ------------------------------------------------------------------ writing

  /**
   * Adds an article with its items, or replaces the one with the same id. Visible to searches at
   * once, durable at the next {@link #commit}.
   */
  public void put(AnalyzedArticle article) {
    Objects.requireNonNull(article, "article");
    put(article, Map.of());
  }

  /**
   * Adds or replaces every article of a corpus analysis, on several threads like {@link #putAll}; each
   * article's entities are also findable by every alias the corpus resolved for them.
   */
  public void put(CorpusAnalysis analysis) {
    Objects.requireNonNull(analysis, "analysis");
    putAll(analysis.articles(), aliases(analysis));
  }

  /**
   * Adds or replaces many articles, like calling {@link #put(AnalyzedArticle)} on each in order
   * (when an id occurs twice, the later article wins), but on several threads when there are
   * processors to spare: one thread per two processors builds and inverts the documents. Visible to
   * searches at once, durable at the next {@link #commit}. If it throws, some of the articles may
   * have been written; calling it again with the same articles is safe, since every write replaces
   * by id.
   */
  public void putAll(Collection<AnalyzedArticle> articles) {
    Objects.requireNonNull(articles, "articles");
    putAll(List.copyOf(articles), Map.of());
  }

  private void putAll(List<AnalyzedArticle> articles, Map<String, List<String>> aliases) {
    // The last article of each id: workers run in any order, so duplicates must not race.
    Map<String, AnalyzedArticle> last = new LinkedHashMap<>();
    for (AnalyzedArticle a : articles) {
      last.remove(a.id());
      last.put(a.id(), a);
    }
    List<AnalyzedArticle> unique = new ArrayList<>(last.values());
    int threads = Math.min(indexingThreads, (unique.size() + MIN_ARTICLES_PER_THREAD - 1) / MIN_ARTICLES_PER_THREAD);
    write(
        w -> {
          ParallelWrites.Write<AnalyzedArticle> update =
              a -> w.updateDocuments(new Term(Fields.ARTICLE, a.id()), Documents.of(a, aliases, search.indexAnalyzer()));
          if (threads <= 1) {
            for (AnalyzedArticle a : unique) {
              update.run(a);
            }
          } else {
            ParallelWrites.run(unique, threads, update);
          }
        });
  }

  private void put(AnalyzedArticle article, Map<String, List<String>> aliases) {
    var docs = Documents.of(article, aliases, search.indexAnalyzer());
    write(w -> w.updateDocuments(new Term(Fields.ARTICLE, article.id()), docs));
  }

  /** Deletes an article and all its items; nothing happens when it is absent. */
  public void delete(String articleId) {
    Objects.requireNonNull(articleId, "articleId");
    write(w -> w.deleteDocuments(new Term(Fields.ARTICLE, articleId)));
  }

  /** Makes every change so far durable, keeping the last ingest cursor. */
  public void commit() {
    commit(committedCursor.orElse(null));
  }

  /**
   * Makes every change so far durable and records {@code cursor} with them, atomically: after a
   * crash the index holds exactly the changes of the last commit that returned, and that cursor.
   */
  public void commit(IngestCursor cursor) {
    Map<String, String> data = commitData(cursor);
    write(
        w -> {
          w.setLiveCommitData(data.entrySet());
          w.commit();
          committedCursor = Optional.ofNullable(cursor);
        });
  }

  private static Map<String, String> commitData(IngestCursor cursor) {
    Map<String, String> data = new HashMap<>();
    data.put(Fields.COMMIT_SCHEMA, Fields.SCHEMA_VERSION);
    if (cursor != null) {
      data.put(Fields.COMMIT_SOURCE, cursor.source());
      data.put(Fields.COMMIT_NEXT, Long.toString(cursor.next()));
    }
    return data;
  }

  /** The ingest cursor of the last durable commit, if any commit recorded one. */
  public Optional<IngestCursor> cursor() {
    if (readOnly) {
      try {
        return readCursor(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return committedCursor;
  }

  /**
   * Indexes a stream of articles in batches, resuming where an earlier run over the same {@code
   * source} stopped: the first {@link IngestCursor#next()} articles are skipped without being
   * analysed. After every {@code batchSize} articles, and at the end, the changes are committed with
   * the cursor, and {@code onCommit} is told once the commit is durable.
   *
   * @param source a stable name of the source (the cursor only applies to the same name)
   * @param articles the articles, always in the same order for the same source
   * @param analyzer turns an article into an analysed one (e.g. {@code parallax::analyze})
   * @param batchSize articles per commit, at least 1
   * @param onCommit receives each durable cursor
   */
  public IngestResult ingest(
      String source,
      Stream<Article> articles,
      Function<Article, AnalyzedArticle> analyzer,
      int batchSize,
      Consumer<IngestCursor> onCommit) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(analyzer, "analyzer");
    return ingest(source, articles.iterator(), analyzer, Map.of(), batchSize, Math.min(batchSize, STREAM_CHUNK), onCommit);
  }

  /**
   * Indexes an analysed corpus in batches like {@link #ingest(String, Stream, Function, int,
   * Consumer)}, resuming after the last commit for {@code source}; entities are also findable by
   * every alias the corpus resolved for them.
   */
  public IngestResult ingest(String source, CorpusAnalysis analysis, int batchSize, Consumer<IngestCursor> onCommit) {
    Objects.requireNonNull(analysis, "analysis");
    return ingest(source, analysis.articles().iterator(), Function.identity(), aliases(analysis), batchSize, batchSize, onCommit);
  }

  private <T> IngestResult ingest(
      String source,
      Iterator<T> it,
      Function<T, AnalyzedArticle> analyzer,
      Map<String, List<String>> aliases,
      int batchSize,
      int chunk,
      Consumer<IngestCursor> onCommit) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(onCommit, "onCommit");
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be >= 1: " + batchSize);
    }
    // Analysed articles are written in chunks of at most a batch, so several threads index each chunk.
    synchronized (writeMonitor) {
      ensureWritable();
      long resume = committedCursor.filter(c -> c.source().equals(source)).map(IngestCursor::next).orElse(0L);
      IngestCursor last = new IngestCursor(source, resume);
      long ordinal = 0;
      long indexed = 0;
      long commits = 0;
      int pending = 0;
      List<AnalyzedArticle> unwritten = new ArrayList<>(Math.min(chunk, 1024));
      while (it.hasNext()) {
        T a = it.next();
        if (ordinal++ < resume) {
          continue;
        }
        unwritten.add(analyzer.apply(a));
        indexed++;
        pending++;
        if (unwritten.size() >= chunk || pending >= batchSize) {
          putAll(unwritten, aliases);
          unwritten.clear();
        }
        if (pending >= batchSize) {
          last = new IngestCursor(source, ordinal);
          commit(last);
          commits++;
          pending = 0;
          onCommit.accept(last);
        }
      }
      if (!unwritten.isEmpty()) {
        putAll(unwritten, aliases);
      }
      if (pending > 0 || committedCursor.isEmpty() || !committedCursor.get().equals(last)) {
        last = new IngestCursor(source, Math.max(ordinal, resume));
        commit(last);
        commits++;
        onCommit.accept(last);
      }
      return new IngestResult(Math.min(resume, ordinal), indexed, commits, last);
    }
  }

  private static Map<String, List<String>> aliases(CorpusAnalysis analysis) {
    Map<String, List<String>> aliases = new HashMap<>();
    for (Entity e : analysis.entities()) {
      aliases.put(e.id(), e.aliases());
    }
    return aliases;
  }

  // ------------------------------------------------------------------ reading

  /** Runs a search on the latest changes. */
  public SearchResult search(SearchQuery query) {
    Objects.requireNonNull(query, "query");
    return read(s -> search.search(s, query));
  }

  /**
   * Other articles most like this one (same words, same entities): other coverage of the same
   * story, best first; empty when the article is not in the index.
   */
  public SearchResult moreLikeThis(String articleId, int max) {
    Objects.requireNonNull(articleId, "articleId");
    if (max < 1 || max > SearchQuery.MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("max must be 1.." + SearchQuery.MAX_PAGE_SIZE + ": " + max);
    }
    return read(s -> search.moreLikeThis(s, articleId, max));
  }

  /** Number of articles in the index, as searches see it now. */
  public long articleCount() {
    return read(s -> (long) s.count(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_ARTICLE))));
  }

  /** True when an article with this id is in the index. */
  public boolean contains(String articleId) {
    Objects.requireNonNull(articleId, "articleId");
    return read(s -> s.count(IndexSearch.articleDoc(articleId)) > 0);
  }

  /** How many times a failed writer was replaced since this index was opened (for tests). */
  int writerReplacements() {
    return writerReplacements.get();
  }

  /** Number of Lucene documents (articles and items) as searches see it now. */
  long documentCount() {
    return read(s -> (long) s.getIndexReader().numDocs());
  }

  // ------------------------------------------------------------------ plumbing

  private interface WriteOp {
    void run(IndexWriter w) throws IOException;
  }

  private interface ReadOp<T> {
    T run(IndexSearcher s) throws IOException;
  }

  private void write(WriteOp op) {
    synchronized (writeMonitor) {
      ensureWritable();
      if (writer == null) {
        replaceWriter(null);
        if (writer == null) {
          throw new UncheckedIOException(new IOException("index writer failed earlier and cannot be reopened yet"));
        }
      }
      IndexWriter w = writer;
      Throwable tragic;
      lock.readLock().lock();
      try {
        ensureOpen();
        op.run(w);
        changes.incrementAndGet();
        return;
      } catch (IOException | RuntimeException | Error e) {
        if (!isTragic(w, e)) {
          throw asUnchecked(e);
        }
        tragic = e;
      } finally {
        lock.readLock().unlock();
      }
      // The writer hit a tragic event and closed itself: replace it; never retry the operation.
      replaceWriter(w);
      if (tragic instanceof Error err && !(tragic instanceof AssertionError)) {
        throw err;
      }
      throw new UncheckedIOException(
          "index writer failed (" + tragic + "); changes since the last commit were discarded and a new writer was opened",
          tragic instanceof IOException io ? io : new IOException(tragic));
    }
  }

  private static boolean isTragic(IndexWriter w, Throwable e) {
    return w.getTragicException() != null || (!w.isOpen() && e instanceof AlreadyClosedException);
  }

  /** Swaps in a new writer on the last commit, if {@code failed} is still the current one. */
  private void replaceWriter(IndexWriter failed) {
    lock.writeLock().lock();
    try {
      if (closed || writer != failed) {
        return;
      }
      IOUtils.closeWhileHandlingException(searchers);
      if (failed != null) {
        try {
          failed.rollback();
        } catch (IOException | RuntimeException ignored) {
          // already closed by its tragic event
        }
      }
      writer = null;
      searchers = null;
      writerReplacements.incrementAndGet();
      try {
        openWriter();
      } catch (IOException | RuntimeException e) {
        // Still failing (e.g. disk still full): the next write tries again.
        writer = null;
        searchers = null;
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  private <T> T read(ReadOp<T> op) {
    lock.readLock().lock();
    try {
      ensureOpen();
      ReferenceManager<IndexSearcher> m = searchers;
      if (m == null) {
        throw new UncheckedIOException(new IOException("index writer failed and could not be reopened yet"));
      }
      long seen = changes.get();
      if (readOnly || refreshedAt.get() != seen) {
        m.maybeRefreshBlocking();
        refreshedAt.accumulateAndGet(seen, Math::max);
      }
      IndexSearcher s = m.acquire();
      try {
        return op.run(s);
      } finally {
        m.release(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lock.readLock().unlock();
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("index is closed");
    }
  }

  private void ensureWritable() {
    ensureOpen();
    if (readOnly) {
      throw new IllegalStateException("index was opened read-only");
    }
  }

  private static RuntimeException asUnchecked(Throwable e) {
    if (e instanceof IOException io) {
      return new UncheckedIOException(io);
    }
    if (e instanceof RuntimeException re) {
      return re;
    }
    if (e instanceof Error er) {
      throw er;
    }
    return new IllegalStateException(e);
  }

  private static Optional<IngestCursor> readCursor(Directory dir) throws IOException {
    return cursorOf(SegmentInfos.readLatestCommit(dir).getUserData().entrySet());
  }

  private static Optional<IngestCursor> cursorOf(Iterable<Map.Entry<String, String>> data) {
    String source = null;
    String next = null;
    if (data != null) {
      for (Map.Entry<String, String> e : data) {
        if (e.getKey().equals(Fields.COMMIT_SOURCE)) {
          source = e.getValue();
        } else if (e.getKey().equals(Fields.COMMIT_NEXT)) {
          next = e.getValue();
        }
      }
    }
    if (source == null || next == null) {
      return Optional.empty();
    }
    return Optional.of(new IngestCursor(source, Long.parseLong(next)));
  }

  /**
   * Commits pending changes (keeping the last ingest cursor) and closes the index. If that commit
   * fails, the pending changes are discarded and the failure is thrown.
   */
  @Override
  public void close() throws IOException {
    synchronized (writeMonitor) {
      lock.writeLock().lock();
      try {
        if (closed) {
          return;
        }
        closed = true;
        IndexWriter w = writer;
        writer = null;
        Closeable closeWriter = null;
        if (w != null) {
          closeWriter =
              () -> {
                try {
                  if (w.hasUncommittedChanges()) {
                    w.setLiveCommitData(commitData(committedCursor.orElse(null)).entrySet());
                    w.commit();
                  }
                  w.close();
                } finally {
                  if (w.isOpen()) {
                    w.rollback();
                  }
                }
              };
        }
        IOUtils.close(searchers, closeWriter, ownsDirectory ? dir : null);
      } finally {
        lock.writeLock().unlock();
      }
    }
  }

  /**
   * A merge scheduler that does not throw merge failures into the merge thread: a failed merge
   * leaves the index as it was, and a fatal one surfaces as the writer's tragic exception on the
   * next write.
   */
  private static final class QuietMergeScheduler extends ConcurrentMergeScheduler {
    @Override
    protected void handleMergeException(Throwable exc) {
      // Recorded by IndexWriter; the next write sees a tragic event if the writer cannot go on.
    }
  }
}
