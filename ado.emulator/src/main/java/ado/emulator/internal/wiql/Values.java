package ado.emulator.internal.wiql;

import ado.core.json.JsonBoolean;
import ado.core.json.JsonNull;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How WIQL compares a field's value with a literal, typed by the values as ADO does: numbers numerically, dates by
 * instant (by UTC day when the literal has no time, as {@code @Today} and {@code '2024-01-31'} do), identities by
 * id, unique name or display name, everything else as case-insensitive text. An empty field equals only {@code ''}
 * and is neither less nor greater than anything.
 */
final class Values {

    /** The authenticated user, for {@code @Me}. */
    record Me(String id, String displayName, String uniqueName) {
    }

    /** A parsed date literal: its instant, and whether it named a day only. */
    record Time(Instant instant, boolean dateOnly) {
    }

    private static final DateTimeFormatter US_TIME = DateTimeFormatter.ofPattern("M/d/yyyy h:mm[:ss] a", Locale.US);
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy", Locale.US);
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{4}-\\d\\d-\\d\\d.*|\\d{1,2}/\\d{1,2}/\\d{4}.*");

    /** Orders field values for ORDER BY: empty first, then numbers, dates or text as both values allow. */
    static final Comparator<JsonValue> SORT = Values::sortCompare;

    private Values() {
    }

    /** {@return {@code text} as a date: ISO-8601 with or without time and zone, or US {@code M/d/yyyy [h:mm:ss AM]}} */
    static Optional<Time> time(String text) {
        String t = text.strip();
        if (!DATE_LIKE.matcher(t).matches()) {
            return Optional.empty();
        }
        try {
            if (t.contains("/")) {
                return t.length() <= 10
                        ? Optional.of(new Time(LocalDate.parse(t, US_DATE).atStartOfDay().toInstant(ZoneOffset.UTC), true))
                        : Optional.of(new Time(LocalDateTime.parse(t.toUpperCase(Locale.ROOT), US_TIME)
                                .toInstant(ZoneOffset.UTC), false));
            }
            if (t.length() == 10) {
                return Optional.of(new Time(LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC), true));
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return Optional.of(new Time(OffsetDateTime.parse(t).toInstant(), false));
            }
            return Optional.of(new Time(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC), false));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** {@return whether the value is absent, null or an empty string} */
    static boolean empty(JsonValue v) {
        return v == null || v instanceof JsonNull || (v instanceof JsonString s && s.value().isEmpty());
    }

    /** {@return whether {@code actual} equals {@code literal} (a String, BigDecimal, LocalDate, Me or JsonValue)} */
    static boolean equal(Fields.Field field, JsonValue actual, Object literal) {
        if (literal instanceof JsonValue other) {
            return empty(actual) ? empty(other) : !empty(other) && equal(field, actual, plain(other));
        }
        if (empty(actual)) {
            return literal instanceof String s && s.isEmpty();
        }
        if (literal instanceof Me me) {
            return actual instanceof JsonObject o
                    ? o.string("id").map(me.id()::equalsIgnoreCase).orElse(false)
                    || o.string("uniqueName").map(me.uniqueName()::equalsIgnoreCase).orElse(false)
                    : identityText(actual, me.displayName(), me.uniqueName());
        }
        if (actual instanceof JsonObject o && literal instanceof String s) {
            return identityText(o, s, s);
        }
        Integer c = compare(field, actual, literal);
        return c != null && c == 0;
    }

    /** {@return the order of {@code actual} against {@code literal}, or {@code null} when either is empty} */
    static Integer compare(Fields.Field field, JsonValue actual, Object literal) {
        if (literal instanceof JsonValue other) {
            return empty(actual) || empty(other) ? null : compare(field, actual, plain(other));
        }
        if (empty(actual) || literal instanceof Me) {
            return null;
        }
        String text = text(actual);
        if (literal instanceof LocalDate day) {
            return time(text).map(t -> utcDay(t.instant()).compareTo(day)).orElse(null);
        }
        if (literal instanceof BigDecimal n) {
            BigDecimal a = number(actual);
            return a != null ? a.compareTo(n) : String.CASE_INSENSITIVE_ORDER.compare(text, n.toPlainString());
        }
        String s = (String) literal;
        if (actual instanceof JsonNumber) {
            BigDecimal n = number(new JsonString(s));
            if (n != null) {
                return number(actual).compareTo(n);
            }
        }
        if (field.kind() == Fields.Kind.DATE || actual instanceof JsonString) {
            Optional<Time> right = time(s);
            Optional<Time> left = right.isPresent() ? time(text) : Optional.empty();
            if (left.isPresent()) {
                return right.get().dateOnly()
                        ? utcDay(left.get().instant()).compareTo(utcDay(right.get().instant()))
                        : left.get().instant().compareTo(right.get().instant());
            }
        }
        return String.CASE_INSENSITIVE_ORDER.compare(text, s);
    }

    /** {@return whether {@code actual} contains {@code literal}: a tag of System.Tags, else a substring} */
    static boolean contains(Fields.Field field, JsonValue actual, Object literal, boolean words) {
        if (empty(actual)) {
            return false;
        }
        String needle = literal instanceof JsonValue v ? text(v) : literal instanceof BigDecimal n
                ? n.toPlainString() : String.valueOf(literal);
        String text = text(actual);
        if (field.kind() == Fields.Kind.TAGS) {
            for (String tag : text.split(";")) {
                if (tag.strip().equalsIgnoreCase(needle.strip())) {
                    return true;
                }
            }
            return false;
        }
        if (words) {
            return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(needle) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();
        }
        return text.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }

    /** {@return whether the path {@code actual} is {@code literal} or below it} */
    static boolean under(JsonValue actual, Object literal) {
        if (empty(actual)) {
            return false;
        }
        String path = text(actual).toLowerCase(Locale.ROOT);
        String root = String.valueOf(literal instanceof JsonValue v ? text(v) : literal).toLowerCase(Locale.ROOT);
        return path.equals(root) || path.startsWith(root + "\\");
    }

    /** {@return the text of a value: a string's value, an identity's display name, a number's digits} */
    static String text(JsonValue v) {
        if (v instanceof JsonString s) {
            return s.value();
        }
        if (v instanceof JsonObject o) {
            return o.string("displayName").orElse("");
        }
        if (v instanceof JsonNumber || v instanceof JsonBoolean) {
            return v.toJson();
        }
        return "";
    }

    private static Object plain(JsonValue v) {
        BigDecimal n = v instanceof JsonNumber ? number(v) : null;
        return n != null ? n : text(v);
    }

    private static boolean identityText(JsonValue actual, String displayName, String uniqueName) {
        if (actual instanceof JsonObject o) {
            String dn = o.string("displayName").orElse("");
            String un = o.string("uniqueName").orElse("");
            return dn.equalsIgnoreCase(displayName) || un.equalsIgnoreCase(uniqueName)
                    || (dn + " <" + un + ">").equalsIgnoreCase(displayName);
        }
        String s = text(actual);
        return s.equalsIgnoreCase(displayName) || s.equalsIgnoreCase(uniqueName)
                || s.equalsIgnoreCase(displayName + " <" + uniqueName + ">");
    }

    private static BigDecimal number(JsonValue v) {
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue();
        }
        try {
            return new BigDecimal(v instanceof JsonString s ? s.value().strip() : v.toJson());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate utcDay(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static int sortCompare(JsonValue a, JsonValue b) {
        boolean ea = empty(a);
        boolean eb = empty(b);
        if (ea || eb) {
            return Boolean.compare(!ea, !eb);
        }
        if (a instanceof JsonNumber && b instanceof JsonNumber) {
            return number(a).compareTo(number(b));
        }
        Optional<Time> ta = time(text(a));
        Optional<Time> tb = ta.isPresent() ? time(text(b)) : Optional.empty();
        if (tb.isPresent()) {
            return ta.get().instant().compareTo(tb.get().instant());
        }
        return String.CASE_INSENSITIVE_ORDER.compare(text(a), text(b));
    }
}
