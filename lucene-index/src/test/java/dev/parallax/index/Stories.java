package dev.parallax.index;

import dev.parallax.AnalyzedArticle;
import dev.parallax.figure.Qualifier;
import java.util.List;

/** Four small hand-made articles: three about one mine collapse, one about a city budget. */
final class Stories {
  private Stories() {}

  static final String A1_TEXT =
      "Officials said 238 workers were evacuated from the Norrland mine on March 1. "
          + "Minister Åsa Lindqvist called it “a narrow escape” and praised the rescue teams.";
  static final String A2_TEXT =
      "More than 200 workers left the Norrland mine after the collapse, said Asa Lindqvist, the mining minister. "
          + "The mine had been inspected in 2023.";
  static final String A3_TEXT =
      "The city council approved a budget of $5 million for new parks. "
          + "Council leader Tom Berg said 23 parks would be renovated by June.";
  static final String A4_TEXT =
      "Rescue teams at the Norrland mine in northern Sweden worked through the night after the collapse. "
          + "Workers trapped underground were brought out of the mine one by one, and rescue teams praised the miners.";

  static AnalyzedArticle a1() {
    return Fixture.article("a1", A1_TEXT)
        .outlet("Daily Ledger")
        .title("Hundreds evacuated from Norrland mine")
        .published("2024-03-02")
        .figure("238", 238, "workers", "worker")
        .entity("Åsa Lindqvist", "person:asa-lindqvist")
        .date("March 1", "2024-03-01", "2024-03-01", "2024-03-01")
        .quote("Åsa Lindqvist", "a narrow escape")
        .build();
  }

  static AnalyzedArticle a2() {
    return Fixture.article("a2", A2_TEXT)
        .outlet("Evening Post")
        .title("Miners leave Norrland after collapse")
        .published("2024-03-03")
        .figure("More than 200", 200, 200, Double.POSITIVE_INFINITY, false, true, Qualifier.MORE_THAN, "", "workers", "worker")
        .entity("Asa Lindqvist", "person:lindqvist")
        .date("2023", "2023", "2023-01-01", "2023-12-31")
        .build();
  }

  static AnalyzedArticle a3() {
    return Fixture.article("a3", A3_TEXT)
        .outlet("Daily Ledger")
        .title("Council approves parks budget")
        .published("2023-11-20")
        .figure("$5 million", 5e6, 5e6, 5e6, true, true, Qualifier.EXACT, "USD", "", "")
        .figure("23", 23, "parks", "park")
        .entity("Tom Berg", "person:tom-berg")
        .date("June", "2024-06", "2024-06-01", "2024-06-30")
        .build();
  }

  static AnalyzedArticle a4() {
    return Fixture.article("a4", A4_TEXT)
        .outlet("Evening Post")
        .title("Night of rescue at Norrland mine")
        .published("2024-03-02")
        .build();
  }

  static List<AnalyzedArticle> all() {
    return List.of(a1(), a2(), a3(), a4());
  }
}
