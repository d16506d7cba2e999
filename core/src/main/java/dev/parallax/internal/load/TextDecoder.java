package dev.parallax.internal.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes file bytes to text: UTF-8 with BOM stripping, UTF-16 when a BOM says so, binary files
 * rejected. In lenient mode malformed bytes become U+FFFD and are counted; in strict mode the first
 * one is reported with its byte offset.
 */
public final class TextDecoder {

  /** The outcome of decoding one file. */
  public record Decoded(String text, int malformed, long firstMalformedOffset, String error) {
    public boolean ok() {
      return error == null;
    }
  }

  private TextDecoder() {}

  public static Decoded decode(byte[] bytes, boolean strict) {
    int offset = 0;
    java.nio.charset.Charset cs = StandardCharsets.UTF_8;
    if (bytes.length >= 3
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      offset = 3;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      offset = 2;
      cs = StandardCharsets.UTF_16BE;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      offset = 2;
      cs = StandardCharsets.UTF_16LE;
    } else if (looksBinary(bytes)) {
      return new Decoded(null, 0, -1, "binary file (not text); skipped");
    }
    CharsetDecoder decoder =
        cs.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L, (long) (bytes.length * 1.1) + 16));
    int malformed = 0;
    long first = -1;
    while (true) {
      CoderResult r = decoder.decode(in, out, true);
      if (r.isUnderflow()) {
        break;
      }
      if (r.isOverflow()) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        bigger.put(out);
        out = bigger;
        continue;
      }
      // malformed or unmappable
      if (first < 0) {
        first = in.position();
      }
      if (strict) {
        return new Decoded(
            null, 1, first, "not valid " + cs.name() + " at byte offset " + first + "; skipped");
      }
      malformed += r.length();
      in.position(in.position() + r.length());
      if (out.remaining() < 1) {
        CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
        out.flip();
        bigger.put(out);
        out = bigger;
      }
      out.put('\uFFFD');
    }
    CoderResult flush = decoder.flush(out);
    if (flush.isError()) {
      try {
        flush.throwException();
      } catch (CharacterCodingException e) {
        return new Decoded(null, 1, bytes.length, "cannot decode: " + e.getMessage());
      }
    }
    out.flip();
    return new Decoded(out.toString(), malformed, first, null);
  }

  /** Decodes one UTF-8 line (no BOM or binary detection), strict or lenient. */
  public static Decoded decodeLine(byte[] bytes, int length, boolean strict) {
    // fast path: pure ASCII
    boolean ascii = true;
    for (int i = 0; i < length; i++) {
      if (bytes[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new Decoded(new String(bytes, 0, length, StandardCharsets.ISO_8859_1), 0, -1, null);
    }
    byte[] copy = java.util.Arrays.copyOf(bytes, length);
    if (length >= 3 && (copy[0] & 0xFF) == 0xEF && (copy[1] & 0xFF) == 0xBB && (copy[2] & 0xFF) == 0xBF) {
      copy = java.util.Arrays.copyOfRange(copy, 3, length);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE)
            .onUnmappableCharacter(strict ? CodingErrorAction.REPORT : CodingErrorAction.REPLACE);
    try {
      String text = decoder.decode(ByteBuffer.wrap(copy)).toString();
      int bad = 0;
      long first = -1;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\uFFFD') {
          bad++;
        }
      }
      if (bad > 0) {
        first = firstMalformed(copy);
        if (first < 0) {
          bad = 0; // the replacement characters were in the input itself
        }
      }
      return new Decoded(text, bad, first, null);
    } catch (CharacterCodingException e) {
      long first = firstMalformed(copy);
      return new Decoded(null, 1, first, "not valid UTF-8 at byte offset " + first + " of the line; line skipped");
    }
  }

  private static long firstMalformed(byte[] bytes) {
    CharsetDecoder d =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = d.decode(in, out, true);
    return r.isError() ? in.position() : -1;
  }

  /** NUL bytes in the first 8 KiB without a UTF-16 BOM mark a binary file. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    int nul = 0;
    int ctrl = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        nul++;
      } else if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) {
        ctrl++;
      }
    }
    return n > 0 && (nul * 100 > n || (nul + ctrl) * 10 > n);
  }
}
