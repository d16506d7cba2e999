package dev.parallax.internal.framing;

/**
 * A base noun phrase of a sentence's words: {@code [start, head]}, with the possessor and determiners that
 * open it. "El Salvador’s notorious prison": start at "El", core after "’s", label from "notorious", head
 * "prison".
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
