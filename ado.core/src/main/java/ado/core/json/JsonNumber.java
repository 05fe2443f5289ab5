package ado.core.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A JSON number, kept exact: integers that fit a {@code long} are held as one, anything else as a
 * {@link BigDecimal}. Numbers compare by value, so {@code 1}, {@code 1.0} and {@code 1e0} are equal. Immutable.
 */
public final class JsonNumber implements JsonValue {

    private final long longValue;
    private final BigDecimal decimal; // null when the value is held in longValue

    private JsonNumber(long longValue, BigDecimal decimal) {
        this.longValue = longValue;
        this.decimal = decimal;
    }

    /**
     * {@return the number {@code value}}
     *
     * @param value the integer
     */
    public static JsonNumber of(long value) {
        return new JsonNumber(value, null);
    }

    /**
     * {@return the number {@code value}, held as a {@code long} when it is an integer that fits one}
     *
     * @param value the exact value
     */
    public static JsonNumber of(BigDecimal value) {
        Objects.requireNonNull(value, "value == null");
        if (value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0) {
            try {
                return new JsonNumber(value.longValueExact(), null);
            } catch (ArithmeticException tooBig) {
                return new JsonNumber(0, value);
            }
        }
        return new JsonNumber(0, value);
    }

    /**
     * {@return the number {@code value}}
     *
     * @param value the value; finite
     * @throws IllegalArgumentException if {@code value} is NaN or infinite, which JSON cannot express
     */
    public static JsonNumber of(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JSON numbers must be finite: " + value);
        }
        return of(BigDecimal.valueOf(value));
    }

    /**
     * {@return the number written as {@code text}, a JSON number literal}
     *
     * @param text the literal, such as {@code 1.5e3}
     * @throws NumberFormatException if {@code text} is not a number
     */
    public static JsonNumber parse(String text) {
        return of(new BigDecimal(text));
    }

    /** {@return whether the value is an integer that fits a {@code long}} */
    public boolean isLong() {
        return decimal == null;
    }

    /**
     * {@return the value as a {@code long}}
     *
     * @throws ArithmeticException if the value has a fraction or does not fit
     */
    public long longValue() {
        if (decimal != null) {
            return decimal.longValueExact(); // throws: we only keep decimals that are not exact longs
        }
        return longValue;
    }

    /**
     * {@return the value as an {@code int}}
     *
     * @throws ArithmeticException if the value has a fraction or does not fit
     */
    public int intValue() {
        return Math.toIntExact(longValue());
    }

    /** {@return the value as a {@code double}, possibly rounded} */
    public double doubleValue() {
        return decimal != null ? decimal.doubleValue() : longValue;
    }

    /** {@return the exact value} */
    public BigDecimal bigDecimalValue() {
        return decimal != null ? decimal : BigDecimal.valueOf(longValue);
    }

    /**
     * {@return the exact integer value}
     *
     * @throws ArithmeticException if the value has a fraction
     */
    public BigInteger bigIntegerValue() {
        return decimal != null ? decimal.toBigIntegerExact() : BigInteger.valueOf(longValue);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof JsonNumber other)) {
            return false;
        }
        if (decimal == null && other.decimal == null) {
            return longValue == other.longValue;
        }
        return bigDecimalValue().compareTo(other.bigDecimalValue()) == 0;
    }

    @Override
    public int hashCode() {
        return decimal == null ? Long.hashCode(longValue) : decimal.stripTrailingZeros().hashCode();
    }

    /** {@return the number as JSON text} */
    @Override
    public String toString() {
        return decimal == null ? Long.toString(longValue) : decimal.toString();
    }
}
