package ado.model.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Defensive copies for record components: absent collections become empty, present ones immutable. */
public final class Copies {

    private Copies() {
    }

    /** {@return an immutable copy of {@code list}, or an empty list for {@code null}; elements must not be null} */
    public static <T> List<T> list(List<T> list, String field) {
        if (list == null) {
            return List.of();
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new NullPointerException(field + "[" + i + "] == null");
            }
        }
        return List.copyOf(list);
    }

    /** {@return an immutable, order-keeping copy of {@code map}, or an empty map for {@code null}} */
    public static <V> Map<String, V> map(Map<String, V> map, String field) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        var copy = new LinkedHashMap<String, V>(map.size() * 4 / 3 + 1);
        map.forEach((k, v) -> copy.put(Objects.requireNonNull(k, () -> field + " key == null"),
                Objects.requireNonNull(v, () -> field + "['" + k + "'] == null")));
        return Collections.unmodifiableMap(copy);
    }

    /** {@return {@code value}} after checking it is positive */
    public static int positive(int value, String field) {
        if (value <= 0) {
            throw new IllegalArgumentException(field + " must be > 0: " + value);
        }
        return value;
    }
}
