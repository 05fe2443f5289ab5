package ado.core.internal.json;

import ado.core.json.JsonNames;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** Adapters for strings, numbers, booleans, characters, UUIDs, URIs and date-times, primitive and boxed. */
final class ScalarAdapters {

    private static final Map<Class<?>, TypeAdapter<?>> ADAPTERS = Map.ofEntries(
            Map.entry(String.class, new StringAdapter()),
            Map.entry(boolean.class, new BooleanAdapter(false)),
            Map.entry(Boolean.class, new BooleanAdapter(true)),
            Map.entry(int.class, new IntAdapter(false)),
            Map.entry(Integer.class, new IntAdapter(true)),
            Map.entry(long.class, new LongAdapter(false)),
            Map.entry(Long.class, new LongAdapter(true)),
            Map.entry(short.class, new ShortAdapter(false)),
            Map.entry(Short.class, new ShortAdapter(true)),
            Map.entry(byte.class, new ByteAdapter(false)),
            Map.entry(Byte.class, new ByteAdapter(true)),
            Map.entry(double.class, new DoubleAdapter(false)),
            Map.entry(Double.class, new DoubleAdapter(true)),
            Map.entry(float.class, new FloatAdapter(false)),
            Map.entry(Float.class, new FloatAdapter(true)),
            Map.entry(char.class, new CharAdapter(false)),
            Map.entry(Character.class, new CharAdapter(true)),
            Map.entry(BigDecimal.class, new BigDecimalAdapter()),
            Map.entry(BigInteger.class, new BigIntegerAdapter()),
            Map.entry(UUID.class, new UuidAdapter()),
            Map.entry(URI.class, new UriAdapter()),
            Map.entry(Instant.class, new InstantAdapter()),
            Map.entry(OffsetDateTime.class, new OffsetDateTimeAdapter()));

    private ScalarAdapters() {
    }

    /** {@return the adapter for {@code type}, or {@code null} if it is not a scalar type} */
    static TypeAdapter<?> of(Class<?> type) {
        return ADAPTERS.get(type);
    }

    /** A scalar adapter; boxed types read JSON null as {@code null}, primitives reject it. */
    private abstract static class Scalar<T> implements TypeAdapter<T> {
        private final boolean nullable;

        Scalar(boolean nullable) {
            this.nullable = nullable;
        }

        @Override
        public final T read(JsonReader in) {
            return nullable && in.nextIsNull() ? null : readValue(in);
        }

        abstract T readValue(JsonReader in);
    }

    private static final class StringAdapter extends Scalar<String> {
        StringAdapter() {
            super(true);
        }

        @Override
        String readValue(JsonReader in) {
            return in.readString();
        }

        @Override
        public void write(JsonWriter out, String value) {
            out.value(value);
        }
    }

    private static final class BooleanAdapter extends Scalar<Boolean> {
        BooleanAdapter(boolean nullable) {
            super(nullable);
        }

        /** A boolean, or the string {@code "true"} or {@code "false"} in any case, as the service accepts. */
        @Override
        Boolean readValue(JsonReader in) {
            if (in.peek() != JsonToken.STRING) {
                return in.readBoolean();
            }
            int start = in.position();
            String s = in.readString();
            Boolean value = JsonNames.booleanOfString(s);
            if (value == null) {
                throw in.errorAt("Expected a boolean but was \"" + s + "\"", start);
            }
            return value;
        }

        @Override
        public void write(JsonWriter out, Boolean value) {
            out.value(value.booleanValue());
        }
    }

    private static final class IntAdapter extends Scalar<Integer> {
        IntAdapter(boolean nullable) {
            super(nullable);
        }

        @Override
        Integer readValue(JsonReader in) {
            return in.readInt("an int", Integer.MIN_VALUE, Integer.MAX_VALUE);
        }

        @Override
        public void write(JsonWriter out, Integer value) {
            out.value(value.longValue());
        }
    }

    private static final class LongAdapter extends Scalar<Long> {
        LongAdapter(boolean nullable) {
            super(nullable);
        }

        @Override
        Long readValue(JsonReader in) {
            return in.readLong("a long");
        }

        @Override
        public void write(JsonWriter out, Long value) {
            out.value(value.longValue());
        }
    }

    private static final class ShortAdapter extends Scalar<Short> {
        ShortAdapter(boolean nullable) {
            super(nullable);
        }

        @Override
        Short readValue(JsonReader in) {
            return (short) in.readInt("a short", Short.MIN_VALUE, Short.MAX_VALUE);
        }

        @Override
        public void write(JsonWriter out, Short value) {
            out.value(value.longValue());
        }
    }

    private static final class ByteAdapter extends Scalar<Byte> {
        ByteAdapter(boolean nullable) {
            super(nullable);
        }

        @Override
        Byte readValue(JsonReader in) {
            return (byte) in.readInt("a byte", Byte.MIN_VALUE, Byte.MAX_VALUE);
        }

        @Override
        public void write(JsonWriter out, Byte value) {
            out.value(value.longValue());
        }
    }

    private static final class DoubleAdapter extends Scalar<Double> {
        DoubleAdapter(boolean nullable) {
            super(nullable);
        }

        @Override
        Double readValue(JsonReader in) {
            return in.readDouble("a double");
        }

        @Override
        public void write(JsonWriter out, Double value) {
            out.value(value.doubleValue());
        }
    }

    private static final class FloatAdapter extends Scalar<Float> {
        FloatAdapter(boolean nullable) {
            super(nullable);
        }

        @Override
        Float readValue(JsonReader in) {
            return in.readFloat("a float");
        }

        @Override
        public void write(JsonWriter out, Float value) {
            out.value(value.floatValue());
        }
    }

    private static final class CharAdapter extends Scalar<Character> {
        CharAdapter(boolean nullable) {
            super(nullable);
        }

        @Override
        Character readValue(JsonReader in) {
            int start = in.position();
            String s = in.readString();
            if (s.length() != 1) {
                throw in.errorAt("Expected a single character but was a string of length " + s.length(), start);
            }
            return s.charAt(0);
        }

        @Override
        public void write(JsonWriter out, Character value) {
            out.value(value.toString());
        }
    }

    private static final class BigDecimalAdapter extends Scalar<BigDecimal> {
        BigDecimalAdapter() {
            super(true);
        }

        @Override
        BigDecimal readValue(JsonReader in) {
            return in.readBigDecimal();
        }

        @Override
        public void write(JsonWriter out, BigDecimal value) {
            out.value(value);
        }
    }

    private static final class BigIntegerAdapter extends Scalar<BigInteger> {
        BigIntegerAdapter() {
            super(true);
        }

        @Override
        BigInteger readValue(JsonReader in) {
            int start = in.position();
            BigDecimal value = in.readBigDecimal();
            // 1e999999999 is a short literal but a huge integer: refuse before expanding it
            if (value.signum() != 0 && value.precision() - (long) value.scale() > NumberScanner.MAX_LENGTH) {
                throw in.errorAt("Expected an integer of at most " + NumberScanner.MAX_LENGTH
                        + " digits but was " + value, start);
            }
            try {
                return value.toBigIntegerExact();
            } catch (ArithmeticException e) {
                throw in.errorAt("Expected an integer but was " + value, start);
            }
        }

        @Override
        public void write(JsonWriter out, BigInteger value) {
            out.value(value);
        }
    }

    private static final class UuidAdapter extends Scalar<UUID> {
        UuidAdapter() {
            super(true);
        }

        @Override
        UUID readValue(JsonReader in) {
            int start = in.position();
            String s = in.readString();
            try {
                if (s.length() != 36) {
                    throw new IllegalArgumentException("a UUID has 36 characters");
                }
                return UUID.fromString(s);
            } catch (IllegalArgumentException e) {
                throw in.errorAt("Expected a UUID but was \"" + s + "\"", start, e);
            }
        }

        @Override
        public void write(JsonWriter out, UUID value) {
            out.value(value.toString());
        }
    }

    private static final class UriAdapter extends Scalar<URI> {
        UriAdapter() {
            super(true);
        }

        @Override
        URI readValue(JsonReader in) {
            int start = in.position();
            String s = in.readString();
            try {
                return new URI(s);
            } catch (URISyntaxException e) {
                throw in.errorAt("Expected a URI but was \"" + s + "\" (" + e.getReason() + ")", start, e);
            }
        }

        @Override
        public void write(JsonWriter out, URI value) {
            out.value(value.toString());
        }
    }

    private static final class InstantAdapter extends Scalar<Instant> {
        InstantAdapter() {
            super(true);
        }

        @Override
        Instant readValue(JsonReader in) {
            OffsetDateTime value = IsoDateTime.read(in);
            return value == null ? null : value.toInstant();
        }

        @Override
        public void write(JsonWriter out, Instant value) {
            IsoDateTime.write(out, value);
        }
    }

    private static final class OffsetDateTimeAdapter extends Scalar<OffsetDateTime> {
        OffsetDateTimeAdapter() {
            super(true);
        }

        @Override
        OffsetDateTime readValue(JsonReader in) {
            return IsoDateTime.read(in);
        }

        @Override
        public void write(JsonWriter out, OffsetDateTime value) {
            IsoDateTime.write(out, value.toInstant());
        }
    }
}
