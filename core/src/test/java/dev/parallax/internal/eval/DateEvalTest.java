package dev.parallax.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.Parallax;
import dev.parallax.text.NlpModels;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DateEvalTest {

  private static String token(int id, int sentence, String text) {
    return "<token number=\"" + (id - 1) + "\" sentence=\"" + sentence + "\" t_id=\"" + id + "\">" + text
        + "</token>\n";
  }

  private static String timex(int id, String function, String value, int... tokens) {
    StringBuilder sb = new StringBuilder("<TIMEX3 m_id=\"" + id + "\" type=\"DATE\" functionInDocument=\"" + function
        + "\" value=\"" + value + "\">\n");
    for (int t : tokens) {
      sb.append("<token_anchor t_id=\"").append(t).append("\"/>\n");
    }
    return sb.append("</TIMEX3>\n").toString();
  }

  @Test
  void scoresOverlapAndValuesOnlyInAnnotatedSentencesAndLeavesOutCreationTime(@TempDir Path shared)
      throws IOException {
    String[][] sentences = {
      {"Storm", "hits", "coast"},
      {"March", "3", ",", "2010"},
      {"The", "storm", "hit", "on", "Tuesday", "and", "moved", "inland", "in", "2009", "."},
      {"Ferries", "stopped", "."},
      {"Roads", "closed", "."},
      {"Schools", "shut", "."},
      {"It", "was", "the", "worst", "storm", "since", "1987", "."}
    };
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" ?><Document doc_id=\"1\" lang=\"en\">\n");
    int id = 1;
    for (int s = 0; s < sentences.length; s++) {
      for (String w : sentences[s]) {
        xml.append(token(id++, s, w));
      }
    }
    xml.append("<Markables>\n")
        .append(timex(1, "CREATION_TIME", "2010-03-03", 4, 5, 6, 7))
        .append(timex(2, "NONE", "2010-03-02", 12))
        .append(timex(3, "NONE", "2008", 17))
        .append("</Markables>\n</Document>\n");
    Path dir = shared.resolve("data/meantime_en/intra-doc_annotation/corpus_test");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("1_Storm_hits_coast.xml"), xml, StandardCharsets.UTF_8);

    Parallax p = Parallax.builder().models(NlpModels.english()).entities(false).figures(false).quotes(false).build();
    DateEval.Result r = DateEval.evaluate(shared, p);

    assertThat(List.of(r.documents(), r.gold(), r.predicted(), r.predictedMatched(), r.goldMatched(), r.valueAgrees(),
        r.valueExact())).containsExactly(1, 2, 2, 2, 2, 1, 1);
    assertThat(r.errors()).containsExactly("1 VALUE [2009] gold 2008 predicted [2009] 2009 (published 2010-03-03)");
  }

  @Test
  void agreesWithIntervalEndsAndUnpaddedDecadesButNotOtherValues() {
    assertThat(DateEval.agrees("2019/2025-04-14", "2019")).isTrue();
    assertThat(DateEval.agrees("197X", "197")).isTrue();
    assertThat(DateEval.agrees("17XX", "17")).isTrue();
    assertThat(DateEval.agrees("2019-05", "2019")).isFalse();
    assertThat(DateEval.agrees("XXXX", "XX")).isFalse();
  }
}
