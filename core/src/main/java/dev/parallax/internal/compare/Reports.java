package dev.parallax.internal.compare;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.parallax.compare.Claim;
import dev.parallax.compare.Comparison;
import dev.parallax.compare.Disagreement;
import dev.parallax.compare.Omission;
import dev.parallax.compare.Story;
import dev.parallax.compare.Voice;
import dev.parallax.json.ParallaxJson;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/** JSON, plain-text and Markdown renderings of a {@link Comparison}. Stateless. */
public final class Reports {
  private Reports() {}

  /** Longest sentence shown in the text and Markdown reports; JSON always has the whole sentence. */
  static final int SENTENCE_CHARS = 240;

  public static String json(Comparison c) {
    try {
      return ParallaxJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(c);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(Comparison c) {
    StringBuilder sb = new StringBuilder();
    sb.append("STORIES\n");
    for (Story s : c.stories()) {
      sb.append("  ").append(s.id()).append(": ").append(s.articles().size()).append(" article(s)");
      if (!s.duplicates().isEmpty()) {
        sb.append(", ").append(s.duplicates().size()).append(" near-duplicate(s) counted once");
      }
      sb.append("  [").append(line(String.join(", ", s.terms()))).append("]\n");
      for (int i = 0; i < s.articles().size() && i < 20; i++) {
        sb.append("    - ").append(line(s.outlets().get(i)));
        if (!s.outlets().get(i).equals(s.articles().get(i))) {
          sb.append(" (").append(line(s.articles().get(i))).append(')');
        }
        sb.append('\n');
      }
      for (Story.Duplicate d : s.duplicates()) {
        sb.append("    = ").append(line(d.article())).append(" copies ").append(line(d.copyOf()))
            .append(String.format(" (%.2f)%n", d.similarity()));
      }
    }
    sb.append("\nDISAGREEMENTS AND AGREEMENTS\n");
    for (Disagreement d : c.disagreements()) {
      sb.append("  [").append(d.verdict()).append("] ").append(d.kind()).append(": ").append(line(d.about()))
          .append("  (").append(d.story()).append(")\n");
      sb.append("    ").append(line(d.explanation())).append('\n');
      for (Claim cl : d.claims()) {
        sb.append("    - ").append(line(cl.outlet())).append(" @").append(cl.start()).append('-').append(cl.end())
            .append(": \"").append(line(cl.text())).append('"');
        if (!cl.detail().isEmpty()) {
          sb.append("  = ").append(line(cl.detail()));
        }
        sb.append("\n        in: ").append(line(clip(cl.sentence()))).append('\n');
      }
    }
    sb.append("\nCOVERAGE (reported by / omitted by)\n");
    for (Omission o : c.coverage()) {
      sb.append("  ").append(o.kind()).append(": ").append(line(o.fact())).append("  (").append(o.story()).append(")\n")
          .append("    reported by: ").append(line(String.join(", ", o.reportedBy()))).append('\n')
          .append("    omitted by:  ").append(line(String.join(", ", o.omittedBy()))).append('\n');
    }
    sb.append("\nQUOTES (share of voice)\n");
    for (Voice v : c.quotes()) {
      sb.append("  ").append(line(v.speaker())).append(v.speakerEntity().isEmpty() ? "" : " <" + line(v.speakerEntity()) + ">")
          .append(": ").append(v.total()).append(" in ")
          .append(v.byOutlet().stream().map(x -> line(x.outlet()) + " ×" + x.count()).collect(Collectors.joining(", ")))
          .append("  (").append(v.story()).append(")\n");
      for (Claim q : v.quotes()) {
        sb.append("    - ").append(line(q.outlet())).append(": \"").append(line(clip(q.text()))).append("\"  ")
            .append(line(q.detail())).append('\n');
      }
    }
    sb.append("\nFRAMING\n").append(c.framing().toText());
    return sb.toString();
  }

  public static String markdown(Comparison c) {
    StringBuilder sb = new StringBuilder("# Comparison\n\n## Stories\n\n| story | articles | near-duplicates | terms |\n|---|---|---|---|\n");
    for (Story s : c.stories()) {
      sb.append("| ").append(md(s.id())).append(" | ").append(md(String.join(", ", s.outlets()))).append(" | ")
          .append(md(s.duplicates().stream().map(d -> d.article() + " = " + d.copyOf()).collect(Collectors.joining(", "))))
          .append(" | ").append(md(String.join(", ", s.terms()))).append(" |\n");
    }
    sb.append("\n## Disagreements and agreements\n");
    for (Disagreement d : c.disagreements()) {
      sb.append("\n### ").append(d.verdict()).append(" — ").append(d.kind()).append(": ").append(md(d.about()))
          .append("\n\n").append(md(d.explanation())).append("\n\n| outlet | claim | value | offsets | sentence |\n|---|---|---|---|---|\n");
      for (Claim cl : d.claims()) {
        sb.append("| ").append(md(cl.outlet())).append(" | ").append(md(cl.text())).append(" | ").append(md(cl.detail()))
            .append(" | ").append(cl.start()).append('–').append(cl.end()).append(" | ").append(md(clip(cl.sentence())))
            .append(" |\n");
      }
    }
    sb.append("\n## Coverage\n\n| story | kind | fact | reported by | omitted by |\n|---|---|---|---|---|\n");
    for (Omission o : c.coverage()) {
      sb.append("| ").append(md(o.story())).append(" | ").append(o.kind()).append(" | ").append(md(o.fact())).append(" | ")
          .append(md(String.join(", ", o.reportedBy()))).append(" | ").append(md(String.join(", ", o.omittedBy())))
          .append(" |\n");
    }
    sb.append("\n## Quotes (share of voice)\n\n| story | speaker | total | by outlet |\n|---|---|---|---|\n");
    for (Voice v : c.quotes()) {
      sb.append("| ").append(md(v.story())).append(" | ").append(md(v.speaker())).append(" | ").append(v.total()).append(" | ")
          .append(md(v.byOutlet().stream().map(x -> x.outlet() + " ×" + x.count()).collect(Collectors.joining(", "))))
          .append(" |\n");
    }
    sb.append("\n## Framing\n\n").append(c.framing().toMarkdown());
    return sb.toString();
  }

  private static String clip(String s) {
    return s.length() <= SENTENCE_CHARS ? s : s.substring(0, SENTENCE_CHARS - 1) + "…";
  }

  /** One line of untrusted text: control and bidi characters neutralized. */
  static String line(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\n' || ch == '\r' || ch == '\t') {
        sb.append(' ');
      } else if (Character.isISOControl(ch) || (ch >= '\u202A' && ch <= '\u202E') || (ch >= '\u2066' && ch <= '\u2069')
          || ch == '\u200E' || ch == '\u200F' || ch == '\u061C') {
        sb.append('\uFFFD');
      } else {
        sb.append(ch);
      }
    }
    return sb.toString();
  }

  /** Untrusted text for a Markdown table cell: one line, with | [ ] ( ) < > * _ ` \ # ! escaped. */
  public static String md(String s) {
    String l = line(s);
    StringBuilder sb = new StringBuilder(l.length() + 8);
    for (int i = 0; i < l.length(); i++) {
      char ch = l.charAt(i);
      if ("|[]()<>*_`\\#!~".indexOf(ch) >= 0) {
        sb.append('\\');
      }
      sb.append(ch);
    }
    return sb.toString();
  }

  static String joined(List<String> l) {
    return String.join(", ", l);
  }
}
