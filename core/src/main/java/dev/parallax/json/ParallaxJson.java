package dev.parallax.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one Jackson configuration Parallax uses to read input and write its JSON contract: explicit
 * read limits, duplicate keys and trailing tokens rejected, no polymorphic typing, ISO dates, and
 * deterministic property order (see {@code docs/json.md}).
 *
 * <p>Immutable and thread-safe.
 */
public final class ParallaxJson {

  /** Maximum nesting depth accepted when reading JSON. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** Maximum length of one JSON string value (an article text), in characters. */
  public static final int MAX_STRING_LENGTH = 64 * 1024 * 1024;
  /** Maximum length of one JSON number, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;
  /** Maximum size of one JSON document (one JSONL line), in characters. */
  public static final long MAX_DOCUMENT_LENGTH = 128L * 1024 * 1024;

  private static final ObjectMapper MAPPER = create();

  private ParallaxJson() {}

  /** The shared, fully configured mapper. Do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * Escapes bidi controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) and the line and
   * paragraph separators (U+2028, U+2029) as {@code \\uXXXX}, so untrusted text cannot reorder or
   * break lines in a terminal or a script that embeds the JSON; the parsed value is unchanged.
   * ASCII control characters are escaped by Jackson itself.
   */
  static final class NeutralizingEscapes extends com.fasterxml.jackson.core.io.CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public com.fasterxml.jackson.core.SerializableString getEscapeSequence(int ch) {
      if ((ch >= 0x202A && ch <= 0x202E) || (ch >= 0x2066 && ch <= 0x2069) || ch == 0x200E || ch == 0x200F
          || ch == 0x061C || ch == 0x2028 || ch == 0x2029) {
        return new com.fasterxml.jackson.core.io.SerializedString(String.format("\\u%04X", ch));
      }
      return null;
    }
  }

  private static ObjectMapper create() {
    com.fasterxml.jackson.core.JsonFactoryBuilder builder = new com.fasterxml.jackson.core.JsonFactoryBuilder();
    builder.characterEscapes(new NeutralizingEscapes());
    JsonFactory factory =
        builder
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                    .build())
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(256).build())
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();
    return JsonMapper.builder(factory)
        .addModule(new Jdk8Module())
        .addModule(new JavaTimeModule())
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
        .build();
  }
}
