package ado.core.internal.json;

import java.nio.charset.StandardCharsets;

/**
 * Finds a record component by the UTF-8 bytes of a member name, without creating a String: an open-addressing hash
 * table over the wire names, tried after a cheap guess that members arrive in declaration order.
 */
final class NameTable {

    private final byte[][] names;
    private final int[] slots; // component index + 1, or 0 for empty
    private final int mask;

    NameTable(String[] wireNames) {
        names = new byte[wireNames.length][];
        int size = Integer.highestOneBit(Math.max(4, wireNames.length * 3)) << 1;
        slots = new int[size];
        mask = size - 1;
        for (int i = 0; i < wireNames.length; i++) {
            names[i] = wireNames[i] == null ? null : wireNames[i].getBytes(StandardCharsets.UTF_8);
            if (names[i] == null) {
                continue;
            }
            int slot = hash(names[i], 0, names[i].length) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = i + 1;
        }
    }

    /**
     * {@return the index of the component named {@code bytes[offset, offset + length)}, or -1}
     *
     * @param guess the index most likely to match (the one after the previous match)
     */
    int find(byte[] bytes, int offset, int length, int guess) {
        if (guess < names.length && matches(guess, bytes, offset, length)) {
            return guess;
        }
        int slot = hash(bytes, offset, length) & mask;
        int entry;
        while ((entry = slots[slot]) != 0) {
            if (matches(entry - 1, bytes, offset, length)) {
                return entry - 1;
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    /** {@return whether {@code name} is one of the names} */
    boolean contains(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        return find(bytes, 0, bytes.length, names.length) >= 0;
    }

    private boolean matches(int index, byte[] bytes, int offset, int length) {
        byte[] name = names[index];
        if (name == null || name.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) { // names are short: a plain loop beats Arrays.equals' set-up
            if (name[i] != bytes[offset + i]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(byte[] bytes, int offset, int length) {
        int h = length;
        for (int i = offset; i < offset + length; i++) {
            h = 31 * h + bytes[i];
        }
        return h ^ (h >>> 16);
    }
}
