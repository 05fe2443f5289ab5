package ado.core.internal.http;

import ado.core.error.AdoException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Correlation ids: one per call, generated unless the caller gives one, sent in the client's correlation header on
 * every attempt of the call, and attached to the exceptions the call raises. Thread-safe (stateless).
 *
 * <p>The default header is {@value #DEFAULT_HEADER}, the end-to-end id Microsoft's own .NET client sends on every
 * request (a fresh GUID per request, kept across its retries) and Azure DevOps echoes in its answer and keeps in
 * its traces.
 */
public final class Correlation {

    /** The header the client sends the id in unless configured otherwise. */
    public static final String DEFAULT_HEADER = "X-VSS-E2EID";

    /** The longest id accepted. */
    public static final int MAX_ID_LENGTH = 128;

    /** Headers the client sets itself, which cannot carry the correlation id. */
    private static final Set<String> RESERVED = Set.of("accept", "accept-encoding", "authorization", "content-type",
            "content-length", "content-encoding", "host", "connection", "transfer-encoding", "upgrade", "expect",
            "user-agent", "range", "if-range", "x-tfs-fedauthredirect", "x-vss-forcemsapassthrough");

    /** What {@link AdoException} lets this package do to it (registered by its class initialiser). */
    public interface Tags {

        /** Attaches {@code id} to {@code e} unless it has one already. */
        void tag(AdoException e, String id);

        /** {@return the message of {@code e} without the correlation id suffix} */
        String untagged(AdoException e);
    }

    private static volatile Tags tags;

    private Correlation() {
    }

    /** Called once by {@link AdoException}. */
    public static void register(Tags access) {
        if (tags != null) {
            throw new IllegalStateException("already registered");
        }
        tags = access;
    }

    /** {@return a new random id: a version-4 UUID in lower case, such as {@code 3f2b...-...}} */
    public static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;                     // version 4
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L; // IETF variant
        return new UUID(high, low).toString();
    }

    /**
     * {@return {@code id}, checked}: 1 to {@value #MAX_ID_LENGTH} characters, each an ASCII letter or digit or one
     * of {@code - _ . : / + = @}, so it is safe in a header and in a log line
     *
     * @throws IllegalArgumentException naming {@code parameter} (never echoing the value, which may hold control
     *                                  characters)
     */
    public static String checkId(String id, String parameter) {
        if (id == null) {
            throw new NullPointerException(parameter + " == null");
        }
        if (id.isEmpty() || id.length() > MAX_ID_LENGTH) {
            throw new IllegalArgumentException(parameter + " must have 1 to " + MAX_ID_LENGTH
                    + " characters, not " + id.length());
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "-_.:/+=@".indexOf(c) >= 0;
            if (!ok) {
                throw new IllegalArgumentException(parameter + " may hold only ASCII letters, digits and - _ . : / + ="
                        + " @; the character at index " + i + " is not one of them");
            }
        }
        return id;
    }

    /**
     * {@return {@code name}, checked as the name of the correlation header}
     *
     * @throws IllegalArgumentException if it is not an HTTP token or names a header the client sets itself
     */
    public static String checkHeader(String name, String parameter) {
        HttpSyntax.token(name, parameter);
        if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException(parameter + " cannot be " + name + ", a header the client sets itself");
        }
        return name;
    }

    /** {@return {@code e}, carrying {@code id} unless it has a correlation id already; {@code id} may be null} */
    public static <E extends AdoException> E tag(E e, String id) {
        if (id != null) {
            tags.tag(e, id);
        }
        return e;
    }

    /** Gives {@code copy} the correlation id of {@code original}, if it has one. */
    static void copyTag(AdoException original, AdoException copy) {
        original.correlationId().ifPresent(id -> tags.tag(copy, id));
    }

    /** {@return the message of {@code e} without its correlation id suffix} */
    static String untaggedMessage(AdoException e) {
        return tags.untagged(e);
    }

    /** {@return {@code what} followed by {@code [correlation id ...]} when {@code id} is not null, for log lines} */
    static String traced(String what, String id) {
        return id == null ? what : what + " [correlation id " + id + ']';
    }
}
