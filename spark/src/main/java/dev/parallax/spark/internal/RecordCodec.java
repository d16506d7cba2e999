package dev.parallax.spark.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Turns a graph of core records ({@code Article}, {@code AnalyzedArticle} and everything inside)
 * into bytes and back, so Spark can shuffle and cache them without core's records implementing
 * {@code Serializable}. Driven by each record's components and their generic types: primitives,
 * strings, enums, {@code LocalDate}, {@code Optional*}, lists, sets, maps and nested records.
 * Records are rebuilt through their canonical constructors, so every invariant is checked again.
 *
 * <p>Thread-safe: stateless apart from a per-class reflection cache ({@link ClassValue}).
 */
public final class RecordCodec {
  private RecordCodec() {}

  private record Shape(RecordComponent[] components, Constructor<?> constructor) {}

  private static final ClassValue<Shape> SHAPES =
      new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
          RecordComponent[] cs = type.getRecordComponents();
          Class<?>[] params = new Class<?>[cs.length];
          for (int i = 0; i < cs.length; i++) {
            params[i] = cs[i].getType();
          }
          try {
            return new Shape(cs, type.getDeclaredConstructor(params));
          } catch (NoSuchMethodException e) {
            throw new IllegalStateException("no canonical constructor: " + type, e);
          }
        }
      };

  /** The bytes of a record. */
  public static byte[] encode(Record value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(4096);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      write(out, value, value.getClass());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** A record of type {@code type} from {@link #encode} bytes. */
  public static <T extends Record> T decode(byte[] bytes, Class<T> type) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      return type.cast(read(in, type));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> raw(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    throw new IllegalArgumentException("unsupported type: " + t);
  }

  private static Type arg(Type t, int i) {
    if (t instanceof ParameterizedType p) {
      return p.getActualTypeArguments()[i];
    }
    throw new IllegalArgumentException("raw collection type not supported: " + t);
  }

  private static void write(DataOutputStream out, Object v, Type type) throws IOException {
    Class<?> c = raw(type);
    if (c == int.class) {
      out.writeInt((Integer) v);
    } else if (c == long.class) {
      out.writeLong((Long) v);
    } else if (c == double.class) {
      out.writeDouble((Double) v);
    } else if (c == boolean.class) {
      out.writeBoolean((Boolean) v);
    } else if (c == float.class) {
      out.writeFloat((Float) v);
    } else if (c == short.class) {
      out.writeShort((Short) v);
    } else if (c == byte.class) {
      out.writeByte((Byte) v);
    } else if (c == char.class) {
      out.writeChar((Character) v);
    } else {
      out.writeBoolean(v != null);
      if (v == null) {
        return;
      }
      writeObject(out, v, type, c);
    }
  }

  private static void writeObject(DataOutputStream out, Object v, Type type, Class<?> c) throws IOException {
    if (c == String.class) {
      writeString(out, (String) v);
    } else if (c == Integer.class) {
      out.writeInt((Integer) v);
    } else if (c == Long.class) {
      out.writeLong((Long) v);
    } else if (c == Double.class) {
      out.writeDouble((Double) v);
    } else if (c == Boolean.class) {
      out.writeBoolean((Boolean) v);
    } else if (c.isEnum()) {
      writeString(out, ((Enum<?>) v).name());
    } else if (c == LocalDate.class) {
      out.writeLong(((LocalDate) v).toEpochDay());
    } else if (c == Optional.class) {
      Optional<?> o = (Optional<?>) v;
      out.writeBoolean(o.isPresent());
      if (o.isPresent()) {
        write(out, o.get(), arg(type, 0));
      }
    } else if (c == OptionalInt.class) {
      OptionalInt o = (OptionalInt) v;
      out.writeBoolean(o.isPresent());
      if (o.isPresent()) {
        out.writeInt(o.getAsInt());
      }
    } else if (c == OptionalLong.class) {
      OptionalLong o = (OptionalLong) v;
      out.writeBoolean(o.isPresent());
      if (o.isPresent()) {
        out.writeLong(o.getAsLong());
      }
    } else if (c == OptionalDouble.class) {
      OptionalDouble o = (OptionalDouble) v;
      out.writeBoolean(o.isPresent());
      if (o.isPresent()) {
        out.writeDouble(o.getAsDouble());
      }
    } else if (List.class.isAssignableFrom(c) || Set.class.isAssignableFrom(c)) {
      java.util.Collection<?> coll = (java.util.Collection<?>) v;
      out.writeInt(coll.size());
      Type e = arg(type, 0);
      for (Object x : coll) {
        write(out, x, e);
      }
    } else if (Map.class.isAssignableFrom(c)) {
      Map<?, ?> m = (Map<?, ?>) v;
      out.writeInt(m.size());
      for (Map.Entry<?, ?> x : m.entrySet()) {
        write(out, x.getKey(), arg(type, 0));
        write(out, x.getValue(), arg(type, 1));
      }
    } else if (c.isRecord()) {
      Shape s = SHAPES.get(c);
      for (RecordComponent rc : s.components()) {
        Object x;
        try {
          x = rc.getAccessor().invoke(v);
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + c.getName() + "." + rc.getName(), e);
        }
        write(out, x, rc.getGenericType());
      }
    } else {
      throw new IllegalArgumentException("unsupported type: " + type);
    }
  }

  private static Object read(DataInputStream in, Type type) throws IOException {
    Class<?> c = raw(type);
    if (c == int.class) {
      return in.readInt();
    } else if (c == long.class) {
      return in.readLong();
    } else if (c == double.class) {
      return in.readDouble();
    } else if (c == boolean.class) {
      return in.readBoolean();
    } else if (c == float.class) {
      return in.readFloat();
    } else if (c == short.class) {
      return in.readShort();
    } else if (c == byte.class) {
      return in.readByte();
    } else if (c == char.class) {
      return in.readChar();
    }
    if (!in.readBoolean()) {
      return null;
    }
    return readObject(in, type, c);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object readObject(DataInputStream in, Type type, Class<?> c) throws IOException {
    if (c == String.class) {
      return readString(in);
    } else if (c == Integer.class) {
      return in.readInt();
    } else if (c == Long.class) {
      return in.readLong();
    } else if (c == Double.class) {
      return in.readDouble();
    } else if (c == Boolean.class) {
      return in.readBoolean();
    } else if (c.isEnum()) {
      return Enum.valueOf((Class) c, readString(in));
    } else if (c == LocalDate.class) {
      return LocalDate.ofEpochDay(in.readLong());
    } else if (c == Optional.class) {
      return in.readBoolean() ? Optional.ofNullable(read(in, arg(type, 0))) : Optional.empty();
    } else if (c == OptionalInt.class) {
      return in.readBoolean() ? OptionalInt.of(in.readInt()) : OptionalInt.empty();
    } else if (c == OptionalLong.class) {
      return in.readBoolean() ? OptionalLong.of(in.readLong()) : OptionalLong.empty();
    } else if (c == OptionalDouble.class) {
      return in.readBoolean() ? OptionalDouble.of(in.readDouble()) : OptionalDouble.empty();
    } else if (List.class.isAssignableFrom(c)) {
      int n = in.readInt();
      List<Object> list = new ArrayList<>(n);
      Type e = arg(type, 0);
      for (int i = 0; i < n; i++) {
        list.add(read(in, e));
      }
      return list;
    } else if (Set.class.isAssignableFrom(c)) {
      int n = in.readInt();
      Set<Object> set = new LinkedHashSet<>();
      Type e = arg(type, 0);
      for (int i = 0; i < n; i++) {
        set.add(read(in, e));
      }
      return set;
    } else if (Map.class.isAssignableFrom(c)) {
      int n = in.readInt();
      Map<Object, Object> map = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        map.put(read(in, arg(type, 0)), read(in, arg(type, 1)));
      }
      return map;
    } else if (c.isRecord()) {
      Shape s = SHAPES.get(c);
      RecordComponent[] cs = s.components();
      Object[] args = new Object[cs.length];
      for (int i = 0; i < cs.length; i++) {
        args[i] = read(in, cs[i].getGenericType());
      }
      try {
        return s.constructor().newInstance(args);
      } catch (InstantiationException | IllegalAccessException e) {
        throw new IllegalStateException("cannot build " + c.getName(), e);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("cannot build " + c.getName() + ": " + e.getCause(), e.getCause());
      }
    }
    throw new IllegalArgumentException("unsupported type: " + type);
  }

  // UTF-8 unless the string holds a surrogate (which could be unpaired): then UTF-16 units, lossless.
  private static void writeString(DataOutputStream out, String s) throws IOException {
    boolean surrogates = false;
    for (int i = 0; i < s.length() && !surrogates; i++) {
      surrogates = Character.isSurrogate(s.charAt(i));
    }
    out.writeBoolean(surrogates);
    if (surrogates) {
      out.writeInt(s.length());
      out.writeChars(s);
      return;
    }
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readString(DataInputStream in) throws IOException {
    if (in.readBoolean()) {
      char[] cs = new char[in.readInt()];
      for (int i = 0; i < cs.length; i++) {
        cs[i] = in.readChar();
      }
      return new String(cs);
    }
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, java.nio.charset.StandardCharsets.UTF_8);
  }
}
