package ado.model.pipelines;

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
 * A check (approval, task check, ...) configured on a protected resource such as an environment or a queue.
 *
 * @param id         the id, or {@code null} in a request
 * @param type       the check type ({@code id}, {@code name} such as Approval or Task Check)
 * @param resource   the resource ({@code type}, {@code id}, {@code name})
 * @param settings   the type's settings
 * @param timeout    the timeout in minutes
 * @param createdBy  who created it
 * @param createdOn  when
 * @param modifiedBy who changed it last
 * @param modifiedOn when
 * @param url        the REST URL
 * @param links      the {@code _links} map; empty when absent
 * @param other      members ado4j does not model; never {@code null}
 */
public record CheckConfiguration(Integer id, JsonObject type, JsonObject resource, JsonObject settings,
                                 Integer timeout, IdentityRef createdBy, Instant createdOn, IdentityRef modifiedBy,
                                 Instant modifiedOn, String url, @JsonName("_links") Map<String, ReferenceLink> links,
                                 @JsonUnmapped JsonObject other) {

    /** The type id of approval checks. */
    public static final String APPROVAL_TYPE = "8c6f20a7-a545-4486-9777-f762fafe0d4d";

    /**
     * Checks the type and resource.
     *
     * @param id         the id, or {@code null} in a request
     * @param type       the check type ({@code id}, {@code name} such as Approval or Task Check)
     * @param resource   the resource ({@code type}, {@code id}, {@code name})
     * @param settings   the type's settings
     * @param timeout    the timeout in minutes
     * @param createdBy  who created it
     * @param createdOn  when
     * @param modifiedBy who changed it last
     * @param modifiedOn when
     * @param url        the REST URL
     * @param links      the {@code _links} map; empty when absent
     * @param other      members ado4j does not model; never {@code null}
     * @throws NullPointerException if {@code type} or {@code resource} is null
     */
    public CheckConfiguration {
        Objects.requireNonNull(type, "type == null");
        Objects.requireNonNull(resource, "resource == null");
        links = Copies.map(links, "links");
        other = other == null ? JsonObject.EMPTY : other;
    }

    /**
     * {@return a check to add: {@code type} on resource {@code resourceType}/{@code resourceId}}
     *
     * @param typeId         the check type's id, such as {@link #APPROVAL_TYPE}
     * @param typeName       the check type's name, such as {@code Approval}
     * @param resourceType   the resource type, such as {@code environment} or {@code queue}
     * @param resourceId     the resource id, as text
     * @param settings       the type's settings (for an approval: its approvers and instructions)
     * @param timeoutMinutes how long the check may take, in minutes, positive
     * @throws IllegalArgumentException if {@code timeoutMinutes} is not positive
     */
    public static CheckConfiguration of(String typeId, String typeName, String resourceType, String resourceId,
                                        JsonObject settings, int timeoutMinutes) {
        return new CheckConfiguration(null,
                JsonObject.builder().put("id", typeId).put("name", typeName).build(),
                JsonObject.builder().put("type", resourceType).put("id", resourceId).build(),
                settings, Copies.positive(timeoutMinutes, "timeoutMinutes"), null, null, null, null, null, null, null);
    }
}
