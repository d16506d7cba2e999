package dev.parallax.index.internal;

import dev.parallax.index.FacetCount;
import dev.parallax.index.Hit;
import dev.parallax.index.ItemHit;
import dev.parallax.index.SearchQuery;
import dev.parallax.index.SearchResult;
import dev.parallax.index.Snippet;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.LongRange;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Runs a {@link SearchQuery} against one point-in-time searcher: builds the article query (item
 * filters become sets of article ids), counts facets, pages, highlights and loads item hits.
 *
 * <p>Immutable and thread-safe; one instance serves every search.
 */
public final class IndexSearch {

  /** Facet dimensions as reported, and the doc-values field behind each. */
  private static final Map<String, String> FACETS;

  static {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("outlet", Fields.FACET_OUTLET);
    m.put("entity", Fields.FACET_ENTITY);
    m.put("unit", Fields.FACET_UNIT);
    m.put("year", Fields.FACET_YEAR);
    FACETS = m;
  }

  private static final int FACET_TOP = 10;
  private static final int MAX_SNIPPETS = 3;
  private static final int MAX_ITEMS_PER_HIT = 50;
  private static final int ITEM_WINDOW = 80;
  private static final Sort SORT =
      new Sort(SortField.FIELD_SCORE, new SortField(Fields.ARTICLE, SortField.Type.STRING));

  private final Analyzer english;
  private final Analyzer names;
  private final Analyzer perField;
  private final FacetOrdinals facetOrdinals = new FacetOrdinals();

  public IndexSearch() {
    this.english = Analyzers.english();
    this.names = Analyzers.names();
    this.perField = Analyzers.perField();
  }

  /** The per-field analyzer used for indexing. */
  public Analyzer indexAnalyzer() {
    return perField;
  }

  /** Runs a query. */
  public SearchResult search(IndexSearcher searcher, SearchQuery q) throws IOException {
    Query textQuery = q.text().map(this::textQuery).orElse(null);
    Query entityArticles = q.entity().map(this::entityQuery).orElse(null);
    Query figureItems = q.figures().map(this::figureQuery).orElse(null);
    Query dateItems = q.mentioned().map(IndexSearch::mentionedQuery).orElse(null);
    Query entityItems = entityArticles == null ? null : item(Fields.TYPE_ENTITY, entityArticles);

    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(typeQuery(Fields.TYPE_ARTICLE), Occur.FILTER);
    if (textQuery != null) {
      b.add(textQuery, Occur.MUST);
    }
    if (entityArticles != null) {
      b.add(entityArticles, Occur.FILTER);
    }
    q.outlet().ifPresent(o -> b.add(new TermQuery(new Term(Fields.OUTLET_KEY, Documents.key(o))), Occur.FILTER));
    q.published().ifPresent(d -> b.add(LongPoint.newRangeQuery(Fields.PUBLISHED, lo(d.from()), hi(d.to())), Occur.FILTER));
    if (figureItems != null) {
      b.add(articlesWith(searcher, figureItems), Occur.FILTER);
    }
    if (dateItems != null) {
      b.add(articlesWith(searcher, dateItems), Occur.FILTER);
    }
    List<Query> itemQueries = new ArrayList<>();
    for (Query iq : new Query[] {figureItems, dateItems, entityItems}) {
      if (iq != null) {
        itemQueries.add(iq);
      }
    }
    return run(searcher, b.build(), textQuery, itemQueries, q.page(), q.pageSize());
  }

  /**
   * Articles most like the given one (same words, same entities), itself excluded; empty when the
   * article is not in the index.
   */
  public SearchResult moreLikeThis(IndexSearcher searcher, String articleId, int max) throws IOException {
    TopDocs found = searcher.search(articleDoc(articleId), 1);
    if (found.scoreDocs.length == 0) {
      return new SearchResult(0, List.of(), Map.of());
    }
    int docId = found.scoreDocs[0].doc;
    Document d = searcher.storedFields().document(docId);
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(english);
    mlt.setFieldNames(new String[] {Fields.TEXT});
    mlt.setMinTermFreq(1);
    mlt.setMinDocFreq(1);
    mlt.setMinWordLen(3);
    mlt.setMaxQueryTerms(40);
    mlt.setBoost(true);
    String text = Optional.ofNullable(d.get(Fields.TEXT)).orElse("");
    String title = Optional.ofNullable(d.get(Fields.TITLE)).orElse("");
    BooleanQuery.Builder like = new BooleanQuery.Builder();
    like.add(mlt.like(Fields.TEXT, new StringReader(title + "\n" + text)), Occur.SHOULD);
    Set<String> entities = entitiesOf(searcher, articleId);
    for (String e : entities) {
      like.add(new BoostQuery(new TermQuery(new Term(Fields.ENTITY, e)), 0.5f), Occur.SHOULD);
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(typeQuery(Fields.TYPE_ARTICLE), Occur.FILTER);
    b.add(like.build(), Occur.MUST);
    b.add(new TermQuery(new Term(Fields.ARTICLE, articleId)), Occur.MUST_NOT);
    return run(searcher, b.build(), null, List.of(), 0, Math.max(1, Math.min(max, SearchQuery.MAX_PAGE_SIZE)));
  }

  private SearchResult run(
      IndexSearcher searcher, Query query, Query textQuery, List<Query> itemQueries, int page, int pageSize)
      throws IOException {
    int n = (page + 1) * pageSize;
    List<String> fields = List.copyOf(FACETS.values());
    Object[] both =
        searcher.search(
            query,
            new MultiCollectorManager(
                new TopFieldCollectorManager(SORT, n, null, Integer.MAX_VALUE),
                facetOrdinals.counter(searcher.getIndexReader(), fields, FACET_TOP)));
    TopFieldDocs top = (TopFieldDocs) both[0];
    @SuppressWarnings("unchecked")
    Map<String, List<Map.Entry<String, Long>>> rawFacets = (Map<String, List<Map.Entry<String, Long>>>) both[1];

    ScoreDoc[] pageDocs = slice(top.scoreDocs, page * pageSize, pageSize);
    StoredFields stored = searcher.storedFields();
    List<Document> docs = new ArrayList<>(pageDocs.length);
    List<String> ids = new ArrayList<>(pageDocs.length);
    for (ScoreDoc sd : pageDocs) {
      Document d = stored.document(sd.doc);
      docs.add(d);
      ids.add(d.get(Fields.ARTICLE));
    }
    Map<String, List<ItemHit>> items = items(searcher, itemQueries, ids);
    List<List<Snippet>> snippets = snippets(searcher, textQuery, pageDocs);

    List<Hit> hits = new ArrayList<>(pageDocs.length);
    for (int i = 0; i < pageDocs.length; i++) {
      Document d = docs.get(i);
      String id = ids.get(i);
      List<ItemHit> its = items.getOrDefault(id, List.of());
      List<Snippet> sn = snippets.get(i);
      if (sn.isEmpty() && !its.isEmpty()) {
        sn = itemSnippets(d.get(Fields.TEXT), its);
      }
      hits.add(
          new Hit(
              id,
              Optional.ofNullable(d.get(Fields.TITLE)),
              Optional.ofNullable(d.get(Fields.OUTLET)),
              score(pageDocs[i]),
              sn,
              its));
    }
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    FACETS.forEach(
        (dim, field) -> {
          List<FacetCount> counts =
              rawFacets.getOrDefault(field, List.of()).stream()
                  .map(e -> new FacetCount(e.getKey(), e.getValue()))
                  .toList();
          if (!counts.isEmpty()) {
            facets.put(dim, counts);
          }
        });
    return new SearchResult(top.totalHits.value, hits, facets);
  }

  private static float score(ScoreDoc sd) {
    if (sd instanceof FieldDoc fd && fd.fields.length > 0 && fd.fields[0] instanceof Float f) {
      return f;
    }
    return sd.score;
  }

  private static ScoreDoc[] slice(ScoreDoc[] all, int from, int size) {
    if (from >= all.length) {
      return new ScoreDoc[0];
    }
    int to = Math.min(all.length, from + size);
    ScoreDoc[] out = new ScoreDoc[to - from];
    System.arraycopy(all, from, out, 0, out.length);
    return out;
  }

  private List<List<Snippet>> snippets(IndexSearcher searcher, Query textQuery, ScoreDoc[] docs) throws IOException {
    List<List<Snippet>> out = new ArrayList<>(docs.length);
    if (textQuery == null || docs.length == 0) {
      for (int i = 0; i < docs.length; i++) {
        out.add(List.of());
      }
      return out;
    }
    int[] ids = new int[docs.length];
    for (int i = 0; i < docs.length; i++) {
      ids[i] = docs[i].doc;
    }
    return new SnippetHighlighter(searcher, perField).snippets(textQuery, ids, MAX_SNIPPETS);
  }

  /** Passages around the first item hits: the item's sentence neighbourhood, with the item as the match. */
  private static List<Snippet> itemSnippets(String text, List<ItemHit> items) {
    if (text == null) {
      return List.of();
    }
    List<Snippet> out = new ArrayList<>();
    int lastEnd = -1;
    for (ItemHit it : items) {
      if (out.size() == MAX_SNIPPETS) {
        break;
      }
      if (it.start() < lastEnd || it.end() > text.length()) {
        continue;
      }
      int start = Math.max(0, it.start() - ITEM_WINDOW);
      int end = Math.min(text.length(), it.end() + ITEM_WINDOW);
      start = wordStart(text, start, it.start());
      end = wordEnd(text, end, it.end());
      out.add(new Snippet(text.substring(start, end), start, end, List.of(new Snippet.Match(it.start(), it.end()))));
      lastEnd = end;
    }
    return out;
  }

  private static int wordStart(String text, int at, int limit) {
    if (at == 0) {
      return 0;
    }
    int i = at;
    while (i < limit && !Character.isWhitespace(text.charAt(i - 1))) {
      i++;
    }
    while (i < limit && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return Character.isSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)) ? i - 1 : i;
  }

  private static int wordEnd(String text, int at, int limit) {
    int i = at;
    while (i > limit && i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    while (i > limit && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    if (i < text.length() && i > 0 && Character.isHighSurrogate(text.charAt(i - 1))) {
      i++;
    }
    return i;
  }

  private Map<String, List<ItemHit>> items(IndexSearcher searcher, List<Query> itemQueries, List<String> ids)
      throws IOException {
    Map<String, List<ItemHit>> out = new HashMap<>();
    if (itemQueries.isEmpty() || ids.isEmpty()) {
      return out;
    }
    Query onPage = new TermInSetQuery(Fields.ARTICLE, ids.stream().map(BytesRef::new).toList());
    StoredFields stored = searcher.storedFields();
    for (Query iq : itemQueries) {
      Query q = new BooleanQuery.Builder().add(iq, Occur.FILTER).add(onPage, Occur.FILTER).build();
      TopDocs td = searcher.search(q, MAX_ITEMS_PER_HIT * ids.size());
      for (ScoreDoc sd : td.scoreDocs) {
        Document d = stored.document(sd.doc);
        out.computeIfAbsent(d.get(Fields.ARTICLE), k -> new ArrayList<>()).add(itemHit(d));
      }
    }
    Map<String, List<ItemHit>> sorted = new HashMap<>();
    out.forEach(
        (id, list) -> {
          list.sort(Comparator.comparingInt(ItemHit::start).thenComparingInt(ItemHit::end).thenComparing(ItemHit::kind));
          sorted.put(id, List.copyOf(list.subList(0, Math.min(list.size(), MAX_ITEMS_PER_HIT))));
        });
    return sorted;
  }

  private static ItemHit itemHit(Document d) {
    ItemHit.Kind kind =
        switch (d.get(Fields.TYPE)) {
          case Fields.TYPE_FIGURE -> ItemHit.Kind.FIGURE;
          case Fields.TYPE_DATE -> ItemHit.Kind.DATE;
          case Fields.TYPE_QUOTE -> ItemHit.Kind.QUOTE;
          default -> ItemHit.Kind.ENTITY;
        };
    return new ItemHit(
        kind,
        Optional.ofNullable(d.get(Fields.ITEM_VALUE)).orElse(""),
        Optional.ofNullable(d.get(Fields.ITEM_TEXT)).orElse(""),
        intField(d, Fields.START),
        intField(d, Fields.END),
        intField(d, Fields.SENTENCE));
  }

  private static int intField(Document d, String name) {
    IndexableField f = d.getField(name);
    return f == null || f.numericValue() == null ? 0 : f.numericValue().intValue();
  }

  /** A filter on the articles that have at least one item matching {@code itemQuery}. */
  private static Query articlesWith(IndexSearcher searcher, Query itemQuery) throws IOException {
    Set<String> ids = searcher.search(itemQuery, Collectors.articleIds());
    if (ids.isEmpty()) {
      return new MatchNoDocsQuery("no matching items");
    }
    return new TermInSetQuery(Fields.ARTICLE, ids.stream().map(BytesRef::new).toList());
  }

  private Set<String> entitiesOf(IndexSearcher searcher, String articleId) throws IOException {
    Query mentions = item(Fields.TYPE_ENTITY, new TermQuery(new Term(Fields.ARTICLE, articleId)));
    TopDocs td = searcher.search(mentions, 1000);
    Set<String> out = new java.util.TreeSet<>();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc sd : td.scoreDocs) {
      String v = stored.document(sd.doc).get(Fields.ITEM_VALUE);
      if (v != null && !v.isEmpty()) {
        out.add(v);
      }
    }
    return out;
  }

  private Query textQuery(String text) {
    SimpleQueryParser p = new SimpleQueryParser(english, Map.of(Fields.TEXT, 1f, Fields.TITLE, 2f));
    p.setDefaultOperator(Occur.MUST);
    Query q = p.parse(text);
    return q == null ? new MatchNoDocsQuery("no searchable words") : q;
  }

  /** Documents that carry the entity: by canonical id, or by any name as a phrase (folded). */
  Query entityQuery(String entity) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(new TermQuery(new Term(Fields.ENTITY, entity)), Occur.SHOULD);
    Query phrase = new QueryBuilder(names).createPhraseQuery(Fields.NAMES, entity);
    if (phrase != null) {
      b.add(phrase, Occur.SHOULD);
    }
    return b.build();
  }

  private Query figureQuery(SearchQuery.Figures f) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(typeQuery(Fields.TYPE_FIGURE), Occur.FILTER);
    if (f.within()) {
      b.add(DoublePoint.newRangeQuery(Fields.FIG_LOWER, f.min(), Double.POSITIVE_INFINITY), Occur.FILTER);
      b.add(DoublePoint.newRangeQuery(Fields.FIG_UPPER, Double.NEGATIVE_INFINITY, f.max()), Occur.FILTER);
    } else {
      b.add(DoublePoint.newRangeQuery(Fields.FIG_LOWER, Double.NEGATIVE_INFINITY, f.max()), Occur.FILTER);
      b.add(DoublePoint.newRangeQuery(Fields.FIG_UPPER, f.min(), Double.POSITIVE_INFINITY), Occur.FILTER);
    }
    f.unit().ifPresent(u -> b.add(new TermQuery(new Term(Fields.FIG_UNIT, Documents.key(u))), Occur.FILTER));
    f.counting()
        .ifPresent(
            noun -> {
              BooleanQuery.Builder c = new BooleanQuery.Builder();
              c.add(new TermQuery(new Term(Fields.FIG_COUNTS_LEMMA, Documents.key(noun))), Occur.SHOULD);
              Query words = new QueryBuilder(english).createBooleanQuery(Fields.FIG_COUNTS, noun, Occur.MUST);
              if (words != null) {
                c.add(words, Occur.SHOULD);
              }
              b.add(c.build(), Occur.FILTER);
            });
    return b.build();
  }

  private static Query mentionedQuery(SearchQuery.Days d) {
    Query range = LongRange.newIntersectsQuery(Fields.DATE_RANGE, new long[] {lo(d.from())}, new long[] {hi(d.to())});
    return item(Fields.TYPE_DATE, range);
  }

  private static Query item(String type, Query q) {
    return new BooleanQuery.Builder().add(typeQuery(type), Occur.FILTER).add(q, Occur.FILTER).build();
  }

  private static Query typeQuery(String type) {
    return new TermQuery(new Term(Fields.TYPE, type));
  }

  /** The article document of an id. */
  public static Query articleDoc(String id) {
    return item(Fields.TYPE_ARTICLE, new TermQuery(new Term(Fields.ARTICLE, id)));
  }

  private static long lo(Optional<LocalDate> d) {
    return d.map(LocalDate::toEpochDay).orElse(Long.MIN_VALUE);
  }

  private static long hi(Optional<LocalDate> d) {
    return d.map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
  }
}
