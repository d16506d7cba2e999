package dev.parallax.internal.entity;

import dev.parallax.entity.EntityType;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * Asks the name-finder model which type a given candidate span would most likely have, from the
 * model's outcome probabilities at the span's first token (for example "PERSON-start" against
 * "ORGANIZATION-start"), for spans that the rules found but could not type and that the decoded
 * model output left out. One maxent evaluation per such span; the sentence is not decoded again.
 *
 * <p>Not thread-safe; use one per thread (it holds an OpenNLP context generator).
 */
final class SpanTyper {

  /** A type and the model's probability for it, with the probability that the token starts no name. */
  record Guess(EntityType type, double probability, double other) {}

  private final MaxentModel maxent;
  private final NameContextGenerator context;

  private SpanTyper(MaxentModel maxent, NameContextGenerator context) {
    this.maxent = maxent;
    this.context = context;
  }

  /** A typer for this model, or null when the model is not a maxent model. */
  static SpanTyper of(TokenNameFinderModel model) {
    Object m = model.getArtifact("nameFinder.model");
    if (!(m instanceof MaxentModel maxent)) {
      return null;
    }
    return new SpanTyper(maxent, model.getFactory().createContextGenerator());
  }

  /**
   * The most probable type of a name starting at token {@code start} of {@code words}, given the
   * decoded spans of the sentence, or null when the model has no PERSON/ORGANIZATION/LOCATION outcome.
   */
  Guess guess(String[] words, Span[] decoded, int start) {
    String[] prior = new String[start];
    for (int i = 0; i < start; i++) {
      prior[i] = "other";
    }
    for (Span sp : decoded) {
      for (int i = sp.getStart(); i < Math.min(sp.getEnd(), start); i++) {
        prior[i] = sp.getType() + (i == sp.getStart() ? "-start" : "-cont");
      }
    }
    double[] probs = maxent.eval(context.getContext(start, words, prior, null));
    EntityType best = null;
    double bp = -1;
    double other = 0;
    for (int o = 0; o < probs.length; o++) {
      String name = maxent.getOutcome(o);
      if (name.equals("other")) {
        other = probs[o];
        continue;
      }
      int dash = name.lastIndexOf('-');
      if (dash < 0 || !name.substring(dash + 1).equals("start")) {
        continue;
      }
      EntityType t = switch (name.substring(0, dash)) {
        case "PERSON" -> EntityType.PERSON;
        case "ORGANIZATION" -> EntityType.ORGANIZATION;
        case "LOCATION" -> EntityType.LOCATION;
        default -> null;
      };
      if (t != null && probs[o] > bp) {
        best = t;
        bp = probs[o];
      }
    }
    return best == null ? null : new Guess(best, bp, other);
  }

  /** Clears the adaptive data of the context generator (after each document). */
  void clear() {
    context.clearAdaptiveData();
  }
}
