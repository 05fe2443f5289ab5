package ado.emulator.internal.wire;

import ado.emulator.internal.http.AdoError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Parses the dates ADO takes in queries: ISO-8601 (with or without zone or time) and US "6/14/2018 12:00:00 AM". */
public final class Dates {

    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/yyyy h:mm:ss a", Locale.US);

    private Dates() {
    }

    public static Instant parse(String name, String text) {
        String t = text.strip();
        try {
            if (t.contains("/")) {
                return LocalDateTime.parse(t.toUpperCase(Locale.ROOT), US).toInstant(ZoneOffset.UTC);
            }
            if (!t.contains("T")) {
                return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(t).toInstant();
            }
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw AdoError.badRequest("The value '" + text + "' of " + name + " is not a valid date.");
        }
    }
}
