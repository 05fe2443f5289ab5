package ado.emulator.internal.git;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;

/** A Git author or committer line: name, e-mail, time and zone. */
public record Signature(String name, String email, Instant when, ZoneOffset zone) {

    /** Checks the fields; names and e-mails must not contain angle brackets or newlines. */
    public Signature {
        Objects.requireNonNull(name, "name == null");
        Objects.requireNonNull(email, "email == null");
        Objects.requireNonNull(when, "when == null");
        Objects.requireNonNull(zone, "zone == null");
        if (!plain(name) || !plain(email)) {
            throw new IllegalArgumentException("name and email must not contain '<', '>' or newlines: " + name);
        }
        when = Instant.ofEpochSecond(when.getEpochSecond()); // Git keeps whole seconds
    }

    private static boolean plain(String s) {
        return s.indexOf('<') < 0 && s.indexOf('>') < 0 && s.indexOf('\n') < 0;
    }

    /** {@return a UTC signature} */
    public static Signature utc(String name, String email, Instant when) {
        return new Signature(name, email, when, ZoneOffset.UTC);
    }

    /** {@return the text Git writes after {@code author } or {@code committer }} */
    public String encode() {
        int seconds = zone.getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        int hours = minutes / 60;
        int mins = minutes % 60;
        return name + " <" + email + "> " + when.getEpochSecond() + " " + (seconds < 0 ? '-' : '+')
                + (hours < 10 ? "0" : "") + hours + (mins < 10 ? "0" : "") + mins;
    }
}
