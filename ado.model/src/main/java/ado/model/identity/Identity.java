package ado.model.identity;

import ado.core.json.JsonObject;
import ado.core.json.JsonString;
import ado.core.json.JsonUnmapped;
import ado.core.json.JsonValue;
import ado.model.internal.Checks;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A user or group identity.
 *
 * @param id                  the identity id (what reviewers and {@code IdentityRef.id} use)
 * @param descriptor          the identity descriptor, such as
 *                            {@code Microsoft.IdentityModel.Claims.ClaimsIdentity;{tenant}\{upn}}: the key of
 *                            access control entries
 * @param subjectDescriptor   the Graph subject descriptor, or {@code null}
 * @param providerDisplayName the display name
 * @param customDisplayName   a display name set in Azure DevOps, or {@code null}
 * @param isActive            whether the identity is active, or {@code null}
 * @param isContainer         whether it is a group, or {@code null}
 * @param members             the member descriptors (with {@code queryMembership}); empty when absent
 * @param memberOf            the descriptors of the groups it is in (with {@code queryMembership}); empty when absent
 * @param memberIds           the member ids; empty when absent
 * @param properties          the properties ({@code Account}, {@code Mail}, {@code SchemaClassName}, ...), each a
 *                            {@code {"$type", "$value"}} object; empty when absent
 * @param resourceVersion     the resource version, or {@code null}
 * @param metaTypeId          the meta type, or {@code null}
 * @param other               members ado4j does not model; never {@code null}
 */
public record Identity(UUID id, String descriptor, String subjectDescriptor, String providerDisplayName,
                       String customDisplayName, Boolean isActive, Boolean isContainer, List<String> members,
                       List<String> memberOf, List<UUID> memberIds, JsonObject properties, Integer resourceVersion,
                       Integer metaTypeId, @JsonUnmapped JsonObject other) {

    /**
     * Checks the id and descriptor and copies the lists.
     *
     * @param id                  the identity id (what reviewers and {@code IdentityRef.id} use)
     * @param descriptor          the identity descriptor, such as
     *                            {@code Microsoft.IdentityModel.Claims.ClaimsIdentity;{tenant}\{upn}}: the key of
     *                            access control entries
     * @param subjectDescriptor   the Graph subject descriptor, or {@code null}
     * @param providerDisplayName the display name
     * @param customDisplayName   a display name set in Azure DevOps, or {@code null}
     * @param isActive            whether the identity is active, or {@code null}
     * @param isContainer         whether it is a group, or {@code null}
     * @param members             the member descriptors (with {@code queryMembership}); empty when absent
     * @param memberOf            the descriptors of the groups it is in (with {@code queryMembership}); empty when
     *                            absent
     * @param memberIds           the member ids; empty when absent
     * @param properties          the properties ({@code Account}, {@code Mail}, {@code SchemaClassName}, ...), each a
     *                            {@code {"$type", "$value"}} object; empty when absent
     * @param resourceVersion     the resource version, or {@code null}
     * @param metaTypeId          the meta type, or {@code null}
     * @param other               members ado4j does not model; never {@code null}
     * @throws NullPointerException     if {@code id} or {@code descriptor} is null or {@code members}, {@code memberOf}
     *                                  or {@code memberIds} contains null
     * @throws IllegalArgumentException if {@code descriptor} is blank
     */
    public Identity {
        other = other == null ? JsonObject.EMPTY : other;
        Objects.requireNonNull(id, "id == null");
        Checks.nonBlank(descriptor, "descriptor");
        members = Copies.list(members, "members");
        memberOf = Copies.list(memberOf, "memberOf");
        memberIds = Copies.list(memberIds, "memberIds");
        properties = properties == null ? JsonObject.EMPTY : properties;
    }

    /**
     * {@return the {@code $value} of property {@code name} as text (JSON text if it is not a string), if present}
     *
     * @param name the property name, such as {@code Mail}
     * @throws NullPointerException if {@code name} is null
     */
    public Optional<String> property(String name) {
        Objects.requireNonNull(name, "name == null");
        if (!(properties.get(name) instanceof JsonObject p) || p.get("$value") == null) {
            return Optional.empty();
        }
        JsonValue v = p.get("$value");
        return Optional.of(v instanceof JsonString s ? s.value() : v.toJson());
    }

    /** {@return the sign-in name ({@code Account} property), if present} */
    public Optional<String> account() {
        return property("Account");
    }

    /** {@return the e-mail address ({@code Mail} property), if present} */
    public Optional<String> mail() {
        return property("Mail").filter(m -> !m.isBlank());
    }
}
