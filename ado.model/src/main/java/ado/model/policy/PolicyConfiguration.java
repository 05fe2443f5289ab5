package ado.model.policy;

import ado.core.json.JsonName;
import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.IdentityRef;
import ado.model.ReferenceLink;
import ado.model.internal.Copies;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * A policy configuration: one policy of a type, with its settings and scope.
 *
 * @param id          the configuration id, positive
 * @param type        its policy type
 * @param revision    its revision, 1 for a new one
 * @param isEnabled   whether it is enforced
 * @param isBlocking  whether it blocks completion (otherwise it is optional)
 * @param isDeleted   whether it was deleted, or {@code null}
 * @param settings    the type-specific settings, as sent; see {@link #typedSettings()}
 * @param createdBy   who created this revision, or {@code null}
 * @param createdDate when this revision was created, or {@code null}
 * @param url         its API URL, or {@code null}
 * @param links       the {@code _links} map; empty when absent
 * @param other       members ado4j does not model; never {@code null}
 */
public record PolicyConfiguration(int id, PolicyTypeRef type, int revision, boolean isEnabled, boolean isBlocking,
                                  Boolean isDeleted, JsonObject settings, IdentityRef createdBy,
                                  Instant createdDate, String url,
                                  @JsonName("_links") Map<String, ReferenceLink> links,
                                  @JsonUnmapped JsonObject other) {

    /**
     * Checks the id and type and copies the links.
     *
     * @param id          the configuration id, positive
     * @param type        its policy type
     * @param revision    its revision, 1 for a new one
     * @param isEnabled   whether it is enforced
     * @param isBlocking  whether it blocks completion (otherwise it is optional)
     * @param isDeleted   whether it was deleted, or {@code null}
     * @param settings    the type-specific settings, as sent; see {@link #typedSettings()}
     * @param createdBy   who created this revision, or {@code null}
     * @param createdDate when this revision was created, or {@code null}
     * @param url         its API URL, or {@code null}
     * @param links       the {@code _links} map; empty when absent
     * @param other       members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code type} is null
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public PolicyConfiguration {
        other = other == null ? JsonObject.EMPTY : other;
        Copies.positive(id, "id");
        Objects.requireNonNull(type, "type == null");
        settings = settings == null ? JsonObject.EMPTY : settings;
        links = Copies.map(links, "links");
    }

    /** {@return the settings as a typed record ({@link PolicySettings.Other} for other types)} */
    public PolicySettings typedSettings() {
        return PolicySettings.parse(type.id(), settings);
    }
}
