package ado.model;

import java.util.Objects;

/**
 * One entry of an {@code _links} map, such as {@code "self": {"href": "https://..."}}.
 *
 * @param href the link target
 */
public record ReferenceLink(String href) {

    /**
     * Checks that {@code href} is present.
     *
     * @param href the link target
     * @throws NullPointerException if {@code href} is null
     */
    public ReferenceLink {
        Objects.requireNonNull(href, "href == null");
    }
}
