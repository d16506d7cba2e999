package dev.parallax.internal.load;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a byte stream line by line (LF, CRLF), reusing one buffer; a line longer than the cap is
 * skipped to its end without being held in memory. Not thread-safe; use one per thread.
 */
final class ByteLines implements Closeable {
  private final InputStream in;
  private final int max;
  private byte[] buf = new byte[8192];
  private int len;
  private boolean truncated;

  ByteLines(InputStream in, int max) {
    this.in = new BufferedInputStream(in, 1 << 16);
    this.max = max;
  }

  /** Advances to the next line; false at end of input. */
  boolean next() throws IOException {
    len = 0;
    truncated = false;
    int b = in.read();
    if (b < 0) {
      return false;
    }
    while (b >= 0 && b != '\n') {
      if (len < max) {
        if (len == buf.length) {
          byte[] bigger = new byte[(int) Math.min((long) buf.length * 2, max)];
          System.arraycopy(buf, 0, bigger, 0, len);
          buf = bigger;
        }
        buf[len++] = (byte) b;
      } else {
        truncated = true;
      }
      b = in.read();
    }
    if (len > 0 && buf[len - 1] == '\r') {
      len--;
    }
    return true;
  }

  byte[] bytes() {
    return buf;
  }

  int length() {
    return len;
  }

  boolean truncated() {
    return truncated;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
