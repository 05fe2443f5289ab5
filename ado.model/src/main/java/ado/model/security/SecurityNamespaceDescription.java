package ado.model.security;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import ado.model.internal.Copies;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A security namespace: what its tokens look like and which permissions (bits) it has.
 *
 * @param namespaceId     the namespace id
 * @param name            the name, such as {@code Git Repositories}
 * @param displayName     the name to show, or {@code null}
 * @param separatorValue  the token separator, such as {@code /}, or {@code null} when tokens are flat
 * @param elementLength   the fixed length of token elements, or {@code -1}
 * @param writePermission the bit needed to change the namespace's ACLs
 * @param readPermission  the bit needed to read them
 * @param dataspaceCategory the data space, such as {@code Git}, or {@code null}
 * @param structureValue  {@code 1} for hierarchical namespaces
 * @param isRemotable     whether the namespace is remotable, or {@code null}
 * @param systemBitMask   bits only the system may set
 * @param actions         the permissions; empty when absent
 * @param other           members ado4j does not model; never {@code null}
 */
public record SecurityNamespaceDescription(UUID namespaceId, String name, String displayName, String separatorValue,
                                           int elementLength, long writePermission, long readPermission,
                                           String dataspaceCategory, int structureValue, Boolean isRemotable,
                                           long systemBitMask, List<ActionDefinition> actions,
                                           @JsonUnmapped JsonObject other) {

    /**
     * Checks the id and copies the actions.
     *
     * @param namespaceId       the namespace id
     * @param name              the name, such as {@code Git Repositories}
     * @param displayName       the name to show, or {@code null}
     * @param separatorValue    the token separator, such as {@code /}, or {@code null} when tokens are flat
     * @param elementLength     the fixed length of token elements, or {@code -1}
     * @param writePermission   the bit needed to change the namespace's ACLs
     * @param readPermission    the bit needed to read them
     * @param dataspaceCategory the data space, such as {@code Git}, or {@code null}
     * @param structureValue    {@code 1} for hierarchical namespaces
     * @param isRemotable       whether the namespace is remotable, or {@code null}
     * @param systemBitMask     bits only the system may set
     * @param actions           the permissions; empty when absent
     * @param other             members ado4j does not model; never {@code null}
     * @throws NullPointerException if {@code namespaceId} or {@code name} is null
     */
    public SecurityNamespaceDescription {
        other = other == null ? JsonObject.EMPTY : other;
        Objects.requireNonNull(namespaceId, "namespaceId == null");
        Objects.requireNonNull(name, "name == null");
        actions = Copies.list(actions, "actions");
    }

    /**
     * {@return the permission named {@code name} (case-insensitively), if the namespace has it}
     *
     * @param name the permission's name, such as {@code ForcePush}
     * @throws NullPointerException if {@code name} is null
     */
    public Optional<ActionDefinition> action(String name) {
        Objects.requireNonNull(name, "name == null");
        return actions.stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * {@return the bit of permission {@code name}}
     *
     * @param name the permission's name, case-insensitively, such as {@code ForcePush}
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if the namespace has no such permission
     */
    public long bit(String name) {
        return action(name).map(ActionDefinition::bit).orElseThrow(() -> new IllegalArgumentException(
                "namespace " + this.name + " has no permission " + name + "; it has "
                        + actions.stream().map(ActionDefinition::name).toList()));
    }
}
