package ado.model.security;

import ado.core.json.JsonObject;
import ado.core.json.JsonUnmapped;
import java.util.Map;
import java.util.Objects;

/**
 * The access control entries of one security token, keyed by identity descriptor.
 *
 * @param inheritPermissions whether the token inherits its parent's entries
 * @param token              the secured resource, such as a Git repository's
 *                           {@link ado.model.git.GitSecurityTokens} token
 * @param acesDictionary     the entries by descriptor; never {@code null}
 * @param other              members ado4j does not model; never {@code null}
 */
public record AccessControlList(boolean inheritPermissions, String token,
                                Map<String, AccessControlEntry> acesDictionary, @JsonUnmapped JsonObject other) {

    /**
     * Checks the token and copies the entries.
     *
     * @param inheritPermissions whether the token inherits its parent's entries
     * @param token              the secured resource, such as a Git repository's
     *                           {@link ado.model.git.GitSecurityTokens} token
     * @param acesDictionary     the entries by descriptor; never {@code null}
     * @param other              members ado4j does not model; never {@code null}
     * @throws NullPointerException if {@code token} is null
     */
    public AccessControlList {
        other = other == null ? JsonObject.EMPTY : other;
        Objects.requireNonNull(token, "token == null");
        acesDictionary = acesDictionary == null ? Map.of() : Map.copyOf(acesDictionary);
    }
}
