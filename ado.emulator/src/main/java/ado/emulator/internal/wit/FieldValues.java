package ado.emulator.internal.wit;

import ado.core.json.JsonBoolean;
import ado.core.json.JsonNumber;
import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonValue;
import ado.emulator.internal.org.OrgStore;
import ado.emulator.internal.org.User;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns the values a patch sends into the values ADO stores for each field type: strings, HTML, integers and
 * doubles (also of picklists), ISO-8601 dates, booleans, GUIDs, tree paths and identities (a display name, {@code "Name <email>"}, an e-mail address or
 * an IdentityRef object, resolved against the organisation's users).
 */
final class FieldValues {

    private static final int STRING_LIMIT = 255;

    private final OrgStore org;

    FieldValues(OrgStore org) {
        this.org = org;
    }

    /**
     * {@return the stored form of {@code value} for {@code field}}; with {@code bypassRules} a value that does not
     * fit is stored as sent, as ADO does
     */
    JsonValue normalize(WorkItemRules.FieldRules field, JsonValue value, boolean bypassRules) {
        try {
            return switch (field.type()) {
                case "integer", "picklistInteger" -> JsonNumber.of(integer(value));
                case "double", "picklistDouble" -> JsonNumber.of(decimal(value));
                case "guid" -> JsonString.of(UUID.fromString(text(value).strip()).toString());
                case "dateTime" -> JsonString.of(date(value).toString());
                case "boolean" -> JsonBoolean.of(bool(value));
                case "identity" -> identity(value).map(FieldValues::identityJson)
                        .orElseThrow(() -> new IllegalArgumentException("unknown identity"));
                case "string" -> {
                    String s = text(value);
                    if (s.length() > STRING_LIMIT && !bypassRules) {
                        throw WitErrors.rule(field.name(), "InvalidTooLong");
                    }
                    yield JsonString.of(s);
                }
                default -> JsonString.of(text(value));
            };
        } catch (IllegalArgumentException | DateTimeParseException | ArithmeticException e) {
            if (bypassRules) {
                return value;
            }
            throw WitErrors.rule(field.name(), field.type().equals("identity") ? "InvalidListValue" : "InvalidType");
        }
    }

    /** {@return the stored form of the user} */
    static JsonObject identityJson(User u) {
        return JsonObject.builder().put("displayName", u.displayName()).put("id", u.id().toString())
                .put("uniqueName", u.uniqueName()).put("descriptor", u.descriptor()).build();
    }

    /** {@return the user a stored or sent identity value names} */
    Optional<User> identity(JsonValue value) {
        if (value instanceof JsonObject o) {
            Optional<User> byId = o.string("id").flatMap(id -> {
                try {
                    return org.user(UUID.fromString(id));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            });
            return byId.or(() -> o.string("uniqueName").or(() -> o.string("displayName")).flatMap(this::byName));
        }
        return value instanceof JsonString s ? byName(s.value()) : Optional.empty();
    }

    private Optional<User> byName(String text) {
        String t = text.strip();
        int lt = t.lastIndexOf('<');
        if (lt >= 0 && t.endsWith(">")) {
            String email = t.substring(lt + 1, t.length() - 1).strip();
            return org.users().stream().filter(u -> u.uniqueName().equalsIgnoreCase(email)).findFirst();
        }
        var byUnique = org.users().stream().filter(u -> u.uniqueName().equalsIgnoreCase(t)).findFirst();
        if (byUnique.isPresent()) {
            return byUnique;
        }
        var named = org.users().stream().filter(u -> u.displayName().equalsIgnoreCase(t)).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    static String text(JsonValue v) {
        if (v instanceof JsonString s) {
            return s.value();
        }
        if (v instanceof JsonNumber || v instanceof JsonBoolean) {
            return v.toJson();
        }
        throw new IllegalArgumentException("not text");
    }

    private static long integer(JsonValue v) {
        if (v instanceof JsonNumber n) {
            return n.bigDecimalValue().longValueExact();
        }
        return new BigDecimal(text(v).strip()).longValueExact();
    }

    private static double decimal(JsonValue v) {
        if (v instanceof JsonNumber n) {
            return n.doubleValue();
        }
        return Double.parseDouble(text(v).strip());
    }

    private static boolean bool(JsonValue v) {
        if (v instanceof JsonBoolean b) {
            return b.value();
        }
        String t = text(v).strip().toLowerCase(Locale.ROOT);
        if (t.equals("true") || t.equals("false")) {
            return t.equals("true");
        }
        throw new IllegalArgumentException("not a boolean");
    }

    /** {@return an ISO-8601 date: with zone, without zone (UTC) or a plain date (midnight UTC)} */
    static Instant date(JsonValue v) {
        String t = text(v).strip();
        if (!t.contains("T")) {
            return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        if (t.endsWith("Z") || t.endsWith("z") || t.matches(".*[+-]\\d\\d:?\\d\\d$")) {
            return OffsetDateTime.parse(t).toInstant();
        }
        return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
    }
}
