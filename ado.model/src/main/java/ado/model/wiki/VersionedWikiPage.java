package ado.model.wiki;

import ado.model.internal.Checks;
import java.util.Objects;

/**
 * A wiki page with its version: the response's {@code ETag} header, which an update or delete sends back as
 * {@code If-Match}.
 *
 * @param page    the page
 * @param version the version, as sent (quotes included)
 */
public record VersionedWikiPage(WikiPage page, String version) {

    /**
     * Checks the fields.
     *
     * @param page    the page
     * @param version the version, as sent (quotes included)
     * @throws NullPointerException     if {@code page} or {@code version} is null
     * @throws IllegalArgumentException if {@code version} is blank
     */
    public VersionedWikiPage {
        Objects.requireNonNull(page, "page == null");
        Checks.nonBlank(version, "version");
    }
}
