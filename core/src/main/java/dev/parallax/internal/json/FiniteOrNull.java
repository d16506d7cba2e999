package dev.parallax.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes an infinite or NaN double as JSON {@code null} (an unbounded interval end). */
public final class FiniteOrNull extends StdSerializer<Double> {
  public FiniteOrNull() {
    super(Double.class);
  }

  @Override
  public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    if (value == null || value.isInfinite() || value.isNaN()) {
      gen.writeNull();
    } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      gen.writeNumber(value.longValue());
    } else {
      gen.writeNumber(value);
    }
  }
}
