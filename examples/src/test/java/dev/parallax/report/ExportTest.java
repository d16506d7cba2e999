package dev.parallax.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parallax.json.ParallaxJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportTest {

  @Test
  void writesFiguresAsCsvWithAHeaderAndAnEmptyCellForAnUnboundedEnd() {
    String csv = Export.toString(Fixtures.twoOutlets(), Export.What.FIGURES, Export.Format.CSV);
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0)).startsWith("article,outlet,text,value,lower,upper,lower_inclusive,upper_inclusive,qualifier");
    assertThat(lines.get(1))
        .isEqualTo("a,Daily A,more than 200 migrants,200,200,,false,false,MORE_THAN,,migrants,COUNT,NONE,fly,,15,37,0");
    assertThat(csv).contains("\r\n");
  }

  @Test
  void quotesCellsWithCommasQuotesAndLineBreaks() {
    assertThat(Export.csvCell("a,b")).isEqualTo("\"a,b\"");
    assertThat(Export.csvCell("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
    assertThat(Export.csvCell("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(Export.csvCell(" padded")).isEqualTo("\" padded\"");
    assertThat(Export.csvCell("plain")).isEqualTo("plain");
  }

  @Test
  void prefixesTextCellsThatASpreadsheetWouldEvaluateAsFormulas() {
    assertThat(Export.csvCell("=HYPERLINK(\"http://x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    assertThat(Export.csvCell("+1")).isEqualTo("'+1");
    assertThat(Export.csvCell("-2+3")).isEqualTo("'-2+3");
    assertThat(Export.csvCell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Export.csvCell("\tcmd")).isEqualTo("'\tcmd");
    assertThat(Export.csvCell(-5.0)).isEqualTo("-5");
  }

  @Test
  void writesOneParsableJsonObjectPerLineWithNullForAnUnboundedEnd() throws Exception {
    String jsonl = Export.toString(Fixtures.twoOutlets(), Export.What.FIGURES, Export.Format.JSONL);
    List<String> lines = jsonl.lines().toList();
    assertThat(lines).hasSize(2);
    JsonNode first = ParallaxJson.mapper().readTree(lines.get(0));
    assertThat(first.get("upper").isNull()).isTrue();
    assertThat(first.get("lower").asLong()).isEqualTo(200);
    assertThat(first.get("start").asInt()).isEqualTo(15);
    assertThat(first.get("text").asText()).isEqualTo("more than 200 migrants");
  }

  @Test
  void exportsEachClaimOfADisagreementWithItsGroupAndVerdict() {
    String csv = Export.toString(Fixtures.twoOutlets(), Export.What.DISAGREEMENTS, Export.Format.CSV);
    assertThat(csv.lines().skip(1).toList())
        .containsExactly(
            "1,FIGURE,CONFLICT,2 articles give figures about \u201Cmigrant\u201D; their intervals do not overlap.,a,Daily A,"
                + "more than 200 migrants,\"(200, \u221E) migrants\",15,37",
            "1,FIGURE,CONFLICT,2 articles give figures about \u201Cmigrant\u201D; their intervals do not overlap.,b,Daily B,"
                + "150 migrants,\"[150, 150] migrants\",21,33");
  }

  @Test
  void exportsDatesAndEntitiesWithTheirArticleAndOffsets() {
    assertThat(Export.toString(Fixtures.twoOutlets(), Export.What.DATES, Export.Format.CSV).lines().skip(1))
        .containsExactly("a,Daily A,Monday,2024-12-30,DATE,publication:2025-01-02,2024-12-30,2024-12-30,56,62,0");
    assertThat(Export.toString(Fixtures.twoOutlets(), Export.What.ENTITIES, Export.Format.CSV).lines().skip(1))
        .containsExactly("b,Daily B,Ana Ruiz,PERSON,person:ana-ruiz,Ana Ruiz,,50,58,0");
  }

  @Test
  void escapesTableAndLinkSyntaxInMarkdownCells() {
    assertThat(Export.mdCell("a | b [x](javascript:alert(1)) <script>"))
        .isEqualTo("a \\| b \\[x\\]\\(javascript\\:alert\\(1\\)\\) \\<script\\>");
    assertThat(Export.mdCell("two\nlines")).isEqualTo("two lines");
    String md = Export.toString(Fixtures.twoOutlets(), Export.What.ENTITIES, Export.Format.MARKDOWN);
    assertThat(md.lines().toList().get(1)).isEqualTo("|---|---|---|---|---|---|---|---|---|---|");
  }
}
