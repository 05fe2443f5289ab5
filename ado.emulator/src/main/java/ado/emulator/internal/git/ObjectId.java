package ado.emulator.internal.git;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** A Git object name: 40 lowercase hex digits of a SHA-1. */
public record ObjectId(String hex) implements Comparable<ObjectId> {

    /** The all-zero id ADO uses for "no object" in ref updates. */
    public static final ObjectId ZERO = new ObjectId("0".repeat(40));

    /** Checks that {@code hex} is 40 lowercase hex digits. */
    public ObjectId {
        Objects.requireNonNull(hex, "hex == null");
        if (!isHex(hex)) {
            throw new IllegalArgumentException("hex must be 40 lowercase hex digits: " + hex);
        }
    }

    /** {@return the id for {@code text} (any case), or {@code null} when it is not a full object id} */
    public static ObjectId parseOrNull(String text) {
        if (text == null) {
            return null;
        }
        String lower = text.strip().toLowerCase(java.util.Locale.ROOT);
        return isHex(lower) ? new ObjectId(lower) : null;
    }

    /** {@return the id of the raw 20-byte digest at {@code offset} of {@code bytes}} */
    public static ObjectId fromBytes(byte[] bytes, int offset) {
        return new ObjectId(HexFormat.of().formatHex(bytes, offset, offset + 20));
    }

    /** {@return the SHA-1 of {@code "<type> <length>\0" + content}, as Git names objects} */
    public static ObjectId hash(String type, byte[] content) {
        MessageDigest sha1 = sha1();
        sha1.update((type + " " + content.length + "\0").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        sha1.update(content);
        return new ObjectId(HexFormat.of().formatHex(sha1.digest()));
    }

    private static boolean isHex(String s) {
        if (s.length() != 40) {
            return false;
        }
        for (int i = 0; i < 40; i++) {
            char c = s.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    /** {@return the 20 raw bytes} */
    public byte[] toBytes() {
        return HexFormat.of().parseHex(hex);
    }

    /** {@return whether this is the all-zero id} */
    public boolean isZero() {
        return equals(ZERO);
    }

    @Override
    public int compareTo(ObjectId other) {
        return hex.compareTo(other.hex);
    }

    @Override
    public String toString() {
        return hex;
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java platform", e);
        }
    }
}
