package ado.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Azure DevOps' list wrapper {@code {"count": N, "value": [ ... ]}}. Decode a list through it with
 * {@code JsonType.of(Envelope.class, Item.class)}, or let {@link ApiRequest#asList(Class)} do it. Immutable: the
 * list is an unmodifiable copy.
 *
 * @param count the number of items the server reports
 * @param value the items (may contain {@code null}, as batch reads with {@code errorPolicy=Omit} do); never
 *              {@code null}
 * @param <T>   the item type
 */
public record Envelope<T>(int count, List<T> value) {

    /**
     * Copies the items; a missing {@code value} becomes an empty list.
     *
     * @param count the number of items the server reports
     * @param value the items, or {@code null} for none
     */
    public Envelope {
        value = value == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(value));
    }
}
