package ado.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of a paged list. Immutable: the list is an unmodifiable copy.
 *
 * @param items             the items of this page, in server order (may contain {@code null} where the server
 *                          omitted an item)
 * @param continuationToken the token that fetches the next page, if the paging kind uses one and there is a
 *                          next page
 * @param <T>               the item type
 */
public record Page<T>(List<T> items, Optional<String> continuationToken) {

    /**
     * Copies the items into an unmodifiable list.
     *
     * @param items the items of this page
     * @param continuationToken the token of the next page, or empty
     */
    public Page {
        items = Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(items, "items == null")));
        Objects.requireNonNull(continuationToken, "continuationToken == null");
    }
}
