package dev.parallax.internal.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.article.Article;
import dev.parallax.article.Diagnostic;
import dev.parallax.json.ParallaxJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Turns an HTML page into an {@link Article}: the main text (paragraphs of the densest content
 * block, with navigation, asides, footers, forms and scripts removed) and metadata from meta tags
 * and JSON-LD ({@code headline}, {@code datePublished}, {@code publisher}).
 */
final class HtmlArticles {

  private static final Pattern BOILER_CLASS =
      Pattern.compile(
          "(?i)\\b(nav|menu|footer|header|sidebar|share|social|related|promo|advert|ad-|cookie|newsletter|subscribe|comment|breadcrumb|caption|credit)");

  private HtmlArticles() {}

  static Article parse(
      String id, String html, String fileName, CorpusReaders.Metadata given, Consumer<Diagnostic> problems) {
    Document doc = Jsoup.parse(html);
    CorpusReaders.Metadata fromPage = metadata(doc, fileName, problems);
    CorpusReaders.Metadata m = given.orElse(fromPage);

    Element body = doc.body();
    body.select("script, style, noscript, nav, header, footer, aside, form, iframe, svg, figure, button, template").remove();
    for (Element e : new ArrayList<>(body.getAllElements())) {
      String cls = e.className() + " " + e.id();
      if (e != body && !cls.isBlank() && BOILER_CLASS.matcher(cls).find() && e.parent() != null) {
        e.remove();
      }
    }
    Element main = body.selectFirst("article");
    if (main == null) {
      main = body.selectFirst("main");
    }
    if (main == null) {
      main = densest(body);
    }
    List<String> blocks = new ArrayList<>();
    Elements paras = main.select("h1, h2, h3, p, li, blockquote");
    if (paras.isEmpty()) {
      String t = main.text().strip();
      if (!t.isEmpty()) {
        blocks.add(t);
      }
    } else {
      for (Element p : paras) {
        if (p.tagName().equals("li") && p.selectFirst("p") != null) {
          continue;
        }
        if (!p.select("p, li").isEmpty() && !p.tagName().equals("li") && !p.tagName().equals("p")) {
          continue;
        }
        String t = p.text().strip();
        if (!t.isEmpty()) {
          blocks.add(t);
        }
      }
    }
    String text = String.join("\n", blocks);
    if (text.isBlank()) {
      problems.accept(Diagnostic.error(fileName, 0, "text", "missing text: no article text found in the HTML; skipped"));
      return null;
    }
    return m.apply(Article.builder(id, text)).build();
  }

  private static Element densest(Element body) {
    Element best = body;
    int bestScore = -1;
    for (Element e : body.select("div, section")) {
      int score = 0;
      for (Element p : e.children()) {
        if (p.tagName().equals("p")) {
          score += p.text().length();
        }
      }
      if (score > bestScore) {
        bestScore = score;
        best = e;
      }
    }
    return bestScore > 0 ? best : body;
  }

  private static CorpusReaders.Metadata metadata(Document doc, String fileName, Consumer<Diagnostic> problems) {
    String title = meta(doc, "og:title");
    String outlet = meta(doc, "og:site_name");
    String url = meta(doc, "og:url");
    String date = meta(doc, "article:published_time");
    String lang = doc.selectFirst("html") != null ? doc.selectFirst("html").attr("lang") : "";
    Element canonical = doc.selectFirst("link[rel=canonical]");
    if (url == null && canonical != null) {
      url = canonical.attr("href");
    }
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        JsonNode node = ParallaxJson.mapper().readTree(script.data());
        List<JsonNode> candidates = new ArrayList<>();
        if (node.isArray()) {
          node.forEach(candidates::add);
        } else if (node.has("@graph")) {
          node.get("@graph").forEach(candidates::add);
        } else {
          candidates.add(node);
        }
        for (JsonNode n : candidates) {
          if (n.hasNonNull("headline") && title == null) {
            title = n.get("headline").asText();
          }
          if (n.hasNonNull("datePublished") && date == null) {
            date = n.get("datePublished").asText();
          }
          JsonNode pub = n.get("publisher");
          if (pub != null && outlet == null) {
            outlet = pub.isTextual() ? pub.asText() : pub.path("name").asText(null);
          }
          if (n.hasNonNull("url") && url == null) {
            url = n.get("url").asText();
          }
        }
      } catch (Exception e) {
        problems.accept(Diagnostic.warning(fileName, 0, "ld+json", "malformed JSON-LD ignored: " + e.getMessage()));
      }
    }
    if (title == null) {
      Element h1 = doc.selectFirst("h1");
      title = h1 != null ? h1.text() : doc.title();
    }
    LocalDate published = null;
    if (date != null && !date.isBlank()) {
      published = CorpusReaders.parseDate(date);
      if (published == null) {
        problems.accept(Diagnostic.warning(fileName, 0, "datePublished", "not a date: \"" + date + "\""));
      }
    }
    String language = lang == null || lang.isBlank() ? null : lang.toLowerCase(Locale.ROOT).split("[-_]")[0];
    return new CorpusReaders.Metadata(outlet, blankToNull(title), blankToNull(url), published, language);
  }

  private static String meta(Document doc, String property) {
    Element e = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
    return e == null ? null : blankToNull(e.attr("content"));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
