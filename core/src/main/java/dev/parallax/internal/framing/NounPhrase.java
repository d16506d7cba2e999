package dev.parallax.internal.framing;

/**
 * A base noun phrase of a sentence's words: {@code [start, head]}, with the possessor and determiners that
 * open it. "the city’s 40 peaceful marchers": start at "the", core after "’s", label from "peaceful", head
 * "marchers".
 *
 * <p>Immutable and thread-safe.
 *
 * @param start first word, possessor included
 * @param coreStart first word after a possessor
 * @param labelStart first word kept in a label (determiners, numbers and quantifiers dropped)
 * @param head index of the head word; the phrase ends after it
 */
record NounPhrase(int start, int coreStart, int labelStart, int head) {
  int end() {
    return head + 1;
  }
}
