package dev.parallax.solr;

import dev.parallax.AnalyzedArticle;
import dev.parallax.CorpusAnalysis;
import dev.parallax.entity.Entity;
import dev.parallax.solr.internal.SolrDocuments;
import dev.parallax.solr.internal.SolrFields;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;

/**
 * The front door of Parallax on SolrCloud: indexes analysed articles and their figures, dates,
 * quotes and entity mentions into a collection built from the Parallax configset (the fields and
 * analyzers of lucene-index), and runs lucene-index's filters as Solr queries.
 *
 * <pre>{@code
 * SolrCorpusIndexer.writeConfigset(dir);                        // upload dir as configset "parallax"
 * SolrCorpusIndexer.createCollection(client, "news", "parallax", 2, 1);
 * SolrCorpusIndexer indexer = SolrCorpusIndexer.on(client, "news");
 * indexer.index(parallax.analyze(corpus));
 * SolrHits hits = indexer.search(SolrSearch.all().withFigures(230, 240));
 * }</pre>
 *
 * <p>Re-indexing an article replaces all its documents, so indexing is idempotent: {@link #index}
 * commits at the end, and an article already committed is deleted with its items before it is added
 * again. Two indexers writing the same article at once are not coordinated.
 *
 * <p>Thread-safe if the given {@link SolrClient} is (SolrJ's HTTP and cloud clients are); the
 * caller owns and closes the client.
 */
public final class SolrCorpusIndexer {

  /** Articles sent per update request. */
  public static final int BATCH = 200;

  private static final String[] CONFIG_FILES = {"schema.xml", "solrconfig.xml"};

  private final SolrClient client;
  private final String collection;

  private SolrCorpusIndexer(SolrClient client, String collection) {
    this.client = client;
    this.collection = collection;
  }

  /** An indexer for an existing collection. */
  public static SolrCorpusIndexer on(SolrClient client, String collection) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(collection, "collection");
    if (collection.isBlank()) {
      throw new IllegalArgumentException("collection must not be blank");
    }
    return new SolrCorpusIndexer(client, collection);
  }

  /** Writes the configset ({@code schema.xml}, {@code solrconfig.xml}) into {@code dir}, ready to upload. */
  public static Path writeConfigset(Path dir) throws IOException {
    Files.createDirectories(dir);
    for (String f : CONFIG_FILES) {
      try (InputStream in = SolrCorpusIndexer.class.getResourceAsStream("configset/conf/" + f)) {
        if (in == null) {
          throw new IllegalStateException("configset file missing from the jar: " + f);
        }
        Files.copy(in, dir.resolve(f), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return dir;
  }

  /**
   * Creates a collection from an uploaded configset, routed by article id ({@code
   * router.field=article}) so that an article and its items share a shard.
   */
  public static void createCollection(SolrClient client, String name, String configName, int shards, int replicas)
      throws IOException {
    try {
      CollectionAdminRequest.createCollection(name, configName, shards, replicas)
          .setRouterField(SolrFields.ARTICLE)
          .process(client);
    } catch (SolrServerException e) {
      throw new IOException("cannot create collection " + name, e);
    }
  }

  /** Indexes a corpus analysis (articles, with entity names and aliases) and commits. */
  public long index(CorpusAnalysis analysis) throws IOException {
    return index(analysis.articles(), analysis.entities());
  }

  /**
   * Indexes articles in batches of {@link #BATCH}, replacing any earlier version of each, and
   * commits once at the end. Returns the number of Solr documents written.
   */
  public long index(List<AnalyzedArticle> articles, List<Entity> entities) throws IOException {
    Map<String, Entity> byId = new HashMap<>();
    entities.forEach(e -> byId.put(e.id(), e));
    long docs = 0;
    try {
      for (int i = 0; i < articles.size(); i += BATCH) {
        List<AnalyzedArticle> batch = articles.subList(i, Math.min(articles.size(), i + BATCH));
        StringBuilder ids = new StringBuilder();
        List<SolrInputDocument> out = new ArrayList<>();
        for (AnalyzedArticle a : batch) {
          ids.append(ids.length() == 0 ? "" : " OR ").append('"').append(ClientUtils.escapeQueryChars(a.id())).append('"');
          out.addAll(SolrDocuments.of(a, byId));
        }
        // A delete-by-query makes every shard open a real-time searcher: only send one when some
        // article of the batch is already indexed (committed), which a cheap count tells.
        String batchQuery = SolrFields.ARTICLE + ":(" + ids + ")";
        SolrQuery exists = new SolrQuery(batchQuery).setRows(0);
        if (client.query(collection, exists).getResults().getNumFound() > 0) {
          client.deleteByQuery(collection, batchQuery);
        }
        client.add(collection, out);
        docs += out.size();
      }
      client.commit(collection);
    } catch (SolrServerException e) {
      throw new IOException("indexing into " + collection + " failed", e);
    }
    return docs;
  }

  /** Deletes an article and its items, and commits. */
  public void delete(String articleId) throws IOException {
    Objects.requireNonNull(articleId, "articleId");
    try {
      client.deleteByQuery(collection, SolrFields.ARTICLE + ":\"" + ClientUtils.escapeQueryChars(articleId) + "\"");
      client.commit(collection);
    } catch (SolrServerException e) {
      throw new IOException("delete from " + collection + " failed", e);
    }
  }

  /** The articles matching every filter of {@code search}. */
  public SolrHits search(SolrSearch search) throws IOException {
    Objects.requireNonNull(search, "search");
    SolrQuery q = query(search);
    try {
      QueryResponse r = client.query(collection, q);
      List<String> ids = new ArrayList<>();
      for (SolrDocument d : r.getResults()) {
        ids.add((String) d.getFirstValue(SolrFields.ARTICLE));
      }
      return new SolrHits(r.getResults().getNumFound(), ids);
    } catch (SolrServerException e) {
      throw new IOException("search in " + collection + " failed", e);
    }
  }

  /** The Solr query for a search (exposed for logging and explain). */
  public static SolrQuery query(SolrSearch s) {
    SolrQuery q = new SolrQuery();
    if (s.text().isPresent()) {
      q.setQuery("{!simple qf='" + SolrFields.TEXT + " " + SolrFields.TITLE + "' q.op=AND v=$qq}");
      q.set("qq", s.text().get());
    } else {
      q.setQuery("*:*");
    }
    q.addFilterQuery(SolrFields.TYPE + ":" + SolrFields.TYPE_ARTICLE);
    s.entity()
        .ifPresent(
            e -> {
              String phrase = '"' + ClientUtils.escapeQueryChars(e) + '"';
              q.addFilterQuery(SolrFields.ENTITY + ":" + phrase + " OR " + SolrFields.NAMES + ":" + phrase);
            });
    if (s.hasFigureFilter()) {
      q.addFilterQuery("{!join from=" + SolrFields.ARTICLE + " to=" + SolrFields.ARTICLE + " v=$fig}");
      q.set(
          "fig",
          SolrFields.TYPE + ":" + SolrFields.TYPE_FIGURE
              + " AND " + SolrFields.FIG_LOWER + ":[* TO " + bound(s.figureMax()) + "]"
              + " AND " + SolrFields.FIG_UPPER + ":[" + bound(s.figureMin()) + " TO *]");
    }
    if (s.publishedFrom().isPresent() || s.publishedTo().isPresent()) {
      q.addFilterQuery(SolrFields.PUBLISHED + ":[" + day(s.publishedFrom()) + " TO " + day(s.publishedTo()) + "]");
    }
    if (s.mentionedFrom().isPresent() || s.mentionedTo().isPresent()) {
      q.addFilterQuery("{!join from=" + SolrFields.ARTICLE + " to=" + SolrFields.ARTICLE + " v=$mentioned}");
      q.set(
          "mentioned",
          SolrFields.TYPE + ":" + SolrFields.TYPE_DATE
              + " AND " + SolrFields.DATE_START + ":[* TO " + day(s.mentionedTo()) + "]"
              + " AND " + SolrFields.DATE_END + ":[" + day(s.mentionedFrom()) + " TO *]");
    }
    s.outlet()
        .ifPresent(
            o -> q.addFilterQuery(
                SolrFields.OUTLET_KEY + ":\"" + ClientUtils.escapeQueryChars(o.strip().toLowerCase(Locale.ROOT)) + "\""));
    q.setFields(SolrFields.ARTICLE, "score");
    q.setRows(s.rows());
    q.addSort("score", SolrQuery.ORDER.desc);
    q.addSort(SolrFields.ID, SolrQuery.ORDER.asc);
    return q;
  }

  private static String bound(double v) {
    if (v == Double.POSITIVE_INFINITY || v == Double.NEGATIVE_INFINITY) {
      return "*";
    }
    return Double.toString(v);
  }

  private static String day(Optional<LocalDate> d) {
    return d.map(x -> Long.toString(x.toEpochDay())).orElse("*");
  }
}
