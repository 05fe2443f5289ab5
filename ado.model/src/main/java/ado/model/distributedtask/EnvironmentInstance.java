package ado.model.distributedtask;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.IdentityRef;
import ado.model.internal.Copies;
import java.time.Instant;
import java.util.Objects;

/**
 * A pipelines environment.
 *
 * @param id             the id, positive
 * @param name           the name
 * @param description    the description, or {@code null}
 * @param createdBy      who created it, or {@code null}
 * @param createdOn      when, or {@code null}
 * @param lastModifiedBy who changed it last, or {@code null}
 * @param lastModifiedOn when, or {@code null}
 * @param other          the members ado4j does not model (such as {@code resources}, {@code project}); empty when none
 */
public record EnvironmentInstance(int id, String name, String description, IdentityRef createdBy, Instant createdOn,
                                  IdentityRef lastModifiedBy, Instant lastModifiedOn,
                                  @JsonUnmapped JsonObject other) {

    /**
     * Checks the id and name.
     *
     * @param id             the id, positive
     * @param name           the name
     * @param description    the description, or {@code null}
     * @param createdBy      who created it, or {@code null}
     * @param createdOn      when, or {@code null}
     * @param lastModifiedBy who changed it last, or {@code null}
     * @param lastModifiedOn when, or {@code null}
     * @param other          the members ado4j does not model (such as {@code resources}, {@code project}); empty when
     *                       none
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if {@code id} is not positive
     */
    public EnvironmentInstance {
        Copies.positive(id, "id");
        Objects.requireNonNull(name, "name == null");
        other = other == null ? JsonObject.EMPTY : other;
    }
}
