package dev.parallax.internal.compare;

import dev.parallax.AnalyzedArticle;
import dev.parallax.compare.Claim;
import dev.parallax.text.Sentence;

/** One article inside a comparison: the analysis, its outlet label and its position. Immutable. */
record Doc(int index, AnalyzedArticle a, String outlet) {

  String id() {
    return a.id();
  }

  /** The text of sentence {@code i}, "" when out of range. */
  String sentence(int i) {
    if (i < 0 || i >= a.text().sentences().size()) {
      return "";
    }
    return a.text().textOf(a.text().sentences().get(i)).strip();
  }

  boolean boilerplate(int i) {
    return i >= 0 && i < a.text().sentences().size() && a.text().sentences().get(i).boilerplate();
  }

  int sentenceAt(int offset) {
    return a.text().sentenceAt(offset);
  }

  /** A non-numeric claim for the span {@code [start, end)}. */
  Claim claim(int start, int end, int sentence, String detail) {
    return new Claim(
        id(), outlet, a.article().text().substring(start, end), start, end, sentence(sentence), Double.NaN,
        Double.NaN, Double.NaN, detail);
  }

  /** All sentences, for iteration. */
  java.util.List<Sentence> sentences() {
    return a.text().sentences();
  }
}
