package ado.model.distributedtask;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.IdentityRef;
import ado.model.internal.Copies;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A secure file of the pipelines library (its metadata; the content is never returned).
 *
 * @param id         the file id
 * @param name       the file name
 * @param properties the user-defined properties; empty when absent
 * @param createdBy  who uploaded it, or {@code null}
 * @param createdOn  when, or {@code null}
 * @param modifiedBy who changed it last, or {@code null}
 * @param modifiedOn when, or {@code null}
 * @param other      the members ado4j does not model (such as {@code ticket}); empty when none
 */
public record SecureFile(UUID id, String name, Map<String, String> properties, IdentityRef createdBy,
                         Instant createdOn, IdentityRef modifiedBy, Instant modifiedOn,
                         @JsonUnmapped JsonObject other) {

    /**
     * Checks the id and name and copies the properties.
     *
     * @param id         the file id
     * @param name       the file name
     * @param properties the user-defined properties; empty when absent
     * @param createdBy  who uploaded it, or {@code null}
     * @param createdOn  when, or {@code null}
     * @param modifiedBy who changed it last, or {@code null}
     * @param modifiedOn when, or {@code null}
     * @param other      the members ado4j does not model (such as {@code ticket}); empty when none
     * @throws NullPointerException if {@code id} or {@code name} is null
     */
    public SecureFile {
        Objects.requireNonNull(id, "id == null");
        Objects.requireNonNull(name, "name == null");
        properties = Copies.map(properties, "properties");
        other = other == null ? JsonObject.EMPTY : other;
    }
}
